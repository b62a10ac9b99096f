/**
 * Keeps the engine's view in step with the page: sends the spec whenever it changes, when a
 * data set opens, gets its first events or finishes loading, and while loading every so often
 * as events arrive (the count and rows of a query grow with the data). The latest request
 * wins; a query with errors comes back with the previous spec still in force.
 *
 * What is sent is derived here, not stored: the extra fields (the table's field columns and
 * the facets the analyst added), the rule (rules mode only) and the starred events' ids
 * (starred-only).
 */
import { useEffect, useMemo, useRef } from 'react';
import { engine } from './engine';
import { useFacetStore } from './facet-store';
import { useIngestStore } from './ingest-store';
import { useStarredIds } from './annotation-store';
import { markPending, receiveSummary, useSearchStore } from './search-store';
import { useLayoutFields } from './table-layout-store';

/** While loading, the view is refreshed at most this often. */
const LOADING_REFRESH_MS = 400;

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

export function useViewSync(): void {
  const spec = useSearchStore((s) => s.spec);
  const columnFields = useLayoutFields();
  const facetFields = useFacetStore((s) => s.added);
  const fields = useMemo(() => union(columnFields, facetFields), [columnFields, facetFields]);
  const datasetId = useIngestStore((s) => s.progress.datasetId);
  const state = useIngestStore((s) => s.progress.state);
  const hasEvents = useIngestStore((s) => s.progress.counts.events > 0);
  const tick = useIngestStore((s) =>
    s.progress.state === 'loading' ? Math.floor(s.progress.elapsedMs / LOADING_REFRESH_MS) : -1,
  );
  const starred = useStarredIds();
  const ids = spec.starredOnly ? starred : undefined;
  const latest = useRef(0);

  useEffect(() => {
    if (datasetId < 0) return;
    const ticket = ++latest.current;
    markPending();
    const { mode, rule, starredOnly: _starredOnly, ...rest } = spec;
    engine()
      .call('view.set', {
        ...rest,
        fields,
        rule: mode === 'rules' && rule !== '' ? rule : undefined,
        ids,
      })
      .then((summary) => {
        if (ticket === latest.current) receiveSummary(summary);
      })
      .catch(() => {
        // The engine reports its own failures; the previous view stays.
      });
  }, [spec, fields, ids, datasetId, state, hasEvents, tick]);
}
