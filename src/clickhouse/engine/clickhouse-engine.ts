/**
 * The page's engine over a ClickHouse server: every `EngineApi` request answered by SQL over
 * the `events`, `problems` and `sources` tables (clickhouse/ddl/single.sql), with the same
 * answers the in-tab engine gives. Requests of the same kind supersede each other: a new row
 * window, view, facet or histogram request aborts the one before it on the server.
 *
 * Not on this source: opening files (they are loaded with `npm run clickhouse:load`), and the
 * requests in `NOT_ON_THIS_SOURCE`, which fail with a message the page shows.
 */
import type { Engine, EngineResult } from '../../client/engine';
import type {
  EngineApi,
  EngineMethod,
  ExportProgress,
  ExportRequest,
  ExportResult,
  FacetRequest,
  HistogramRequest,
  IngestProgress,
  ProblemPage,
  ViewSpec,
  ViewSummary,
} from '../../protocol/messages';
import { DEFAULT_SORT } from '../../protocol/messages';
import { ExportRuns, runExportJob } from '../../export/export-run';
import { seclFields } from '../../rules/secl-fields';
import { ParamBag } from '../sql/params';
import type { SqlCompiler } from './compiler';
import { datasetProgress } from './dataset-counts';
import { eventDetailFromSql } from './event-detail-sql';
import { clickHouseExportInput } from './export-sql';
import { facetFromSql } from './facets-sql';
import { histogramFromSql } from './histogram-sql';
import { ProcessFamilies } from './process-family-sql';
import { ProcessLaneSets } from './process-lanes-sql';
import { SessionNumbers } from './session-numbers';
import type { SqlClient } from './sql-client';
import { viewCondition } from './view-filter';
import { ViewRows } from './view-rows';

/** Requests a ClickHouse source does not answer yet, and what the page says instead. */
const NOT_ON_THIS_SOURCE = {
  'ingest.open': 'files are loaded into ClickHouse with npm run clickhouse:load',
  'compare.open': 'comparing with a baseline is not available on a ClickHouse source yet',
  'compare.run': 'comparing with a baseline is not available on a ClickHouse source yet',
  'compare.export': 'comparing with a baseline is not available on a ClickHouse source yet',
  'policy.run': 'running a policy is not available on a ClickHouse source yet',
} as const;

type Refused = keyof typeof NOT_ON_THIS_SOURCE;
type Answered = Exclude<EngineMethod, Refused>;
type Handlers = { [M in Answered]: (...args: Parameters<EngineApi[M]>) => unknown };

const isRefused = (method: EngineMethod): method is Refused => method in NOT_ON_THIS_SOURCE;

export class ClickHouseEngine implements Engine {
  private readonly events = new SessionNumbers('event');
  private readonly families: ProcessFamilies;
  private readonly laneSets: ProcessLaneSets;
  private readonly inFlight = new Map<string, AbortController>();
  private readonly exports = new ExportRuns();
  private readonly exportListeners = new Set<(progress: ExportProgress) => void>();
  private progress: IngestProgress | undefined;
  private spec: ViewSpec = { query: '', range: undefined, sort: DEFAULT_SORT, fields: [] };
  private viewId = 0;
  private matching = 0;
  private rows: ViewRows;

  constructor(
    private readonly client: SqlClient,
    private readonly compiler: SqlCompiler,
    private readonly datasetId: number,
    /** Told of every request the server failed (not of those superseded and aborted). */
    private readonly reportFailure: (error: unknown) => void = () => undefined,
  ) {
    this.families = new ProcessFamilies(client, new SessionNumbers('process'));
    this.laneSets = new ProcessLaneSets(client, this.events, datasetId);
    this.rows = this.viewRows(this.spec, 0);
  }

  /** Reads what the server holds (the page's counters); fails when the tables are missing. */
  async open(): Promise<IngestProgress> {
    this.progress = await datasetProgress(this.client, this.datasetId);
    return this.progress;
  }

  call<M extends EngineMethod>(
    method: M,
    ...args: Parameters<EngineApi[M]>
  ): Promise<EngineResult<M>> {
    if (isRefused(method)) return Promise.reject(new Error(NOT_ON_THIS_SOURCE[method]));
    const handler = this.handlers[method as Answered] as (
      ...a: Parameters<EngineApi[M]>
    ) => unknown;
    // A handler that throws at once rejects like one that fails later.
    const answer = new Promise<EngineResult<M>>((resolve) =>
      resolve(handler(...args) as EngineResult<M>),
    );
    answer.catch((error: unknown) => {
      if (!(error instanceof Error && error.name === 'AbortError')) this.reportFailure(error);
    });
    return answer;
  }

  onProgress(): () => void {
    return () => undefined;
  }
  onExportProgress(listener: (progress: ExportProgress) => void): () => void {
    this.exportListeners.add(listener);
    return () => this.exportListeners.delete(listener);
  }
  /** Nothing else on this source reports progress or stops on its own: no listener is called. */
  onPolicyProgress(): () => void {
    return () => undefined;
  }
  onBaselineProgress(): () => void {
    return () => undefined;
  }
  onCrash(): () => void {
    return () => undefined;
  }

  /** Aborts every request under way. */
  restart(): void {
    for (const controller of this.inFlight.values()) controller.abort();
    this.inFlight.clear();
  }

  /** Closes the connection (the page went back to the in-tab engine). */
  async close(): Promise<void> {
    this.restart();
    await this.client.close();
  }

  /** A signal for a request of `kind`, aborting the previous one of that kind. */
  private supersede(kind: string): AbortSignal {
    this.inFlight.get(kind)?.abort();
    const controller = new AbortController();
    this.inFlight.set(kind, controller);
    return controller.signal;
  }

  private condition(spec: ViewSpec): (bag: ParamBag) => string {
    return (bag) => {
      const compiled = viewCondition(spec, this.compiler, bag);
      if ('errors' in compiled) throw new Error('the view in force no longer compiles');
      return compiled.sql;
    };
  }

  private viewRows(spec: ViewSpec, total: number): ViewRows {
    const shape = { condition: this.condition(spec), sort: spec.sort, fields: spec.fields, total };
    return new ViewRows(this.client, this.compiler, this.events, shape);
  }

  private async setView(spec: ViewSpec): Promise<ViewSummary> {
    const started = performance.now();
    const signal = this.supersede('view');
    const compiled = viewCondition(spec, this.compiler, new ParamBag());
    const failed = 'errors' in compiled ? compiled.errors : [];
    const ruleErrors = 'errors' in compiled && compiled.inRule === true ? failed : [];
    const errors = ruleErrors.length > 0 ? [] : failed;
    if (failed.length === 0) {
      const bag = new ParamBag();
      const where = this.condition(spec)(bag);
      const [counted] = await this.client.rows(
        `SELECT count() AS n FROM events WHERE ${where}`,
        bag.params(),
        signal,
      );
      this.spec = spec;
      this.matching = Number(counted?.['n'] ?? 0);
      this.viewId++;
      this.rows = this.viewRows(spec, this.matching);
    }
    const progress = this.progress ?? (await this.open());
    return {
      datasetId: this.datasetId,
      viewId: this.viewId,
      spec: this.spec,
      errors,
      matching: this.matching,
      undecided: 0,
      total: progress.counts.events,
      counts: progress.counts,
      slowFields: [],
      slowMs: 0,
      elapsedMs: performance.now() - started,
      ruleErrors,
      ruleNotes: [],
      ruleUndecidedLoad: undefined,
    };
  }

  /** Exports the view in force (`export-sql.ts`); a new export, or cancel, stops the one running. */
  private exportRun(request: ExportRequest): Promise<ExportResult> {
    return this.exports.start(async (stopped) => {
      const signal = this.supersede('export');
      const progress = this.progress ?? (await this.open());
      const view = {
        condition: this.condition(this.spec),
        spec: this.spec,
        total: this.matching,
        datasetEvents: progress.counts.events,
      };
      const report = (p: ExportProgress) => this.exportListeners.forEach((l) => l(p));
      try {
        const input = await clickHouseExportInput(
          this.client,
          this.compiler,
          view,
          request.columns,
          signal,
        );
        return await runExportJob(input, request, { report, stopped });
      } catch (error) {
        // Cancelling aborts the page being read.
        if (stopped()) return { outcome: 'cancelled' };
        throw error;
      }
    });
  }

  private exportCancel(): boolean {
    this.inFlight.get('export')?.abort();
    return this.exports.cancel();
  }

  private async problems(start: number, count: number): Promise<ProblemPage> {
    const from = Math.max(0, Math.floor(start));
    const limit = Math.max(0, Math.min(Math.floor(count), 10_000));
    const [rows, [total]] = await Promise.all([
      this.client.rows(
        'SELECT source_path, line, byte_offset, kind, message, excerpt FROM problems ' +
          `ORDER BY source_path, line LIMIT ${limit} OFFSET ${from}`,
        {},
      ),
      this.client.rows('SELECT count() AS n FROM problems', {}),
    ]);
    return {
      total: Number(total?.['n'] ?? 0),
      problems: rows.map((r) => ({
        source: String(r['source_path']),
        line: Number(r['line']),
        byteOffset: Number(r['byte_offset']),
        reason: String(r['message']),
        excerpt: String(r['excerpt']),
        kind: r['kind'] === 'file' ? 'file' : 'record',
      })),
    };
  }

  private async facets(requests: readonly FacetRequest[]) {
    const signal = this.supersede('facets');
    const condition = this.condition(this.spec);
    return Promise.all(
      requests.map((r) => facetFromSql(this.client, this.compiler, condition, r, signal)),
    );
  }

  private async histogram(request: HistogramRequest) {
    const signal = this.supersede('histogram');
    const range = request.range ?? (await this.extent(signal));
    return histogramFromSql(this.client, this.condition(this.spec), range, request.bins, signal);
  }

  /** The span of all events' times (the tab's default histogram range). */
  private async extent(signal: AbortSignal) {
    const [row] = await this.client.rows(
      'SELECT min(time_ms) AS lo, max(time_ms) AS hi, count() AS n FROM events WHERE timed = 1',
      {},
      signal,
    );
    if (Number(row?.['n'] ?? 0) === 0) return { fromMs: 0, toMs: 1 };
    return { fromMs: Number(row?.['lo']), toMs: Number(row?.['hi']) + 1 };
  }

  private async countPresent(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const bag = new ParamBag();
    const [row] = await this.client.rows(
      `SELECT uniqExact(event_id) AS n FROM events WHERE event_id IN ${bag.bind(ids, 'Array(String)')}`,
      bag.params(),
    );
    return Number(row?.['n'] ?? 0);
  }

  private readonly handlers: Handlers = {
    'engine.ping': () => true,
    'ingest.cancel': () => this.progress,
    'rows.window': async (start, count) => {
      const rows = this.rows;
      const viewId = this.viewId;
      const signal = this.supersede('rows');
      return {
        datasetId: this.datasetId,
        viewId,
        totalRows: this.matching,
        rowOffset: Math.max(0, Math.floor(start)),
        rows: await rows.window(start, count, signal),
      };
    },
    'view.set': (spec) => this.setView(spec),
    'view.facets': (requests) => this.facets(requests),
    'view.histogram': (request) => this.histogram(request),
    'event.detail': (key) => eventDetailFromSql(this.client, this.events.textOf(key), key),
    'problems.list': (start, count) => this.problems(start, count),
    'event.locate': (eventId) => this.rows.locate(eventId, this.viewId, this.datasetId),
    'event.countPresent': (ids) => this.countPresent(ids),
    'process.tree': (key) => this.families.slice(this.events.textOf(key), key, this.datasetId),
    'process.children': (nodeId, offset, limit) => this.families.children(nodeId, offset, limit),
    'process.name': (key) => this.families.name(key),
    'export.run': (request) => this.exportRun(request),
    'export.cancel': () => this.exportCancel(),
    'process.lanes': (scope) => this.laneSets.lanes(scope, this.condition(this.spec)),
    'rule.explain': () => undefined,
    'rule.fields': () => seclFields(),
    'policy.cancel': () => false,
    'compare.close': () => this.progress,
  };
}
