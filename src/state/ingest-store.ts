/**
 * High-frequency ingest status: the latest progress snapshot from the engine.
 *
 * Kept apart from the view store so that progress ticks (every ~100 ms while loading)
 * re-render only the components that read counts.
 */
import { create } from 'zustand';
import { EMPTY_COUNTS, type IngestProgress } from '../protocol/messages';

export const EMPTY_PROGRESS: IngestProgress = {
  datasetId: -1,
  state: 'idle',
  counts: EMPTY_COUNTS,
  bytesRead: 0,
  bytesTotal: 0,
  elapsedMs: 0,
  sources: [],
  partial: false,
  error: undefined,
  indexBytes: 0,
  indexing: undefined,
};

interface IngestState {
  readonly progress: IngestProgress;
  /** Bumped on every snapshot: data hooks refetch their window when it changes. */
  readonly revision: number;
}

export const useIngestStore = create<IngestState>(() => ({
  progress: EMPTY_PROGRESS,
  revision: 0,
}));

export function setProgress(progress: IngestProgress): void {
  useIngestStore.setState((s) => ({ progress, revision: s.revision + 1 }));
}

export const useLoadState = () => useIngestStore((s) => s.progress.state);
export const useCounts = () => useIngestStore((s) => s.progress.counts);
export const useDatasetId = () => useIngestStore((s) => s.progress.datasetId);
