/**
 * The facets panel left of the table (`facets-panel`): the default facets, then the ones the
 * analyst added, each with its top (or rarest) values in the view in force. The counts of all expanded
 * facets come from one batched engine call per view; the panel collapses to a slim tab.
 */
import { useMemo } from 'react';
import type { FacetRequest } from '../../protocol/messages';
import { HIGH_CARDINALITY_FACETS } from '../../query/indexed-fields';
import { useIngestStore } from '../../state/ingest-store';
import { useSearchStore } from '../../state/search-store';
import { useDebounced } from '../common/use-debounced';
import { AddFacet } from './add-facet';
import { FacetGroup } from './facet-group';
import {
  FACET_LIMIT,
  FACET_LIMIT_MAX,
  facetList,
  setFacetsOpen,
  useFacetStore,
} from '../../state/facet-store';
import { useFacetResults } from './use-facet-results';

const SEARCH_DEBOUNCE_MS = 150;

export function FacetsPanel() {
  const added = useFacetStore((s) => s.added);
  const expanded = useFacetStore((s) => s.expanded);
  const limits = useFacetStore((s) => s.limits);
  const orders = useFacetStore((s) => s.orders);
  const typedSearches = useFacetStore((s) => s.searches);
  const searches = useDebounced(typedSearches, SEARCH_DEBOUNCE_MS);
  const query = useSearchStore((s) => s.summary?.spec.query ?? '');
  const indexingFields = useIngestStore((s) => s.progress.indexing?.fields);
  // As text, so that a progress tick with the same fields keeps the facet list (and requests).
  const fieldsWithValues = useIngestStore((s) => s.progress.fieldsWithValues.join('\n'));
  const facets = useMemo(
    () => facetList(added, new Set(fieldsWithValues.split('\n'))),
    [added, fieldsWithValues],
  );

  const requests = useMemo(
    () =>
      facets
        .filter((f) => expanded.has(f.field))
        .map((f): FacetRequest => {
          const limit = limits.get(f.field) ?? FACET_LIMIT;
          const search = searches.get(f.field)?.trim() ?? '';
          const order = orders.get(f.field) ?? 'top';
          return {
            field: f.field,
            limit,
            ...(search === '' ? {} : { search }),
            ...(order === 'top' ? {} : { order }),
          };
        }),
    [facets, expanded, limits, orders, searches],
  );
  const results = useFacetResults(requests);

  return (
    <aside
      className="facets"
      data-testid="facets-panel"
      data-view-id={results.viewId}
      aria-label="Facets"
    >
      <div className="facets-head">
        <h2 className="facets-title">Facets</h2>
        {results.isLoading && <span className="facets-busy" aria-hidden="true" />}
        <span className="spacer" />
        <button
          type="button"
          className="icon-button"
          aria-label="Hide the facets"
          title="Hide the facets"
          onClick={() => setFacetsOpen(false)}
        >
          ‹
        </button>
      </div>
      <AddFacet />
      {results.error !== undefined && (
        <p className="notice notice--error facets-error">
          Facets could not be counted: {results.error}
        </p>
      )}
      <div className="facets-list">
        {facets.map((facet) => (
          <FacetGroup
            key={facet.field}
            facet={facet}
            isExpanded={expanded.has(facet.field)}
            hasSearch={HIGH_CARDINALITY_FACETS.has(facet.field) || facet.isAdded}
            searchText={typedSearches.get(facet.field) ?? ''}
            result={results.byField.get(facet.field)}
            order={orders.get(facet.field) ?? 'top'}
            query={query}
            isIndexing={indexingFields?.includes(facet.field) === true}
            canShowMore={(limits.get(facet.field) ?? FACET_LIMIT) < FACET_LIMIT_MAX}
          />
        ))}
      </div>
    </aside>
  );
}

/** The slim tab that brings the collapsed panel back. */
export function FacetsReopen() {
  return (
    <button
      type="button"
      className="facets-reopen"
      title="Show the facets"
      onClick={() => setFacetsOpen(true)}
    >
      Facets ›
    </button>
  );
}
