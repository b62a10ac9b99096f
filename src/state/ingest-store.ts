/**
 * High-frequency ingest status: the latest progress snapshot from the engine, and what the
 * page says about the load around it: a load refused as too large (with the files, to open
 * anyway) and how the data set was recovered after the engine stopped.
 *
 * Kept apart from the view store so that progress ticks (every ~100 ms while loading)
 * re-render only the components that read counts.
 */
import { create } from 'zustand';
import { EMPTY_COUNTS, type IngestProgress, type OpenFile } from '../protocol/messages';
import type { LoadEstimate } from './capacity';

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
  fieldsWithValues: [],
};

/** Files not opened because they would not fit in the tab; the open data set stays. */
export interface LoadRefusal {
  readonly files: readonly OpenFile[];
  readonly estimate: LoadEstimate;
  /** They were to be opened as the baseline to compare with, beside the open data set. */
  readonly asBaseline?: boolean;
}

interface IngestState {
  readonly progress: IngestProgress;
  /** Bumped on every snapshot: data hooks refetch their window when it changes. */
  readonly revision: number;
  readonly refusal: LoadRefusal | undefined;
  /** The engine stopped and the data set was reopened (or not): what happened, in words. */
  readonly recoveryNote: string | undefined;
}

export const useIngestStore = create<IngestState>(() => ({
  progress: EMPTY_PROGRESS,
  revision: 0,
  refusal: undefined,
  recoveryNote: undefined,
}));

export function setProgress(progress: IngestProgress): void {
  useIngestStore.setState((s) => ({ progress, revision: s.revision + 1 }));
}

export function setRefusal(refusal: LoadRefusal | undefined): void {
  useIngestStore.setState({ refusal });
}

export function setRecoveryNote(recoveryNote: string | undefined): void {
  useIngestStore.setState({ recoveryNote });
}

export const useLoadState = () => useIngestStore((s) => s.progress.state);
export const useCounts = () => useIngestStore((s) => s.progress.counts);
export const useDatasetId = () => useIngestStore((s) => s.progress.datasetId);
