/**
 * Finishes restoring a link that compares with a baseline: once a baseline is open, its files
 * are compared with the ones the link names (by fingerprint) and a warning names any
 * difference; the comparison itself runs as for any baseline.
 */
import { useEffect } from 'react';
import { useCompareStore } from '../state/compare-store';
import { expectBaseline, useLinkStore } from '../state/link-store';
import { noticeOtherFiles } from './use-link-restore';
import { openFileRefs } from './view-link-state';

export function useBaselineRestore(): void {
  const isLoaded = useCompareStore((s) => s.baseline.state === 'ready');
  const baselineId = useCompareStore((s) => s.baseline.datasetId);
  const expected = useLinkStore((s) => s.expectedBaseline);

  useEffect(() => {
    if (!isLoaded || expected === undefined) return;
    expectBaseline(undefined);
    noticeOtherFiles(
      expected,
      openFileRefs(useCompareStore.getState().baseline),
      'The baseline open is not the one this view was compared with: its counts may differ.',
      ' baseline',
    );
  }, [isLoaded, expected, baselineId]);
}
