/**
 * The engine: owns the open data set (sources, column index, process forest, problems) inside
 * the worker and answers the page's requests (`EngineApi`). One data set at a time; opening files
 * replaces it. Loading runs as one async job that yields between chunks, so row windows
 * and event details are answered while it runs; progress snapshots are pushed every
 * 100 ms. Search lives in `SearchView`: `view.set` puts a query, time range and sort in
 * force, first adding any field the index lacks by a pass over the raw events (the slow path,
 * announced in the progress as `indexing`). The view order is ingest order while loading
 * and the chosen sort once ready.
 */
import { analyzeItem } from '../ingest/parse/analyze-item';
import { loadValidators } from '../ingest/validate/validators';
import { parseRecord } from '../ingest/parse/parse-record';
import { ingestFile, type IngestSink } from '../ingest/ingest-file';
import type { Spool } from '../ingest/read/spool';
import { EventIndex } from '../index/event-index';
import { NO_PROCESS, ProcessForest } from '../index/process-forest';
import { ProcessTotals } from '../index/process-totals';
import { childrenPage, processTreeSlice } from '../index/process-tree-slice';
import { eventHost } from '../query/process-identity';
import type { QueryNode } from '../query/ast';
import { fieldsOf } from '../query/evaluate';
import { fieldRefFromName } from '../query/field-ref';
import { parseQuery } from '../query/parse';
import { SearchView, type KeyFilter } from '../search/search-view';
import { EventIdLookup, idsFilter } from './event-ids';
import { explainRule, resultName } from '../rules/explain';
import { ruleNotes, runPolicy } from '../rules/policy-run';
import { rulePaths } from '../rules/rule-columns';
import { RuleSession } from '../rules/rule-session';
import { tallyResults } from '../rules/rule-tally';
import type { Tri } from '../secl';
import { PolicyRuns } from '../rules/policy-runs';
import { scanRawEvents } from './raw-scan';
import { displayCopy } from './display-copy';
import { ExportRuns, runExport } from './export-job';
import { createSpool } from './worker-spool';
import { EMPTY_COUNTS } from '../protocol/messages';
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
  IndexingProgress,
  QueryErrorInfo,
  ViewSpec,
  ViewSummary,
  EventDetail,
  ExportProgress,
  ExportRequest,
  ExportResult,
  IngestCounts,
  IngestProgress,
  LoadState,
  OpenFile,
  OpenOptions,
  Problem,
  ProblemPage,
  ProcessNode,
  ProcessTreeSlice,
  RowWindow,
  SourceSummary,
} from '../protocol/messages';

const PROGRESS_INTERVAL_MS = 100;
/** Problems kept for listing; all are counted. */
const MAX_PROBLEMS_KEPT = 10_000;
const MAX_WINDOW_ROWS = 1_000;
/** The record text sent to the detail view is cut past this many characters. */
const MAX_RAW_CHARS = 1_000_000;

interface Source {
  readonly file: File;
  readonly path: string;
  fingerprint: string | undefined;
  format: string;
  compressed: boolean;
  events: number;
  rejected: number;
  readBytes: number;
  state: SourceSummary['state'];
  spool: Spool | undefined;
}

function emptyCounts(): { -readonly [K in keyof IngestCounts]: number } {
  return { ...EMPTY_COUNTS };
}

export class Engine {
  private index = new EventIndex();
  private forest = new ProcessForest();
  private processTotals = new ProcessTotals(this.forest);
  private view = this.newView();
  /** SECL rules: the policy macros in use, compiled rules, the rule filter in force. */
  private readonly rules = new RuleSession();
  /** Body paths being added to the index; queries on them wait for `indexingDone`. */
  private filling = new Set<string>();
  private indexingDone: Promise<void> = Promise.resolve();
  private indexing: IndexingProgress | undefined;
  private sources: Source[] = [];
  private problems: Problem[] = [];
  private counts = emptyCounts();
  private state: LoadState = 'idle';
  private generation = 0;
  private cancelRequested = false;
  /** `ingest.open`'s `maxRecords`: records past it are not read. */
  private recordLimit = Infinity;
  private startedAt = 0;
  private finishedAt: number | undefined;
  private error: string | undefined;
  private readonly exports = new ExportRuns();
  private readonly policies = new PolicyRuns();

  constructor(private readonly publish: (progress: IngestProgress) => void) {}

  async open(files: readonly OpenFile[], options: OpenOptions = {}): Promise<IngestProgress> {
    this.reset();
    this.generation = Math.max(this.generation, (options.datasetIdAbove ?? 0) + 1);
    this.recordLimit = options.maxRecords ?? Infinity;
    const generation = this.generation;
    this.state = 'loading';
    this.startedAt = performance.now();
    this.sources = [...files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map(({ file, path }) => ({
        file,
        path,
        fingerprint: undefined,
        format: '',
        compressed: false,
        events: 0,
        rejected: 0,
        readBytes: 0,
        state: 'queued',
        spool: undefined,
      }));
    const timer = setInterval(() => this.publish(this.progress()), PROGRESS_INTERVAL_MS);
    try {
      for (let i = 0; i < this.sources.length; i++) {
        if (this.isStopped(generation)) break;
        const outOfMemory = await this.readSource(i, generation);
        if (outOfMemory) {
          // Reading on would only fail again: keep what was read, say why the rest is not.
          const path = this.sources[i]?.path ?? '';
          throw new Error(
            `the tab ran out of memory while reading ${path} after ${this.counts.events} events: ` +
              'the events read so far are kept, the rest was not read. Open fewer files or a ' +
              'smaller time slice.',
          );
        }
      }
    } catch (error) {
      this.error = error instanceof Error ? `${error.message}` : String(error);
    } finally {
      clearInterval(timer);
    }
    if (generation !== this.generation) return this.progress();
    this.state = this.error === undefined ? 'ready' : 'error';
    // The view is re-run at the end so its rows are in their final order at once.
    this.view.refresh();
    this.finishedAt = performance.now();
    const progress = this.progress();
    this.publish(progress);
    return progress;
  }

  cancel(): IngestProgress {
    if (this.state === 'loading') this.cancelRequested = true;
    return this.progress();
  }

  reset(): IngestProgress {
    this.generation++;
    for (const source of this.sources) source.spool?.close();
    this.index = new EventIndex();
    this.forest = new ProcessForest();
    this.processTotals = new ProcessTotals(this.forest);
    this.view = this.newView();
    this.filling = new Set();
    this.indexingDone = Promise.resolve();
    this.indexing = undefined;
    this.sources = [];
    this.problems = [];
    this.counts = emptyCounts();
    this.state = 'idle';
    this.cancelRequested = false;
    this.finishedAt = undefined;
    this.error = undefined;
    return this.progress();
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
      const row = this.index.row(
        key,
        i,
        this.eventId(key),
        this.sourceName(key),
        this.extraFields(key),
      );
      rows.push(
        ruleResults === undefined
          ? row
          : { ...row, ruleResult: resultName(ruleResults[key] as Tri) },
      );
    }
    return {
      datasetId: this.generation,
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
    const generation = this.generation;
    const parsed = parseQuery(spec.query);
    const rule =
      spec.rule === undefined || spec.rule === '' ? undefined : this.rules.compile(spec.rule);
    const ruleErrors = rule === undefined || rule.ok ? [] : rule.errors;
    if (!parsed.ok || ruleErrors.length > 0) {
      this.view.refresh();
      return this.summary(started, parsed.ok ? [] : [parsed.error], ruleErrors);
    }
    const slow = this.fieldsToIndex(parsed.ast, spec);
    if (slow.length > 0) await this.indexFields(slow, generation);
    if (generation !== this.generation) throw new Error('another data set was opened');
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
    if (spec.ids !== undefined) filters.push(idsFilter(this.idLookup(), spec.ids));
    const rule = this.rules.ruleOf(spec.rule);
    if (rule !== undefined) filters.push(this.rules.filter(rule, this.index.fields));
    return filters;
  }

  private idLookup(): EventIdLookup {
    return new EventIdLookup(
      this.index,
      (s) => this.sources[s]?.fingerprint,
      () => this.sources.length,
      (key) => this.eventId(key),
    );
  }

  /** How the rule in force decides the event `key`; undefined when no rule is in force. */
  ruleExplain(key: number): RuleExplanation | undefined {
    this.checkEventKey(key);
    const rule = this.rules.ruleOf(this.view.spec.rule);
    if (rule === undefined) return undefined;
    return explainRule(rule, this.index.fields, key, this.rules.undecidedLoadOf(rule));
  }

  /** The rule in force's result per event key, or undefined without a rule. */
  private ruleResults(): Uint8Array | undefined {
    const rule = this.rules.ruleOf(this.view.spec.rule);
    if (rule === undefined) return undefined;
    return this.rules.filter(rule, this.index.fields).results(this.index.count);
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
    const generation = this.generation;
    return this.policies.start((stop) =>
      runPolicy(yamlText, options, {
        datasetId: generation,
        indexPaths: (paths) => this.indexFields(paths, generation),
        fields: () => this.index.fields,
        count: () => this.index.count,
        stopped: () => generation !== this.generation,
        keepPolicy: (policy) => this.rules.usePolicy(policy),
        indexing: () => this.indexing,
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
      datasetId: this.generation,
      viewId: this.view.viewId,
      spec: this.view.spec,
      errors,
      matching: tally?.matched ?? this.view.keys.length,
      undecided: tally?.undecided ?? 0,
      total: this.index.count,
      counts: { ...this.counts },
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
    return [...used].filter(
      (path) => this.filling.has(path) || this.index.fields.get(`@${path}`) === undefined,
    );
  }

  /** Adds `paths` to the index (one raw pass for all of them) after any pass under way. */
  private indexFields(paths: readonly string[], generation: number): Promise<void> {
    const fresh = paths.filter(
      (p) => !this.filling.has(p) && this.index.fields.get(`@${p}`) === undefined,
    );
    if (fresh.length === 0) return this.indexingDone;
    for (const path of fresh) this.filling.add(path);
    const run = async () => {
      try {
        await this.backfill(fresh, generation);
      } finally {
        if (generation === this.generation) for (const path of fresh) this.filling.delete(path);
      }
    };
    const job = this.indexingDone.then(run);
    // The chain goes on after a failed pass; the view that asked for it gets the error.
    this.indexingDone = job.catch(() => undefined);
    return job;
  }

  private async backfill(paths: readonly string[], generation: number): Promise<void> {
    const added = paths.map((path) => this.index.fields.addBodyPath(path));
    const count = this.index.count;
    const names = paths.map((p) => `@${p}`);
    let lastPublish = 0;
    this.indexing = { fields: names, done: 0, total: count };
    this.publish(this.progress());
    try {
      const finished = await scanRawEvents({
        index: this.index,
        sources: this.sources.map((s) => ({ file: s.file, spool: s.spool })),
        count,
        visit: (key, body, envelope) => {
          for (const { column, extract } of added) column.set(key, extract(body, envelope));
        },
        progress: (done) => {
          this.indexing = { fields: names, done, total: count };
          const now = performance.now();
          if (now - lastPublish >= PROGRESS_INTERVAL_MS) {
            lastPublish = now;
            this.publish(this.progress());
          }
        },
        stopped: () => generation !== this.generation,
      });
      if (!finished) throw new Error('another data set was opened');
    } catch (error) {
      for (const name of names) this.index.fields.remove(name);
      throw error;
    } finally {
      if (generation === this.generation) {
        this.indexing = undefined;
        this.publish(this.progress());
      }
    }
  }

  private newView(): SearchView {
    return new SearchView({
      index: this.index,
      fields: this.index.fields,
      forest: this.forest,
      eventId: (key) => this.eventId(key),
      isLoading: () => this.state === 'loading',
    });
  }

  eventLocate(eventId: string): EventLocation | undefined {
    const key = this.idLookup().keyOf(eventId);
    if (key === undefined) return undefined;
    return {
      datasetId: this.generation,
      viewId: this.view.viewId,
      key,
      rowIndex: this.view.keys.indexOf(key),
    };
  }

  eventCountPresent(eventIds: readonly string[]): number {
    return this.idLookup().keysOf(eventIds).length;
  }

  processTree(key: number): ProcessTreeSlice {
    this.checkEventKey(key);
    return processTreeSlice(this.forest, this.processTotals, key, this.generation);
  }

  processChildren(nodeId: number, offset: number, limit: number): ProcessNode[] {
    if (!Number.isInteger(nodeId) || nodeId < 1 || nodeId >= this.forest.nodeCount) {
      throw new Error(`no process node ${nodeId} in the open data set`);
    }
    return childrenPage(this.forest, this.processTotals, nodeId, offset, limit);
  }

  processName(key: string): string | undefined {
    const id = this.forest.nodeOfKey(key);
    if (id === NO_PROCESS) return undefined;
    const name = this.forest.nodes.comm.get(id);
    return name === '' ? undefined : name;
  }

  private checkEventKey(key: number): void {
    if (!Number.isInteger(key) || key < 0 || key >= this.index.count) {
      throw new Error(`no event ${key} in the open data set`);
    }
  }

  async eventDetail(key: number): Promise<EventDetail> {
    this.checkEventKey(key);
    const location = this.index.location(key);
    const source = this.sources[location.source];
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
      row: this.index.row(key, -1, this.eventId(key), this.sourceName(key), this.extraFields(key)),
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
    const generation = this.generation;
    return this.exports.start(async (stopped) => {
      // CSV cells of field columns are read from the index: add any it lacks first.
      const paths =
        request.format !== 'csv'
          ? []
          : request.columns.flatMap((c) => {
              const ref = fieldRefFromName(c.id);
              return ref?.scope === 'body' ? [ref.path] : [];
            });
      if (paths.length > 0) await this.indexFields(paths, generation);
      const view = this.view;
      const data = {
        keys: view.keys,
        spec: view.spec,
        index: this.index,
        sources: this.sources.map((s) => ({
          file: s.file,
          spool: s.spool,
          path: s.path,
          fingerprint: s.fingerprint,
          sizeBytes: s.file.size,
          events: s.events,
        })),
        eventId: (key: number) => this.eventId(key),
        row: (key: number) => this.index.row(key, -1, this.eventId(key), this.sourceName(key)),
        fieldText: (field: string, key: number) => view.fieldText(field, key),
      };
      return runExport(data, request, {
        report,
        stopped: () => stopped() || generation !== this.generation,
      });
    });
  }

  exportCancel(): boolean {
    return this.exports.cancel();
  }

  problemsList(start: number, count: number): ProblemPage {
    const from = Math.max(0, Math.floor(start));
    return {
      total: this.counts.problems,
      problems: this.problems.slice(from, from + Math.max(0, Math.min(count, 1000))),
    };
  }

  progress(): IngestProgress {
    const end = this.finishedAt ?? performance.now();
    return {
      datasetId: this.generation,
      state: this.state,
      counts: { ...this.counts },
      bytesRead: this.sources.reduce((n, s) => n + s.readBytes, 0),
      bytesTotal: this.sources.reduce((n, s) => n + s.file.size, 0),
      elapsedMs: this.state === 'idle' ? 0 : end - this.startedAt,
      sources: this.sources.map((s) => ({
        name: s.file.name,
        path: s.path,
        sizeBytes: s.file.size,
        fingerprint: s.fingerprint,
        format: s.format,
        compressed: s.compressed,
        events: s.events,
        rejected: s.rejected,
        state: s.state,
      })),
      partial:
        this.sources.some(
          (s) => s.state === 'cancelled' || s.state === 'failed' || s.state === 'queued',
        ) && this.state !== 'loading',
      error: this.error,
      indexBytes: this.index.byteLength + this.index.fields.byteLength + this.forest.byteLength,
      indexing: this.indexing,
      fieldsWithValues: this.index.fields.namesWithValues(),
    };
  }

  private isStopped(generation: number): boolean {
    return this.isPastEnd(generation) || this.cancelRequested;
  }

  /** Another data set was opened, or the record limit is reached: what comes is not kept. */
  private isPastEnd(generation: number): boolean {
    return generation !== this.generation || this.counts.records >= this.recordLimit;
  }

  /** Reads one source into the index; true when it stopped because memory ran out. */
  private async readSource(sourceIndex: number, generation: number): Promise<boolean> {
    const source = this.sources[sourceIndex] as Source;
    source.state = 'reading';
    const sink: IngestSink = {
      event: (e) => {
        if (this.isPastEnd(generation)) return;
        const key = this.index.append(sourceIndex, e);
        this.forest.addEvent(key, e.body, eventHost(e.body, e.envelope?.host));
        source.events++;
        this.counts.records++;
        this.counts.events++;
        this.counts[e.validity]++;
      },
      problem: (p) => {
        if (this.isPastEnd(generation)) return;
        if (p.kind === 'record') {
          source.rejected++;
          this.counts.records++;
          this.counts.rejected++;
        }
        this.counts.problems++;
        if (this.problems.length < MAX_PROBLEMS_KEPT) this.problems.push(p);
      },
      blankLine: () => {
        if (!this.isPastEnd(generation)) this.counts.blankLines++;
      },
      bytesRead: (total) => {
        source.readBytes = total;
      },
      cancelled: () => this.isStopped(generation),
      createSpool,
      spooling: (spool) => {
        source.spool = spool;
      },
    };
    const result = await ingestFile(source.file, source.path, sink);
    source.fingerprint = result.fingerprint;
    source.compressed = result.compressed;
    source.format = result.format;
    source.state = result.outcome;
    return result.outOfMemory;
  }

  private extraFields(key: number): Record<string, string> {
    const fields: Record<string, string> = {};
    for (const field of this.view.spec.fields) fields[field] = this.view.fieldText(field, key);
    return fields;
  }

  private eventId(key: number): string {
    return this.index.eventId(key, (s) => this.sources[s]?.fingerprint ?? 'pending');
  }

  private sourceName(key: number): string {
    return this.sources[this.index.source[key] as number]?.path ?? '';
  }
}
