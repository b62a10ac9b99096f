/**
 * Wire types of the view: what defines it (query, range, sort, fields), its outcome, the row
 * windows of the table, facets, the histogram and where an event sits in the view.
 */
import type { IngestCounts, Validity } from './ingest';
import type { RuleNote, RuleResult, UndecidedLoad } from './rules';

/** Column ids of the event table; each is a column of the worker's index. */
export const TABLE_COLUMNS = [
  'time',
  'type',
  'outcome',
  'process',
  'executable',
  'target',
  'user',
  'container',
  'host',
  'validity',
  'source',
] as const;
export type TableColumnId = (typeof TABLE_COLUMNS)[number];

/** One table row as sent for display. Strings are raw log content: render as text only. */
export interface EventRow {
  /** Position in the current view order. */
  readonly rowIndex: number;
  /** Stable internal number of the event within the open data set (ingest order). */
  readonly key: number;
  readonly eventId: string;
  /** Epoch milliseconds, or NaN when the event has no readable time. */
  readonly timeMs: number;
  readonly type: string;
  readonly category: string;
  readonly outcome: string;
  readonly processName: string;
  /** -1 when absent. */
  readonly pid: number;
  readonly executable: string;
  readonly target: string;
  readonly user: string;
  readonly container: string;
  readonly host: string;
  readonly validity: Validity;
  readonly source: string;
  /**
   * Rules mode: what the rule in force decided for this event — `true` (a match) or `unknown`
   * (undecided: shown in the view, marked, but not a match). Absent without a rule.
   */
  readonly ruleResult?: RuleResult;
  /**
   * Display text of the view's extra fields (`ViewSpec.fields`; key: field in query syntax,
   * `@file.mode`); arrays are joined with spaces, missing values are `''`.
   */
  readonly fields: Readonly<Record<string, string>>;
}

/** `[fromMs, toMs)` in epoch milliseconds. */
export interface TimeRange {
  readonly fromMs: number;
  readonly toMs: number;
}

/** Sort of the view: a `TABLE_COLUMNS` id or a field in query syntax (`@file.path`). */
export interface SortSpec {
  readonly column: string;
  readonly descending: boolean;
}

export const DEFAULT_SORT: SortSpec = { column: 'time', descending: false };

/** What defines the rows of the view: the query, the time range and the order. */
export interface ViewSpec {
  readonly query: string;
  readonly range: TimeRange | undefined;
  readonly sort: SortSpec;
  /**
   * Extra fields (query syntax, `@file.mode`) the page shows as columns or facets. Fields the
   * index lacks are added to it by one pass over the raw events; rows then carry their text
   * in `EventRow.fields`.
   */
  readonly fields: readonly string[];
  /**
   * Rules mode: a SECL expression (`reference/secl.md`). When set, the view holds the events
   * matching the query AND the rule; a rule that does not compile comes back in `ruleErrors`
   * with the previous view left in force.
   */
  readonly rule?: string | undefined;
  /**
   * Only the events with these ids (DESIGN.md, "Identity"), e.g. the starred ones; ids of no
   * open event are ignored. Undefined: no restriction.
   */
  readonly ids?: readonly string[] | undefined;
}

/** A syntax error in a query: UTF-16 position and length in the query text. */
export interface QueryErrorInfo {
  readonly position: number;
  readonly length: number;
  readonly message: string;
}

/** The outcome of `view.set`. */
export interface ViewSummary {
  readonly datasetId: number;
  /** Bumped whenever the rows of the view may have changed (new spec, more events). */
  readonly viewId: number;
  /** The spec in force. With `errors`, the previous spec stays in force. */
  readonly spec: ViewSpec;
  readonly errors: readonly QueryErrorInfo[];
  /** Events of the view that match; in rules mode, those the rule decided true. */
  readonly matching: number;
  /**
   * Rules mode: events of the view the rule could not decide (unknown). The view shows them
   * too, marked: its rows are `matching + undecided`. 0 without a rule.
   */
  readonly undecided: number;
  readonly total: number;
  /**
   * The data set's counts when `matching` was counted: shown together, so that no counter is
   * ever ahead of another (progress reports arrive on their own schedule while loading).
   */
  readonly counts: IngestCounts;
  /**
   * Fields the view needed that were not in the index and were read from the raw events when
   * it was first applied (kept while the same query and fields stay), and how long that took.
   */
  readonly slowFields: readonly string[];
  readonly slowMs: number;
  readonly elapsedMs: number;
  /** Why the submitted rule (rules mode) was not applied; the previous view stays in force. */
  readonly ruleErrors: readonly QueryErrorInfo[];
  /** Fields of the rule in force that exported events cannot tell: they evaluate to unknown. */
  readonly ruleNotes: readonly RuleNote[];
  /** The rule in force is a policy rule whose loading is undecided (its matches are too). */
  readonly ruleUndecidedLoad: UndecidedLoad | undefined;
}

/**
 * Which values a facet lists: the most frequent (`top`) or the least frequent (`rare`): in a
 * large data set the rare values are never among the top ones, so the engine picks them.
 */
export type FacetOrder = 'top' | 'rare';

/** Value counts of one field over the events matching the current view. */
export interface FacetRequest {
  /** Field in query syntax: `@evt.name`, `host`, `@validity`. */
  readonly field: string;
  readonly limit: number;
  /** Only values containing this text (case-insensitive). */
  readonly search?: string;
  /** `top` when left out. */
  readonly order?: FacetOrder;
  /** Count over every event of the data set, not only the view's (suggestions when it is empty). */
  readonly everyEvent?: boolean;
}

export interface FacetValue {
  /** The value as text (what a query would compare it with). */
  readonly value: string;
  readonly count: number;
}

export interface FacetResult {
  readonly field: string;
  /**
   * At most `limit` values with their counts: the most frequent by count descending (`top`),
   * or the least frequent by count ascending (`rare`); ties by value either way.
   */
  readonly values: readonly FacetValue[];
  /** Distinct values among the matching events (after `search`). */
  readonly distinct: number;
  /** Matching events without a value for the field. */
  readonly missing: number;
}

export interface HistogramRequest {
  readonly bins: number;
  /** The time span to cover; by default the span of all events of the data set. */
  readonly range?: TimeRange;
}

/** Matching events per time bin, stacked by `evt.category`. */
export interface Histogram {
  readonly fromMs: number;
  readonly binMs: number;
  readonly bins: number;
  /** Category names (`''` for events without one), most frequent first. */
  readonly categories: readonly string[];
  /** `counts[c][b]`: events of category `c` in bin `b`. */
  readonly counts: readonly (readonly number[])[];
  /** Matching events without a readable time (not in any bin). */
  readonly untimed: number;
}

export interface RowWindow {
  /** The data set the rows belong to (see `IngestProgress.datasetId`). */
  readonly datasetId: number;
  /** The view the rows belong to (see `ViewSummary.viewId`). */
  readonly viewId: number;
  readonly totalRows: number;
  readonly rowOffset: number;
  readonly rows: readonly EventRow[];
}

/** Where an event is: its row key (`EventRow.key`) and its index in the view in force. */
export interface EventLocation {
  readonly datasetId: number;
  readonly viewId: number;
  readonly key: number;
  readonly rowIndex: number;
}

/**
 * The field (query syntax) behind each table column, for filter in/out and facets; `undefined`
 * where a column shows a derived text (target, source) or a time (time).
 */
export const COLUMN_FIELDS: Readonly<Record<TableColumnId, string | undefined>> = {
  time: undefined,
  type: '@evt.name',
  outcome: '@evt.outcome',
  process: '@process.comm',
  executable: '@process.executable.path',
  target: undefined,
  user: '@process.user',
  container: '@container.id',
  host: 'host',
  validity: '@validity',
  source: undefined,
};
