/**
 * The wire contract between the main thread and the engine worker.
 *
 * Owns: the typed method map (`EngineApi`, names in `domain.verb` form) and the request /
 * answer envelopes. The DTOs that cross the boundary live beside it, one file per domain
 * (`ingest`, `view`, `rules`, `detail`, `export`, `lanes`, `compare`), and are re-exported here. No DOM, no React,
 * no runtime dependencies: both `client/` and `worker/` import these files.
 *
 * Invariants: only DTOs of bounded size cross (a row window, one event's detail, a page of
 * problems); the data set itself never does.
 */

import type { CompareExportFormat, CompareResult } from './compare';
import type { EventDetail, ProcessNode, ProcessTreeSlice } from './detail';
import type { ExportProgress, ExportRequest, ExportResult } from './export';
import type { IngestProgress, OpenFile, OpenOptions, ProblemPage } from './ingest';
import type { LaneSet, LanesScope } from './lanes';
import type {
  PolicyProgress,
  PolicyReport,
  PolicyRunOptions,
  RuleExplanation,
  SeclField,
} from './rules';
import type {
  EventLocation,
  FacetRequest,
  FacetResult,
  Histogram,
  HistogramRequest,
  RowWindow,
  ViewSpec,
  ViewSummary,
} from './view';

export * from './ingest';
export * from './view';
export * from './rules';
export * from './detail';
export * from './export';
export * from './lanes';
export * from './compare';

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
   * One lane per task of the scope (an event's process family, or the processes of the view
   * in force), in tree order, with its lifetime, images and events (typed arrays, transferred).
   */
  'process.lanes': (scope: LanesScope) => LaneSet;
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
  /**
   * Opens files as the baseline to compare the open data set with, beside it (progress as
   * `compare-progress` messages); a new baseline replaces the one before.
   */
  'compare.open': (files: readonly OpenFile[], options?: OpenOptions) => IngestProgress;
  /** Compares the open data set with the baseline; undefined while either is not loaded. */
  'compare.run': () => CompareResult | undefined;
  /** Every item of the comparison as CSV or JSON text. */
  'compare.export': (format: CompareExportFormat) => string;
  /** Closes the baseline. */
  'compare.close': () => IngestProgress;
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
  | { readonly kind: 'policy-progress'; readonly progress: PolicyProgress }
  | { readonly kind: 'compare-progress'; readonly progress: IngestProgress };

export function assertUnreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}
