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

export type SearchMode = 'search' | 'rules';

/**
 * The view as the page asks for it. What is sent to the engine is derived from it
 * (use-view-sync): the extra `fields`, the `rule` (only in rules mode, when not empty) and the
 * `ids` (only with `starredOnly`: the starred events' ids).
 */
export type SearchSpec = Omit<ViewSpec, 'fields' | 'rule' | 'ids'> & {
  readonly mode: SearchMode;
  /** SECL rule text of the rules mode (kept while in search mode). */
  readonly rule: string;
  readonly starredOnly: boolean;
};

interface SearchState {
  readonly spec: SearchSpec;
  /** The engine's answer for the latest spec (undefined until one arrived). */
  readonly summary: ViewSummary | undefined;
  /** Errors of the query last submitted (empty when it parsed). */
  readonly errors: readonly QueryErrorInfo[];
  /** True while a spec is being applied by the engine. */
  readonly pending: boolean;
}

export const EMPTY_SPEC: SearchSpec = {
  query: '',
  range: undefined,
  sort: DEFAULT_SORT,
  mode: 'search',
  rule: '',
  starredOnly: false,
};

export const useSearchStore = create<SearchState>(() => ({
  spec: EMPTY_SPEC,
  summary: undefined,
  errors: [],
  pending: false,
}));

function setSpec(patch: Partial<SearchSpec>): void {
  useSearchStore.setState((s) => ({ spec: { ...s.spec, ...patch } }));
}

/** Submits query text (Enter in the search box). */
export function applyQuery(query: string): void {
  setSpec({ query: query.trim() });
}

/** Submits SECL rule text (Enter in the rule box). */
export function applyRule(rule: string): void {
  setSpec({ rule: rule.trim() });
}

export function setMode(mode: SearchMode): void {
  setSpec({ mode });
}

export function setStarredOnly(starredOnly: boolean): void {
  setSpec({ starredOnly });
}

/** Replaces the whole spec (a link or a saved view being restored). */
export function replaceSpec(spec: SearchSpec): void {
  useSearchStore.setState({ spec });
}

export function setTimeRange(range: TimeRange | undefined): void {
  setSpec({ range });
}

export function setSort(sort: SortSpec): void {
  setSpec({ sort });
}

/**
 * Requires (`exclude` false) or excludes `field:value`; asking twice takes it out. After a
 * query with errors, the term goes into the query in force (what the facets and cells show),
 * not into the broken text, which would stay broken.
 */
export function filterBy(field: string, value: string, exclude: boolean): void {
  const { spec, summary, errors } = useSearchStore.getState();
  const base = errors.length > 0 && summary !== undefined ? summary.spec.query : spec.query;
  setSpec({ query: withTerm(base, field, value, exclude) });
}

/** Called by the view sync with the engine's answer. */
export function receiveSummary(summary: ViewSummary): void {
  useSearchStore.setState({ summary, errors: summary.errors, pending: false });
}

export function markPending(): void {
  useSearchStore.setState({ pending: true });
}

export const useViewId = () => useSearchStore((s) => s.summary?.viewId ?? -1);
/** Identity of the view in force across data sets (`datasetId:viewId`); undefined before any. */
export const useViewKey = () =>
  useSearchStore((s) =>
    s.summary === undefined ? undefined : `${s.summary.datasetId}:${s.summary.viewId}`,
  );
