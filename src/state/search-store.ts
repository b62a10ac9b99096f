/**
 * The view the analyst asked for — query, time range, sort — and what the engine answered
 * for it. The spec here is what the page wants; `summary.spec` is what is in force (a query
 * with errors leaves the previous one in force, and `errors` says why).
 *
 * Only descriptors live here: rows, facets and histograms are fetched by their own hooks,
 * keyed by `summary.viewId`.
 */
import { create } from 'zustand';
import type {
  QueryErrorInfo,
  SortSpec,
  TimeRange,
  ViewSpec,
  ViewSummary,
} from '../protocol/messages';
import { DEFAULT_SORT } from '../protocol/messages';
import { withTerm } from '../query/compose';

interface SearchState {
  readonly spec: ViewSpec;
  /** The engine's answer for the latest spec (undefined until one arrived). */
  readonly summary: ViewSummary | undefined;
  /** Errors of the query last submitted (empty when it parsed). */
  readonly errors: readonly QueryErrorInfo[];
  /** True while a spec is being applied by the engine. */
  readonly pending: boolean;
}

export const EMPTY_SPEC: ViewSpec = { query: '', range: undefined, sort: DEFAULT_SORT, fields: [] };

export const useSearchStore = create<SearchState>(() => ({
  spec: EMPTY_SPEC,
  summary: undefined,
  errors: [],
  pending: false,
}));

function setSpec(patch: Partial<ViewSpec>): void {
  useSearchStore.setState((s) => ({ spec: { ...s.spec, ...patch } }));
}

/** Submits query text (Enter in the search box). */
export function applyQuery(query: string): void {
  setSpec({ query: query.trim() });
}

export function setTimeRange(range: TimeRange | undefined): void {
  setSpec({ range });
}

export function setSort(sort: SortSpec): void {
  setSpec({ sort });
}

/** Adds `field` to the fields the view carries (an extra column or facet); idempotent. */
export function addViewField(field: string): void {
  const { fields } = useSearchStore.getState().spec;
  if (!fields.includes(field)) setSpec({ fields: [...fields, field] });
}

/** Drops `field` from the view's extra fields. */
export function removeViewField(field: string): void {
  setSpec({ fields: useSearchStore.getState().spec.fields.filter((f) => f !== field) });
}

/** Requires (`exclude` false) or excludes `field:value`; asking twice takes it out. */
export function filterBy(field: string, value: string, exclude: boolean): void {
  setSpec({ query: withTerm(useSearchStore.getState().spec.query, field, value, exclude) });
}

/** Called by the view sync with the engine's answer. */
export function receiveSummary(summary: ViewSummary): void {
  useSearchStore.setState({ summary, errors: summary.errors, pending: false });
}

export function markPending(): void {
  useSearchStore.setState({ pending: true });
}

/** Clears the view for a new data set. */
export function resetSearch(): void {
  useSearchStore.setState({ spec: EMPTY_SPEC, summary: undefined, errors: [], pending: false });
}

export const useViewId = () => useSearchStore((s) => s.summary?.viewId ?? -1);
/** Identity of the view in force across data sets (`datasetId:viewId`); undefined before any. */
export const useViewKey = () =>
  useSearchStore((s) =>
    s.summary === undefined ? undefined : `${s.summary.datasetId}:${s.summary.viewId}`,
  );
export const useMatching = () => useSearchStore((s) => s.summary?.matching);
