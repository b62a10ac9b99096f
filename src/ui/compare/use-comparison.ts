/**
 * Runs the comparison whenever the open data set and the baseline are both loaded and either
 * has changed, and says whether the answer in the store is the one for the two now open.
 */
import { useEffect } from 'react';
import type { IngestProgress } from '../../protocol/messages';
import { runComparison } from '../../state/compare-actions';
import { useCompareStore } from '../../state/compare-store';
import { useIngestStore } from '../../state/ingest-store';

/** The data set's id once it is done loading (whole, or up to an error), else undefined. */
function loadedId(progress: IngestProgress): number | undefined {
  const isLoaded =
    progress.state === 'ready' || (progress.state === 'error' && progress.counts.events > 0);
  return isLoaded ? progress.datasetId : undefined;
}

export interface ComparisonState {
  /** Both data sets are loaded and the answer for them is in the store. */
  readonly isReady: boolean;
}

export function useComparison(): ComparisonState {
  const incidentId = useIngestStore((s) => loadedId(s.progress));
  const baselineId = useCompareStore((s) => loadedId(s.baseline));
  const resultIds = useCompareStore((s) =>
    s.result === undefined ? undefined : `${s.result.incidentId}:${s.result.baselineId}`,
  );
  const hasError = useCompareStore((s) => s.error !== undefined);
  useEffect(() => {
    if (incidentId === undefined || baselineId === undefined) return;
    // Not awaited: the answer (or the error) goes to the compare store.
    void runComparison();
  }, [incidentId, baselineId]);
  const isCurrent =
    incidentId !== undefined &&
    baselineId !== undefined &&
    (resultIds === `${incidentId}:${baselineId}` || hasError);
  return { isReady: isCurrent };
}
