/**
 * Keeps the engine's view in step with the search store: sends the spec whenever it changes,
 * when a data set opens or finishes loading, and while loading every so often as events
 * arrive (the count and rows of a query grow with the data). The latest request wins; a
 * query with errors comes back with the previous spec still in force.
 */
import { useEffect, useRef } from 'react';
import { engine } from './engine';
import { useIngestStore } from './ingest-store';
import { markPending, receiveSummary, useSearchStore } from './search-store';

/** While loading, the view is refreshed at most this often. */
const LOADING_REFRESH_MS = 400;

export function useViewSync(): void {
  const spec = useSearchStore((s) => s.spec);
  const datasetId = useIngestStore((s) => s.progress.datasetId);
  const state = useIngestStore((s) => s.progress.state);
  const indexing = useIngestStore((s) => s.progress.indexing !== undefined);
  const tick = useIngestStore((s) =>
    s.progress.state === 'loading' ? Math.floor(s.progress.elapsedMs / LOADING_REFRESH_MS) : -1,
  );
  const latest = useRef(0);

  useEffect(() => {
    if (datasetId < 0) return;
    const ticket = ++latest.current;
    markPending();
    engine()
      .call('view.set', spec)
      .then((summary) => {
        if (ticket === latest.current) receiveSummary(summary);
      })
      .catch(() => {
        // The engine reports its own failures; the previous view stays.
      });
  }, [spec, datasetId, state, tick, indexing]);
}
