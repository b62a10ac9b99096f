/**
 * Wire types of loading: the files handed to the engine, progress and counts, the problems
 * found on the way, and the validity classes events are sorted into.
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

export interface ProblemPage {
  readonly total: number;
  readonly problems: readonly Problem[];
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
  /** Parsing workers to read with (by default one per core of the machine). */
  readonly parseWorkers?: number;
}
