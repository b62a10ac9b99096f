/**
 * One shard of ingest work and what comes back: a byte range of a file (or text handed
 * over, for a decompressed gzip file) cut at record boundaries, read by a parsing thread
 * into an index of its own. Nothing parsed crosses threads: the answer is typed-array
 * columns with their dictionaries, problems, and the process context texts of its events.
 */
import type { ShardParts } from './builders/builders';
import type { Shape } from '../../ingest/parse/envelope';
import type { Problem } from '../../protocol/messages';

export type ShardInput =
  | { readonly kind: 'range'; readonly blob: Blob; readonly start: number; readonly end: number }
  | { readonly kind: 'chunks'; readonly chunks: readonly Uint8Array[] }
  /** A text handed over as it is decompressed; an empty chunk says it broke off there. */
  | { readonly kind: 'stream'; readonly stream: ReadableStream<Uint8Array> };

export interface ShardTask {
  readonly sourceName: string;
  readonly input: ShardInput;
  /** Absolute offset of the shard's first byte in the (decompressed) stream of its file. */
  readonly offset: number;
  /** The shard continues a line-mode file at a line start (false for a file's first). */
  readonly continuesLines: boolean;
  /** The text breaks off after this shard (a damaged gzip): its last record is cut short. */
  readonly cut: boolean;
  /** Body paths indexed beyond the default ones (fields added on demand). */
  readonly extraPaths: readonly string[];
}

export interface ShardResult {
  /** Events of the shard. */
  readonly events: number;
  /** Each index builder's part (builders/builders.ts). */
  readonly parts: ShardParts;
  /** Rejected records, in order, with their ordinals (lines and ordinals from the shard). */
  readonly problems: readonly Problem[];
  readonly problemOrdinals: readonly number[];
  /** Problems before this position were found while reading, the rest at the end. */
  readonly problemsBeforeFinish: number;
  /** Lines (from the shard's start) of the blank lines. */
  readonly blankLines: readonly number[];
  /** Records (events and rejected records) and newlines read. */
  readonly records: number;
  readonly newlines: number;
  readonly shapes: readonly Shape[];
  /** Bytes of the shard's input (read before a failure). */
  readonly bytes: number;
  /** Reading stopped part-way: the records before are answered, the rest is not read. */
  readonly failure?: ShardFailure;
}

/** A shard that could not be read; `outOfMemory` when an allocation was refused. */
export interface ShardFailure {
  readonly message: string;
  readonly outOfMemory: boolean;
}
