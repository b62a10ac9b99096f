/**
 * The engine: answers the page's requests (`EngineApi`) over the open data set (`DataSet`:
 * sources, column index, process forest, problems), which opening files replaces whole. Loading
 * (`ingest-job.ts`) runs as one async job that yields between chunks, so row windows and event
 * details are answered while it runs; progress snapshots are pushed every 100 ms. Search lives
 * in `SearchView`: `view.set` puts a query, time range and sort in force, first adding any
 * field the index lacks by a pass over the raw events (`field-indexing.ts`, announced in the
 * progress as `indexing`). The view order is ingest order while loading and the chosen sort
 * once ready.
 */
import { analyzeItem } from '../ingest/parse/analyze-item';
import { loadValidators } from '../ingest/validate/validators';
import { parseRecord } from '../ingest/parse/parse-record';
import { NO_PROCESS } from '../index/process-forest';
import { childrenPage, processTreeSlice } from '../index/process-tree-slice';
import { buildLanes } from '../index/process-lanes';
import type { QueryNode } from '../query/ast';
import { fieldsOf } from '../query/evaluate';
import { fieldRefFromName } from '../query/field-ref';
import { parseQuery } from '../query/parse';
import { SearchView, type KeyFilter } from '../search/search-view';
import { idsFilter } from './event-ids';
import { DataSet } from './data-set';
import { FieldIndexing } from './field-indexing';
import { loadDataSet } from './ingest-job';
import { createParsePool, defaultPoolSize, type ParsePool } from './pool/parse-pool';
import { explainRule, resultName } from '../rules/explain';
import { ruleNotes, runPolicy } from '../rules/policy-run';
import { rulePaths } from '../rules/rule-columns';
import { RuleSession } from '../rules/rule-session';
import { tallyResults } from '../rules/rule-tally';
import type { Tri } from '../secl';
import { PolicyRuns } from '../rules/policy-runs';
import { displayCopy } from './display-copy';
import { ExportRuns } from '../export/export-run';
import { runExport } from './export-job';
import { BaselineCompare } from './baseline-compare';
import type {
  PolicyProgress,
  PolicyReport,
  PolicyRunOptions,
  RuleExplanation,
  EventLocation,
  FacetRequest,
  FacetResult,
  Histogram,
  HistogramRequest,
  QueryErrorInfo,
  ViewSpec,
  ViewSummary,
  EventDetail,
  ExportProgress,
  ExportRequest,
  ExportResult,
  CompareExportFormat,
  CompareResult,
  IngestProgress,
  OpenFile,
  OpenOptions,
  ProblemPage,
  ProcessNode,
  ProcessTreeSlice,
  RowWindow,
  LaneSet,
  LanesScope,
} from '../protocol/messages';
import { MAX_RAW_CHARS } from '../protocol/messages';

const MAX_WINDOW_ROWS = 1_000;

export class Engine {
  private data = new DataSet(0);
  private fieldIndexing: FieldIndexing;
  private view = this.newView();
  /** SECL rules: the policy macros in use, compiled rules, the rule filter in force. */
  private readonly rules = new RuleSession();
  private readonly exports = new ExportRuns();
  private readonly policies = new PolicyRuns();
  private pool: ParsePool | undefined;
  /** The baseline the open data set is compared with (its progress goes to `publishBaseline`). */
  private readonly comparison: BaselineCompare;

  constructor(
    private readonly publish: (progress: IngestProgress) => void,
    publishBaseline: (progress: IngestProgress) => void = () => undefined,
  ) {
    this.fieldIndexing = new FieldIndexing(this.data, publish);
    this.comparison = new BaselineCompare(publishBaseline);
    // Parsing workers take a moment to start: they start with the engine, not with a file.
    this.parsePool().warm();
  }

  async open(files: readonly OpenFile[], options: OpenOptions = {}): Promise<IngestProgress> {
    const id = Math.max(this.data.id + 1, (options.datasetIdAbove ?? 0) + 1);
    const data = this.replace(new DataSet(id, files, options.maxRecords ?? Infinity));
    await loadDataSet(data, this.publish, this.parsePool(options.parseWorkers));
    if (data.closed) return this.data.progress();
    data.state = data.error === undefined ? 'ready' : 'error';
    // The view is re-run at the end so its rows are in their final order at once.
    this.view.refresh();
    data.finishedAt = performance.now();
    const progress = data.progress();
    this.publish(progress);
    return progress;
  }

  /** The pool of parsing workers, of the size asked for (one per core by default). */
  private parsePool(size = defaultPoolSize()): ParsePool {
    const wanted = Math.max(1, Math.min(Math.floor(size), 64));
    if (this.pool?.size !== wanted) {
      this.pool?.close();
      this.pool = createParsePool(wanted);
    }
    return this.pool;
  }

  cancel(): IngestProgress {
    if (this.data.state === 'loading') this.data.cancelRequested = true;
    return this.data.progress();
  }

  reset(): IngestProgress {
    return this.replace(new DataSet(this.data.id + 1)).progress();
  }

  /** Puts `data` in place of the open data set, which is closed, with a new view. */
  private replace(data: DataSet): DataSet {
    this.data.close();
    this.data = data;
    this.fieldIndexing = new FieldIndexing(data, this.publish);
    this.view = this.newView();
    return data;
  }

  rowsWindow(start: number, count: number): RowWindow {
    const keys = this.view.keys;
    const total = keys.length;
    const from = Math.max(0, Math.min(Math.floor(start), total));
    const to = Math.min(total, from + Math.max(0, Math.min(Math.floor(count), MAX_WINDOW_ROWS)));
    const rows = [];
    const ruleResults = this.ruleResults();
    for (let i = from; i < to; i++) {
      const key = keys[i] as number;
      const row = this.data.index.row(
        key,
        i,
        this.data.eventId(key),
        this.data.sourceName(key),
        this.extraFields(key),
      );
      rows.push(
        ruleResults === undefined
          ? row
          : { ...row, ruleResult: resultName(ruleResults[key] as Tri) },
      );
    }
    return {
      datasetId: this.data.id,
      viewId: this.view.viewId,
      totalRows: total,
      rowOffset: from,
      rows,
    };
  }

  /**
   * Puts a view in force. A query with a syntax error leaves the previous one in force (its
   * rows refreshed) and comes back with the error. Fields the index lacks are first read
   * from the raw events (the slow path); the answer names them.
   */
  async viewSet(spec: ViewSpec): Promise<ViewSummary> {
    const started = performance.now();
    const data = this.data;
    const parsed = parseQuery(spec.query);
    const rule =
      spec.rule === undefined || spec.rule === '' ? undefined : this.rules.compile(spec.rule);
    const ruleErrors = rule === undefined || rule.ok ? [] : rule.errors;
    if (!parsed.ok || ruleErrors.length > 0) {
      this.view.refresh();
      return this.summary(started, parsed.ok ? [] : [parsed.error], ruleErrors);
    }
    const slow = this.fieldsToIndex(parsed.ast, spec);
    if (slow.length > 0) await this.fieldIndexing.add(slow);
    if (data.closed) throw new Error('another data set was opened');
    this.view.apply(
      spec,
      parsed.ast,
      { fields: slow.map((path) => `@${path}`), ms: performance.now() - started },
      this.viewFilters(spec),
    );
    return this.summary(started, []);
  }

  /** The restrictions of a view beyond its query and time range. */
  private viewFilters(spec: ViewSpec): KeyFilter[] {
    const filters: KeyFilter[] = [];
    if (spec.ids !== undefined) filters.push(idsFilter(this.data.idLookup(), spec.ids));
    const rule = this.rules.ruleOf(spec.rule);
    if (rule !== undefined) filters.push(this.rules.filter(rule, this.data.index.fields));
    return filters;
  }

  /** How the rule in force decides the event `key`; undefined when no rule is in force. */
  ruleExplain(key: number): RuleExplanation | undefined {
    this.data.checkEventKey(key);
    const rule = this.rules.ruleOf(this.view.spec.rule);
    if (rule === undefined) return undefined;
    return explainRule(rule, this.data.index.fields, key, this.rules.undecidedLoadOf(rule));
  }

  /** The rule in force's result per event key, or undefined without a rule. */
  private ruleResults(): Uint8Array | undefined {
    const rule = this.rules.ruleOf(this.view.spec.rule);
    if (rule === undefined) return undefined;
    return this.rules.filter(rule, this.data.index.fields).results(this.data.index.count);
  }

  /**
   * Runs a policy file over every loaded event; its macros stay for later rules. A new run or
   * `policyCancel` stops the one under way.
   */
  policyRun(
    yamlText: string,
    options: PolicyRunOptions,
    report: (progress: PolicyProgress) => void = () => undefined,
  ): Promise<PolicyReport> {
    const data = this.data;
    const fieldIndexing = this.fieldIndexing;
    return this.policies.start((stop) =>
      runPolicy(yamlText, options, {
        datasetId: data.id,
        indexPaths: (paths) => fieldIndexing.add(paths),
        fields: () => data.index.fields,
        count: () => data.index.count,
        stopped: () => data.closed,
        keepPolicy: (policy) => this.rules.usePolicy(policy),
        indexing: () => data.indexing,
        report,
        stop,
      }),
    );
  }

  /** Stops the policy run under way between rules; false when none runs. */
  policyCancel(): boolean {
    return this.policies.cancel();
  }

  viewFacets(requests: readonly FacetRequest[]): FacetResult[] {
    return this.view.facets(requests);
  }

  viewHistogram(request: HistogramRequest): Histogram {
    return this.view.histogram(request);
  }

  private summary(
    started: number,
    errors: readonly QueryErrorInfo[],
    ruleErrors: readonly QueryErrorInfo[] = [],
  ): ViewSummary {
    const results = this.ruleResults();
    // With a rule, the view holds its matches and the events it leaves undecided.
    const tally = results === undefined ? undefined : tallyResults(results, this.view.keys);
    const rule = this.rules.ruleOf(this.view.spec.rule);
    return {
      datasetId: this.data.id,
      viewId: this.view.viewId,
      spec: this.view.spec,
      errors,
      matching: tally?.matched ?? this.view.keys.length,
      undecided: tally?.undecided ?? 0,
      total: this.data.index.count,
      counts: { ...this.data.counts },
      slowFields: this.view.slowFields,
      slowMs: this.view.slowMs,
      elapsedMs: performance.now() - started,
      ruleErrors,
      ruleNotes: ruleNotes(rule?.unknownNotes ?? []),
      ruleUndecidedLoad: rule === undefined ? undefined : this.rules.undecidedLoadOf(rule),
    };
  }

  /** Body paths a view needs (query, extra fields, sort) that the index lacks or is filling. */
  private fieldsToIndex(ast: QueryNode, spec: ViewSpec): string[] {
    const used = new Set(fieldsOf(ast).flatMap((f) => (f.scope === 'body' ? [f.path] : [])));
    for (const name of [...spec.fields, spec.sort.column]) {
      const ref = fieldRefFromName(name);
      if (ref?.scope === 'body') used.add(ref.path);
    }
    const rule = this.rules.ruleOf(spec.rule);
    for (const path of rule === undefined ? [] : rulePaths(rule)) used.add(path);
    return [...used].filter((path) => this.fieldIndexing.lacks(path));
  }

  private newView(): SearchView {
    return new SearchView({
      index: this.data.index,
      fields: this.data.index.fields,
      forest: this.data.forest,
      eventId: (key) => this.data.eventId(key),
      isLoading: () => this.data.state === 'loading',
    });
  }

  eventLocate(eventId: string): EventLocation | undefined {
    const key = this.data.idLookup().keyOf(eventId);
    if (key === undefined) return undefined;
    return {
      datasetId: this.data.id,
      viewId: this.view.viewId,
      key,
      rowIndex: this.view.keys.indexOf(key),
    };
  }

  eventCountPresent(eventIds: readonly string[]): number {
    return this.data.idLookup().keysOf(eventIds).length;
  }

  processTree(key: number): ProcessTreeSlice {
    this.data.checkEventKey(key);
    return processTreeSlice(this.data.forest, this.data.processTotals, key, this.data.id);
  }

  processChildren(nodeId: number, offset: number, limit: number): ProcessNode[] {
    if (!Number.isInteger(nodeId) || nodeId < 1 || nodeId >= this.data.forest.nodeCount) {
      throw new Error(`no process node ${nodeId} in the open data set`);
    }
    return childrenPage(this.data.forest, this.data.processTotals, nodeId, offset, limit);
  }

  processLanes(scope: LanesScope): LaneSet {
    if (scope.kind === 'family') this.data.checkEventKey(scope.eventKey);
    const data = this.data;
    return buildLanes(
      {
        forest: data.forest,
        totals: data.processTotals,
        index: data.index,
        eventNode: data.forest.eventNode,
        datasetId: data.id,
        eventId: (key) => data.eventId(key),
        viewKeys: () => this.view.keys,
      },
      scope,
    );
  }

  processName(key: string): string | undefined {
    const id = this.data.forest.nodeOfKey(key);
    if (id === NO_PROCESS) return undefined;
    const name = this.data.forest.nodes.comm.get(id);
    return name === '' ? undefined : name;
  }

  async eventDetail(key: number): Promise<EventDetail> {
    this.data.checkEventKey(key);
    const location = this.data.index.location(key);
    const source = this.data.sources[location.source];
    if (source === undefined) throw new Error("the event's source is gone");
    const end = location.offset + location.length;
    const bytes =
      source.spool === undefined
        ? new Uint8Array(await source.file.slice(location.offset, end).arrayBuffer())
        : await source.spool.read(location.offset, location.length);
    const parsed = parseRecord(bytes, false);
    if (parsed.kind !== 'items') throw new Error('the event could not be read again from its file');
    const itemIndex = location.item === 0 ? 0 : location.item - 1;
    const first = analyzeItem(parsed.items[itemIndex], parsed.badEncoding);
    if (first.kind === 'pending') await loadValidators(first.schemas);
    const analyzed = first.kind === 'pending' ? first.finish() : first;
    if (analyzed.kind !== 'event') throw new Error(analyzed.reason);
    const display = displayCopy(parsed.text, parsed.single, itemIndex, analyzed);
    return {
      row: this.data.index.row(
        key,
        -1,
        this.data.eventId(key),
        this.data.sourceName(key),
        this.extraFields(key),
      ),
      bodyJson: display.bodyJson,
      envelopeJson: display.envelopeJson,
      rawText:
        parsed.text.length > MAX_RAW_CHARS ? parsed.text.slice(0, MAX_RAW_CHARS) : parsed.text,
      rawTruncated: parsed.text.length > MAX_RAW_CHARS,
      findings: analyzed.findings,
      schema: analyzed.schema,
      schemaBestFit: analyzed.bestFit,
      source: source.path,
      line: location.line,
      byteOffset: location.offset,
    };
  }

  /** Exports the view in force (`export-job.ts`); a new export stops the one running. */
  exportRun(
    request: ExportRequest,
    report: (progress: ExportProgress) => void,
  ): Promise<ExportResult> {
    const { data, view, fieldIndexing } = this;
    return this.exports.start(async (stopped) => {
      // CSV cells of field columns are read from the index: add any it lacks first.
      const paths =
        request.format !== 'csv'
          ? []
          : request.columns.flatMap((c) => {
              const ref = fieldRefFromName(c.id);
              return ref?.scope === 'body' ? [ref.path] : [];
            });
      if (paths.length > 0) await fieldIndexing.add(paths);
      const exported = {
        keys: view.keys,
        spec: view.spec,
        index: data.index,
        sources: data.sources.map((s) => ({
          file: s.file,
          spool: s.spool,
          path: s.path,
          fingerprint: s.fingerprint,
          sizeBytes: s.file.size,
          events: s.events,
        })),
        eventId: (key: number) => data.eventId(key),
        row: (key: number) => data.index.row(key, -1, data.eventId(key), data.sourceName(key)),
        fieldText: (field: string, key: number) => view.fieldText(field, key),
      };
      return runExport(exported, request, {
        report,
        stopped: () => stopped() || data.closed,
      });
    });
  }

  exportCancel(): boolean {
    return this.exports.cancel();
  }

  compareOpen(files: readonly OpenFile[], options: OpenOptions = {}): Promise<IngestProgress> {
    return this.comparison.open(files, options);
  }

  compareRun(): CompareResult | undefined {
    return this.comparison.run(this.data);
  }

  compareExport(format: CompareExportFormat): string {
    return this.comparison.export(this.data, format);
  }

  compareClose(): IngestProgress {
    return this.comparison.close();
  }

  problemsList(start: number, count: number): ProblemPage {
    return this.data.problemsPage(start, count);
  }

  progress(): IngestProgress {
    return this.data.progress();
  }

  private extraFields(key: number): Record<string, string> {
    const fields: Record<string, string> = {};
    for (const field of this.view.spec.fields) fields[field] = this.view.fieldText(field, key);
    return fields;
  }
}
