/**
 * Finishes restoring a link once its data is open: compares the open files with the ones the
 * link was made on (a warning names the differences; the view applies as far as it can) and
 * selects the event it names, scrolled into view, once the view it was made with is in force.
 */
import { useEffect } from 'react';
import { compareFiles, describeFile } from '../share/file-match';
import type { FileRef } from '../share/view-link';
import { engine } from '../state/engine';
import { useIngestStore } from '../state/ingest-store';
import { addLinkNotice, awaitSelection, expectFiles, useLinkStore } from '../state/link-store';
import { useSearchStore } from '../state/search-store';
import { restoreSelection, revealRow } from '../state/view-store';
import { openFileRefs } from './view-link-state';

/** Warns, in a link notice titled `title`, when the `open` files are not the `expected` ones. */
export function noticeOtherFiles(
  expected: readonly FileRef[],
  open: readonly FileRef[],
  title: string,
  which = '',
): void {
  const { same, missing, extra } = compareFiles(expected, open);
  if (same) return;
  addLinkNotice({
    tone: 'warning',
    title,
    lines: [
      ...missing.map((f) => `expected${which}, not open: ${describeFile(f)}`),
      ...extra.map((f) => `open${which}, not expected: ${describeFile(f)}`),
    ],
  });
}

export function useLinkRestore(): void {
  const datasetId = useIngestStore((s) => s.progress.datasetId);
  const isLoaded = useIngestStore((s) => s.progress.state === 'ready');
  const expected = useLinkStore((s) => s.expectedFiles);
  const pending = useLinkStore((s) => s.pendingSelection);
  // The view in force answers for the current spec of this data set.
  const viewReady = useSearchStore(
    (s) => !s.pending && s.summary !== undefined && s.summary.datasetId === datasetId,
  );

  useEffect(() => {
    if (!isLoaded || expected === undefined) return;
    const open = openFileRefs(useIngestStore.getState().progress);
    expectFiles(undefined);
    noticeOtherFiles(
      expected,
      open,
      'The open files are not the ones this view was made on: the query, columns and range ' +
        'are applied, but counts and the selected event may differ.',
    );
  }, [isLoaded, expected, datasetId]);

  useEffect(() => {
    if (!isLoaded || !viewReady || pending === undefined) return;
    let stale = false;
    engine()
      .call('event.locate', pending)
      .then((location) => {
        if (stale) return;
        awaitSelection(undefined);
        if (location === undefined) {
          addLinkNotice({
            tone: 'warning',
            title: 'The event this view selects is not in the open files.',
            lines: [`event id: ${pending}`],
          });
          return;
        }
        restoreSelection({ key: location.key, eventId: pending });
        if (location.rowIndex >= 0) revealRow(location.rowIndex);
      })
      .catch(() => {
        // The engine reports its own failures; the selection keeps waiting.
      });
    return () => {
      stale = true;
    };
  }, [isLoaded, viewReady, pending, datasetId]);
}
