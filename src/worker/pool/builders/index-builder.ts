/**
 * The one shape of every index builder of a load. A builder is begun once per shard on a
 * parsing thread, takes each event of the shard in order (`event`, keys from 0), and
 * `finish`es into its part of the shard's answer: typed arrays and dictionaries, never parsed
 * objects. On the coordinating thread, `merge` adds a shard's part to the data set, shards
 * in file order, as rows `[at.from, at.from + at.events)`.
 */
import type { IngestedEvent } from '../../../ingest/record-pipeline';
import type { DataSet } from '../../data-set';

export interface MergeAt {
  readonly sourceIndex: number;
  /** Key of the shard's first row in the data set. */
  readonly from: number;
  /** Rows of the shard taken (all, or those before the record limit). */
  readonly events: number;
  /** Lines and records of the file before the shard. */
  readonly lines: number;
  readonly records: number;
}

export interface ShardBuilding<Part> {
  event(key: number, event: IngestedEvent): void;
  finish(): Part;
}

export interface IndexBuilder<Part> {
  /** A builder of one shard's part; `extraPaths`: body paths indexed beyond the default. */
  begin(extraPaths: readonly string[]): ShardBuilding<Part>;
  /** The buffers of a part, handed over (not copied) to the coordinating thread. */
  buffers(part: Part): ArrayBuffer[];
  /**
   * Adds a part to the data set. Returns the names of field columns left for the caller to
   * fill from the raw text (columns the data set gained while the shard was being read).
   */
  merge(data: DataSet, part: Part, at: MergeAt): readonly string[];
}
