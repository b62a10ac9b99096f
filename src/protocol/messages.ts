/**
 * The wire contract between the main thread and the engine worker.
 *
 * Owns: the typed method map (`EngineApi`, names in `domain.verb` form), the request /
 * answer envelopes and every DTO that crosses the boundary. No DOM, no React, no runtime
 * dependencies: both `client/` and `worker/` import this file.
 *
 * Invariants: only DTOs of bounded size cross (a row window, one event's detail, a page of
 * problems); the data set itself never does.
 */

/** Validity class of an event body against the seed schema. */
export type Validity = 'valid' | 'drift' | 'invalid';

export const VALIDITY_CLASSES: readonly Validity[] = ['valid', 'drift', 'invalid'];

/** One schema (or data-quality) finding about an event. */
export interface Finding {
  /** JSON pointer into the event body, e.g. `/process/pid`; `` for the body itself. */
  readonly pointer: string;
  /** ajv keyword (`type`, `required`, `additionalProperties`, `format`, …) or a data-quality code. */
  readonly keyword: string;
  readonly message: string;
}

/** A rejected record or a file-level problem, listed in the problems panel. */
export interface Problem {
  readonly source: string;
  /** 1-based line (or record number for structural formats); 0 for a file-level problem. */
  readonly line: number;
  /** Byte offset of the record in the (decompressed) stream. */
  readonly byteOffset: number;
  readonly reason: string;
  /** Short excerpt with control characters escaped; safe to show as text. */
  readonly excerpt: string;
  /** `record` problems count as rejected records; `file` problems do not. */
  readonly kind: 'record' | 'file';
}

export interface SourceSummary {
  readonly name: string;
  readonly path: string;
  readonly sizeBytes: number;
  /** Content hash (hex), known once the file has been read to the end. */
  readonly fingerprint: string | undefined;
  readonly format: string;
  readonly compressed: boolean;
  readonly events: number;
  readonly rejected: number;
  readonly state: 'queued' | 'reading' | 'done' | 'cancelled' | 'failed';
}

/** Running totals; accounting invariant: `records === events + rejected`. */
export interface IngestCounts {
  readonly records: number;
  readonly events: number;
  readonly rejected: number;
  readonly blankLines: number;
  readonly valid: number;
  readonly drift: number;
  readonly invalid: number;
  readonly problems: number;
}

export const EMPTY_COUNTS: IngestCounts = {
  records: 0,
  events: 0,
  rejected: 0,
  blankLines: 0,
  valid: 0,
  drift: 0,
  invalid: 0,
  problems: 0,
};

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export interface IngestProgress {
  /** Changes whenever a new data set replaces the open one. */
  readonly datasetId: number;
  readonly state: LoadState;
  readonly counts: IngestCounts;
  /** Bytes read from the files so far (compressed bytes for gzip input). */
  readonly bytesRead: number;
  readonly bytesTotal: number;
  readonly elapsedMs: number;
  readonly sources: readonly SourceSummary[];
  /** True when the load was cancelled or a file failed part-way: what is shown is partial. */
  readonly partial: boolean;
  readonly error: string | undefined;
  /** Bytes held by the worker's index (typed arrays and string pools), an estimate. */
  readonly indexBytes: number;
  /** Fields being added to the index by re-reading the events (the slow path), if any. */
  readonly indexing: IndexingProgress | undefined;
  /** Indexed fields (query syntax) that some event of the data set has a value for. */
  readonly fieldsWithValues: readonly string[];
}

/** A pass over the raw events that adds columns for fields the index did not hold. */
export interface IndexingProgress {
  /** Fields in query syntax (`@file.mode`). */
  readonly fields: readonly string[];
  readonly done: number;
  readonly total: number;
}

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
 * A rule of the last policy run whose `filters` (kernel version, …) could not be decided:
 * whether the agent loads it is unknown, so no event is decided a match of it.
 */
export interface UndecidedLoad {
  readonly ruleId: string;
  readonly filters: readonly string[];
}

/** A field of a rule that evaluates to "unknown" offline, and why; span in the rule text. */
export interface RuleNote {
  readonly field: string;
  readonly reason: string;
  readonly position: number;
  readonly length: number;
}

/** Three-valued result of a rule or one of its sub-expressions on an event. */
export type RuleResult = 'true' | 'false' | 'unknown';

/** One sub-expression (leaf) of a rule, as evaluated on one event. */
export interface RuleLeafExplanation {
  /** Its source text (log content never: the rule's own text). */
  readonly text: string;
  /** Span in the rule text (a macro's leaves point at the macro's name). */
  readonly position: number;
  readonly length: number;
  /** The macro it comes from, if any. */
  readonly macro: string | undefined;
  /** SECL field tested, if any. */
  readonly field: string | undefined;
  /** The event's value(s) of that field as display text (raw log content: render as text). */
  readonly value: string | undefined;
  readonly result: RuleResult;
}

/** A SECL field a rule can name (`rule.fields`). */
export interface SeclField {
  /** Its SECL name: `open.file.path`. */
  readonly name: string;
  /** SECL type: `string`, `int`, `bool`, `ip`, … */
  readonly type: string;
  /** Body paths it reads (`file.path`); empty when exported events cannot tell it. */
  readonly paths: readonly string[];
  /** Why exported events cannot tell it (it then evaluates to unknown). */
  readonly unknownReason: string | undefined;
}

/** `rule.explain`: how the rule in force decides one event. */
export interface RuleExplanation {
  readonly rule: string;
  readonly result: RuleResult;
  /** The event type the rule applies to (`evt.name`), undefined for every type. */
  readonly eventType: string | undefined;
  /** Whether the event is of that type (else the rule is false for it). */
  readonly typeMatches: boolean;
  /** Set when the rule is a policy rule whose loading is undecided (then at best unknown). */
  readonly undecidedLoad: UndecidedLoad | undefined;
  readonly leaves: readonly RuleLeafExplanation[];
}

/** Options of `policy.run`: the agent and target the policy is evaluated for. */
export interface PolicyRunOptions {
  /** Agent version for `agent_version` constraints (a recent agent by default). */
  readonly agentVersion?: string;
  /** Target OS for `filters` (`linux` by default). */
  readonly os?: string;
}

/** One rule of a policy run over the loaded events. */
export interface PolicyRuleReport {
  readonly id: string;
  readonly description: string | undefined;
  readonly expression: string;
  readonly status: 'compiled' | 'error' | 'skipped';
  /** Events of the data set the rule matches: decided true (0 unless compiled). */
  readonly matches: number;
  /** Events it could not decide (unknown): neither matches nor misses. */
  readonly undecided: number;
  /**
   * Its `filters` that could not be decided for the agent evaluated as: whether the agent
   * loads it is unknown, so events it would match count as undecided, not as matches.
   */
  readonly undecidedFilters: readonly string[];
  /** Parse or compile errors, with their span in `expression`. */
  readonly errors: readonly QueryErrorInfo[];
  /** Why the rule was skipped (`agent_version`, `filters`, disabled). */
  readonly reason: string | undefined;
  /** Fields that evaluate to unknown offline. */
  readonly unknownNotes: readonly RuleNote[];
  /** Load-time remarks (duplicate ids). */
  readonly notes: readonly string[];
}

export interface PolicyMacroReport {
  readonly id: string;
  readonly status: 'loaded' | 'error' | 'skipped';
  readonly message: string | undefined;
}

/** `policy.run`: every rule of a policy file over every loaded event. */
export interface PolicyReport {
  readonly datasetId: number;
  /** Problems with the file itself (not YAML, not a policy). */
  readonly errors: readonly string[];
  readonly version: string | undefined;
  readonly agentVersion: string;
  readonly rules: readonly PolicyRuleReport[];
  /** Macros loaded, and those that failed or were skipped (with why). */
  readonly macros: readonly PolicyMacroReport[];
  readonly total: number;
  readonly elapsedMs: number;
  /** Stopped by `policy.cancel`: `rules` holds the rules evaluated before it (partial). */
  readonly cancelled: boolean;
  /** Rules in the policy (more than `rules` holds when cancelled). */
  readonly ruleTotal: number;
}

/**
 * Pushed at most every 100 ms while `policy.run` runs: first reading the fields its rules need
 * from the raw events (`done` / `total` events; only when the index lacks some), then
 * evaluating (`done` / `total` rules, `matches` events matched by them so far).
 */
export interface PolicyProgress {
  readonly phase: 'reading' | 'evaluating';
  readonly done: number;
  readonly total: number;
  readonly matches: number;
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

export interface EventDetail {
  readonly row: EventRow;
  /** The event body (what the schema describes), pretty-printed JSON text. */
  readonly bodyJson: string;
  /** The envelope around the body (API / archive fields), when the input had one. */
  readonly envelopeJson: string | undefined;
  /** The record exactly as read from the file (possibly cut, see `rawTruncated`). */
  readonly rawText: string;
  readonly rawTruncated: boolean;
  readonly findings: readonly Finding[];
  /** The schema the event was validated against (`linux-7.71`, `windows-7.71`, `linux-seed`). */
  readonly schema: string;
  /** True when the event named no agent version and `schema` is the one that fits it best. */
  readonly schemaBestFit: boolean;
  readonly source: string;
  readonly line: number;
  readonly byteOffset: number;
}

export interface ProblemPage {
  readonly total: number;
  readonly problems: readonly Problem[];
}

/**
 * One process of the data set's process forest. Identity (DESIGN.md, "Identity") is host + pid
 * + fork time + exec time; `key` writes it as `<host>/<pid>/<fork_time>/<exec_time>` (each part
 * as in the events, empty when unknown), the text the `@process.key:"…"` and
 * `@process.subtree:"…"` query fields match. `id` is a number for `process.children` calls,
 * valid within one data set (`datasetId`); links and queries use `key`. Strings are raw log
 * content: render as text only.
 */
export interface ProcessNode {
  readonly id: number;
  readonly key: string;
  /** The parent node; undefined for a root (see `ppid` for a parent the data does not show). */
  readonly parentId: number | undefined;
  /**
   * True when the parent is the program this process replaced by exec (same pid, same fork
   * time, earlier exec time): draw the link as "exec'd", not "forked".
   */
  readonly isExecImage: boolean;
  readonly pid: number;
  /** The parent pid the events report, when they do (also when the parent has no node). */
  readonly ppid: number | undefined;
  readonly uid: number | undefined;
  readonly host: string;
  readonly comm: string;
  readonly executable: string;
  /** The first arguments (argv0 excluded), each cut to 256 characters (U+0000 reads U+FFFD). */
  readonly args: readonly string[];
  /** More arguments exist than `args` shows (or the agent cut them). */
  readonly argsTruncated: boolean;
  /** User name, `''` when no event names it (then see `uid`). */
  readonly user: string;
  readonly containerId: string;
  /** RFC 3339 texts as in the events, `''` when unknown. */
  readonly forkTime: string;
  readonly execTime: string;
  readonly exitTime: string;
  /** Events this process performed itself (`@process.key:"<key>"` matches exactly these). */
  readonly ownEvents: number;
  /** Events of this process and of all below it (what `@process.subtree:"<key>"` matches). */
  readonly subtreeEvents: number;
  readonly childCount: number;
  /** Processes below this one, at any depth. */
  readonly descendantCount: number;
}

/**
 * The process context of one event: its process, the lineage up to the root, the children of
 * every node on that path, and the event's process's subtree, each bounded.
 */
export interface ProcessTreeSlice {
  readonly datasetId: number;
  readonly eventKey: number;
  /** The event's own process; undefined when the event names no process with a pid. */
  readonly focusId: number | undefined;
  /** Node ids from the root down to the event's process (empty without a process). */
  readonly lineage: readonly number[];
  /** Every node the slice mentions, once each. */
  readonly nodes: readonly ProcessNode[];
  /**
   * For each node whose children are (partly) included, keyed by node id: the included
   * children's ids in start-time order. It is a prefix of the full order (what
   * `process.children(id, 0, n)` returns), except that a lineage node's child on the path is
   * always included, even when it lies past that prefix. A node's `childCount` says how many
   * it has in all.
   */
  readonly childrenShown: Readonly<Record<number, readonly number[]>>;
  /** Nodes below the event's process that the slice leaves out (expand with `process.children`). */
  readonly subtreeNodesCut: number;
}

/** Where an event is: its row key (`EventRow.key`) and its index in the view in force. */
export interface EventLocation {
  readonly datasetId: number;
  readonly viewId: number;
  readonly key: number;
  readonly rowIndex: number;
}

/** Formats of `export.run`: the original bodies, the records with their envelopes, or CSV. */
export type ExportFormat = 'ndjson-bodies' | 'ndjson-envelopes' | 'csv';

/** What an export can redact: environment values, arguments, user names, IP addresses. */
export type ExportRedaction = 'envs' | 'args' | 'users' | 'ips';

/** A CSV column: a `TABLE_COLUMNS` id or a field in query syntax, and its header text. */
export interface ExportColumn {
  readonly id: string;
  readonly header: string;
}

/** The star and note of one event (`share/annotations.ts`), as an export carries them. */
export interface ExportAnnotation {
  readonly starred: boolean;
  readonly note: string;
}

export interface ExportRequest {
  readonly format: ExportFormat;
  readonly redact: readonly ExportRedaction[];
  /** CSV: the visible columns in display order (ignored by the NDJSON formats). */
  readonly columns: readonly ExportColumn[];
  /** Stars and notes by event id, annotated events only; those of exported events are kept. */
  readonly annotations: Readonly<Record<string, ExportAnnotation>>;
  /** Names the file in the manifest. */
  readonly fileName: string;
}

/** Pushed at most every 100 ms while an export runs. */
export interface ExportProgress {
  readonly done: number;
  readonly total: number;
  /** Bytes of output so far. */
  readonly bytes: number;
}

export type ExportResult =
  | {
      readonly outcome: 'done';
      /** The exported file (built from chunks in the worker; a Blob crosses by reference). */
      readonly data: Blob;
      /** The manifest (JSON text): view, counts, files, redaction summary, annotations. */
      readonly manifestJson: string;
      readonly events: number;
      /** Events left out: a record that could not be read back, or redacted, as JSON. */
      readonly skipped: number;
      /** Values redacted per category. */
      readonly redacted: Readonly<Record<ExportRedaction, number>>;
      readonly annotated: number;
    }
  | { readonly outcome: 'cancelled' };

/** Typed method map: the whole request surface of the engine. */
export interface EngineApi {
  'ingest.open': (files: readonly OpenFile[], options?: OpenOptions) => IngestProgress;
  'ingest.cancel': () => IngestProgress;
  /** Answers at once: the page's liveness check while it waits for other answers. */
  'engine.ping': () => true;
  /** Rows `[start, start + count)` of the current view. */
  'rows.window': (start: number, count: number) => RowWindow;
  /** Applies a view (query, range, sort); a query with errors leaves the view as it was. */
  'view.set': (spec: ViewSpec) => ViewSummary;
  'view.facets': (requests: readonly FacetRequest[]) => FacetResult[];
  'view.histogram': (request: HistogramRequest) => Histogram;
  'event.detail': (key: number) => EventDetail;
  'problems.list': (start: number, count: number) => ProblemPage;
  /**
   * Finds an event by id (a link names the selected event by id): its row key, and its row
   * index in the current view (-1 when the view does not show it); undefined when no event of
   * the open data set has that id.
   */
  'event.locate': (eventId: string) => EventLocation | undefined;
  /** How many of these ids are events of the open data set (stars are kept across data sets). */
  'event.countPresent': (eventIds: readonly string[]) => number;
  /** The process context of the event with row key `key` (`EventRow.key`). */
  'process.tree': (key: number) => ProcessTreeSlice;
  /**
   * Children `[offset, offset + limit)` of node `nodeId` in start-time order (`limit` at most
   * 1000); the parent's `childCount` says how many there are.
   */
  'process.children': (nodeId: number, offset: number, limit: number) => ProcessNode[];
  /**
   * The name (`comm`) of the process whose identity key is `key` (what `@process.key` and
   * `@process.subtree` match), for labels; undefined when the data set has no such process or
   * no name for it.
   */
  'process.name': (key: string) => string | undefined;
  /**
   * Exports the events of the view in force, in view order (progress as `export-progress`
   * messages); a new export or `export.cancel` stops a running one, which then answers
   * `cancelled`.
   */
  'export.run': (request: ExportRequest) => ExportResult;
  /** Stops the running export; false when none runs. */
  'export.cancel': () => boolean;
  /** How the rule in force decides the event with row key `key`; undefined without a rule. */
  'rule.explain': (key: number) => RuleExplanation | undefined;
  /** Every SECL field a rule can name, by name (the rule box's suggestions). */
  'rule.fields': () => readonly SeclField[];
  /**
   * Runs every rule of a policy file (YAML text) over all loaded events (progress as
   * `policy-progress` messages); the policy's macros stay loaded for the rules typed
   * afterwards. A new run stops the one under way.
   */
  'policy.run': (yamlText: string, options: PolicyRunOptions) => PolicyReport;
  /**
   * Stops the running `policy.run` between rules (it then answers with the rules done so far,
   * `cancelled`); false when none runs.
   */
  'policy.cancel': () => boolean;
}

/** A file handed to the engine, with its path inside a dropped folder (or its name). */
export interface OpenFile {
  readonly file: File;
  readonly path: string;
}

/** How `ingest.open` reads the files (by default: all of every file). */
export interface OpenOptions {
  /**
   * Stop after this many records (events + rejected) in path order, the data set then
   * partial: a restarted engine reopens what the stopped one had read.
   */
  readonly maxRecords?: number;
  /**
   * The id of the data set this one replaces in an engine that stopped: the new id is above
   * it, so the page never mistakes answers about one for the other.
   */
  readonly datasetIdAbove?: number;
}

export type EngineMethod = keyof EngineApi;

export interface Request<M extends EngineMethod = EngineMethod> {
  readonly kind: 'request';
  readonly id: number;
  readonly method: M;
  readonly args: Parameters<EngineApi[M]>;
}

export interface CancelRequest {
  readonly kind: 'cancel';
  readonly id: number;
}

export type ToEngine = Request | CancelRequest;

export type FromEngine =
  | { readonly kind: 'ok'; readonly id: number; readonly result: unknown }
  | { readonly kind: 'error'; readonly id: number; readonly error: string }
  | { readonly kind: 'progress'; readonly progress: IngestProgress }
  | { readonly kind: 'export-progress'; readonly progress: ExportProgress }
  | { readonly kind: 'policy-progress'; readonly progress: PolicyProgress };

export function assertUnreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
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
