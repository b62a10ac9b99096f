/**
 * One opened data set: its sources, column index, process forest, problems, counts and load
 * state. The engine replaces it whole when files are opened (or the data set is closed): a
 * job that outlives it (a load, a pass adding fields, an export) holds its own data set and
 * stops once that one is `closed`, instead of comparing generation numbers.
 */
import type { Spool } from '../ingest/read/spool';
import { EventIndex } from '../index/event-index';
import { ProcessForest } from '../index/process-forest';
import { ProcessTotals } from '../index/process-totals';
import { EMPTY_COUNTS } from '../protocol/messages';
import type {
  IndexingProgress,
  IngestCounts,
  IngestProgress,
  LoadState,
  OpenFile,
  Problem,
  ProblemPage,
  SourceSummary,
} from '../protocol/messages';
import { EventIdLookup } from './event-ids';

/** How often a running job (a load, a field pass) publishes the data set's progress. */
export const PROGRESS_INTERVAL_MS = 100;
/** Problems kept for listing; all are counted. */
const MAX_PROBLEMS_KEPT = 10_000;

export interface Source {
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

/** Files in the order they are read and merged: by path. */
function sourcesOf(files: readonly OpenFile[]): Source[] {
  return [...files]
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
}

export class DataSet {
  readonly index = new EventIndex();
  readonly forest = new ProcessForest();
  readonly processTotals = new ProcessTotals(this.forest);
  readonly sources: Source[];
  readonly problems: Problem[] = [];
  readonly counts: { -readonly [K in keyof IngestCounts]: number } = { ...EMPTY_COUNTS };
  state: LoadState;
  /** Records past this many are not read (`ingest.open`'s `maxRecords`). */
  readonly recordLimit: number;
  readonly startedAt = performance.now();
  finishedAt: number | undefined;
  error: string | undefined;
  cancelRequested = false;
  /** The pass adding fields to the index, while one runs. */
  indexing: IndexingProgress | undefined;
  /** Replaced by another data set: jobs on this one stop. */
  closed = false;

  constructor(
    /** Changes whenever a new data set replaces the open one (`IngestProgress.datasetId`). */
    readonly id: number,
    files: readonly OpenFile[] = [],
    recordLimit = Infinity,
  ) {
    this.sources = sourcesOf(files);
    this.recordLimit = recordLimit;
    this.state = files.length === 0 ? 'idle' : 'loading';
  }

  close(): void {
    this.closed = true;
    for (const source of this.sources) source.spool?.close();
  }

  /** Closed, or the record limit is reached: what is read from now on is not kept. */
  get isPastEnd(): boolean {
    return this.closed || this.counts.records >= this.recordLimit;
  }

  /** A load should stop reading: past the end, or cancelled. */
  get isStopped(): boolean {
    return this.isPastEnd || this.cancelRequested;
  }

  addProblem(problem: Problem): void {
    this.counts.problems++;
    if (this.problems.length < MAX_PROBLEMS_KEPT) this.problems.push(problem);
  }

  problemsPage(start: number, count: number): ProblemPage {
    const from = Math.max(0, Math.floor(start));
    return {
      total: this.counts.problems,
      problems: this.problems.slice(from, from + Math.max(0, Math.min(count, 1000))),
    };
  }

  eventId(key: number): string {
    return this.index.eventId(key, (s) => this.sources[s]?.fingerprint ?? 'pending');
  }

  sourceName(key: number): string {
    return this.sources[this.index.source[key] as number]?.path ?? '';
  }

  idLookup(): EventIdLookup {
    return new EventIdLookup(
      this.index,
      (s) => this.sources[s]?.fingerprint,
      () => this.sources.length,
      (key) => this.eventId(key),
    );
  }

  checkEventKey(key: number): void {
    if (!Number.isInteger(key) || key < 0 || key >= this.index.count) {
      throw new Error(`no event ${key} in the open data set`);
    }
  }

  /** Bytes held by the index (its field columns included) and the process forest. */
  get byteLength(): number {
    return this.index.byteLength + this.forest.byteLength;
  }

  progress(): IngestProgress {
    const end = this.finishedAt ?? performance.now();
    return {
      datasetId: this.id,
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
      indexBytes: this.byteLength,
      indexing: this.indexing,
      fieldsWithValues: this.index.fields.namesWithValues(),
    };
  }
}
