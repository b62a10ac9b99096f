/**
 * One facet of the panel (`facet`, `data-field`, `data-order`): a header that expands or
 * collapses it and, expanded with more than one value, switches it between its most frequent
 * and its rarest values (`facet-sort`); then those values in the current view with counts (and any value the query
 * requires or excludes, even when the view has none of it), how many distinct values and
 * events without one there are, "show more", and for high-cardinality fields a search box
 * over the values (the engine filters and ranks, so values past the top ones are found too).
 */
import { useId, useMemo } from 'react';
import { formatInt } from '../../lib/format';
import type { FacetOrder, FacetResult, FacetValue } from '../../protocol/messages';
import {
  removeFacet,
  setFacetOrder,
  setFacetSearch,
  showMoreValues,
  toggleFacet,
} from '../../state/facet-store';
import type { FacetSpec } from '../../state/facet-store';
import { facetTerms } from './facet-terms';
import type { FacetTerm } from './facet-terms';
import { FacetValueRow } from './facet-value-row';

interface FacetGroupProps {
  readonly facet: FacetSpec;
  readonly isExpanded: boolean;
  readonly hasSearch: boolean;
  readonly searchText: string;
  readonly result: FacetResult | undefined;
  readonly order: FacetOrder;
  /** The query in force, for each value's in / out state. */
  readonly query: string;
  readonly isIndexing: boolean;
  readonly canShowMore: boolean;
}

/** The values to list: the engine's top values, then values the query names but the view lacks. */
function listedValues(result: FacetResult, terms: readonly FacetTerm[]): readonly FacetValue[] {
  const shown = new Set(result.values.map((v) => v.value));
  const absent = terms
    .filter((t) => !shown.has(t.value))
    .map((t) => ({ value: t.value, count: 0 }));
  return absent.length === 0 ? result.values : [...result.values, ...absent];
}

function FacetValues({ facet, result, query, canShowMore, order }: FacetGroupProps) {
  const terms = useMemo(() => facetTerms(query, facet.field), [query, facet.field]);
  if (result === undefined) {
    return <p className="facet-note">Counting…</p>;
  }
  const values = listedValues(result, terms);
  const states = new Map(terms.map((t) => [t.value, t.state]));
  // Bars show a value's share of the top count; rarest first, the top count is not at hand.
  const top =
    order === 'rare' ? Number.POSITIVE_INFINITY : Math.max(1, ...values.map((v) => v.count));
  return (
    <>
      {values.length === 0 ? (
        <p className="facet-note">No values in this view</p>
      ) : (
        <ul className="facet-values">
          {values.map((v) => (
            <FacetValueRow
              key={v.value}
              field={facet.field}
              value={v.value}
              count={v.count}
              share={v.count / top}
              state={states.get(v.value)}
            />
          ))}
        </ul>
      )}
      <p className="facet-note">
        {formatInt(result.distinct)} distinct
        {result.missing > 0 && ` · ${formatInt(result.missing)} without a value`}
        {canShowMore && result.distinct > result.values.length && (
          <>
            {' · '}
            <button
              type="button"
              className="link-button"
              data-testid="facet-more"
              onClick={() => showMoreValues(facet.field)}
            >
              show more
            </button>
          </>
        )}
      </p>
    </>
  );
}

/** Rarest first, or back to most frequent first: a toggle in the expanded facet's header. */
function SortToggle({ field, order }: { readonly field: string; readonly order: FacetOrder }) {
  const isRare = order === 'rare';
  return (
    <button
      type="button"
      className="facet-sort"
      data-testid="facet-sort"
      aria-pressed={isRare}
      aria-label={`List the rarest values of ${field} first`}
      title={isRare ? 'Rarest first: click for the most frequent first' : 'List the rarest first'}
      onClick={() => setFacetOrder(field, isRare ? 'top' : 'rare')}
    >
      rarest
    </button>
  );
}

export function FacetGroup(props: FacetGroupProps) {
  const { facet, isExpanded, hasSearch, searchText, isIndexing, order } = props;
  const bodyId = useId();
  return (
    <section className="facet" data-testid="facet" data-field={facet.field} data-order={order}>
      <div className="facet-head">
        <button
          type="button"
          className="facet-toggle"
          aria-expanded={isExpanded}
          aria-controls={isExpanded ? bodyId : undefined}
          onClick={() => toggleFacet(facet.field)}
        >
          <span className="facet-chevron" aria-hidden="true">
            {isExpanded ? '▾' : '▸'}
          </span>
          <span className="facet-label">{facet.label}</span>
          {facet.label !== facet.field && <span className="facet-field mono">{facet.field}</span>}
        </button>
        {isExpanded && (order === 'rare' || (props.result?.distinct ?? 0) > 1) && (
          <SortToggle field={facet.field} order={order} />
        )}
        {facet.isAdded && (
          <button
            type="button"
            className="icon-button facet-remove"
            aria-label={`Remove the ${facet.field} facet`}
            title="Remove this facet"
            onClick={() => removeFacet(facet.field)}
          >
            ×
          </button>
        )}
      </div>
      {isExpanded && (
        <div className="facet-body" id={bodyId}>
          {isIndexing && <p className="facet-note">Indexing this field…</p>}
          {hasSearch && (
            <input
              type="search"
              className="facet-search"
              data-testid="facet-search"
              aria-label={`Search the values of ${facet.field}`}
              placeholder="Search values…"
              spellCheck={false}
              value={searchText}
              onChange={(event) => setFacetSearch(facet.field, event.target.value)}
            />
          )}
          <FacetValues {...props} />
        </div>
      )}
    </section>
  );
}
