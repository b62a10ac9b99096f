/**
 * The comparison with a baseline, as the page holds it: the baseline's load progress (its own
 * data set beside the open one, with its files and fingerprints), the answer of the last
 * comparison, and the kind the list is narrowed to. The items themselves are counted in the
 * worker; only the listed ones are here.
 */
import { create } from 'zustand';
import type { CompareKind, CompareResult, IngestProgress } from '../protocol/messages';
import { EMPTY_PROGRESS } from './ingest-store';

interface CompareState {
  /** The baseline's load (state `idle` when none is open). */
  readonly baseline: IngestProgress;
  /** The comparison of the open data set with the baseline, once computed. */
  readonly result: CompareResult | undefined;
  /** Why the comparison could not be made, in words. */
  readonly error: string | undefined;
  /** The kind the list shows, or every kind. */
  readonly kind: CompareKind | 'all';
}

export const useCompareStore = create<CompareState>(() => ({
  baseline: EMPTY_PROGRESS,
  result: undefined,
  error: undefined,
  kind: 'all',
}));

export function setBaselineProgress(baseline: IngestProgress): void {
  useCompareStore.setState({ baseline });
}

export function setComparison(result: CompareResult | undefined, error?: string): void {
  useCompareStore.setState({ result, error });
}

export function showKind(kind: CompareKind | 'all'): void {
  useCompareStore.setState({ kind });
}

/** A baseline is open or opening. */
export const useHasBaseline = () => useCompareStore((s) => s.baseline.state !== 'idle');
