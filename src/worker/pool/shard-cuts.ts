/**
 * Where a file can be cut into shards. A file whose first value ends on its line is read in
 * line mode (record-splitter.ts): from then on every line start whose first byte opens a new
 * value (not indentation, not a closing bracket) is a record boundary, whatever came before,
 * so a shard can start there with a fresh splitter and give exactly the records a reading of
 * the whole file would. Files in structural mode (pretty-printed values, JSON arrays, API
 * responses) have no such boundary that a byte scan can trust: they are read whole.
 */
import { RecordSplitter, type SplitMode } from '../../ingest/split/record-splitter';

const LF = 0x0a;

/** Bytes looked at to decide a file's mode; a longer first value leaves the file whole. */
export const MODE_HEAD_BYTES = 1024 * 1024;
/** Bytes searched past a shard's nominal end for a boundary before giving up on the cut. */
const CUT_SEARCH_BYTES = 8 * 1024 * 1024;
const CUT_WINDOW_BYTES = 64 * 1024;

/** Shard sizes: small first (the first rows show at once), then large (less overhead). */
export const shardBytes: ShardSizes = (index) => {
  if (index === 0) return 1024 * 1024;
  if (index === 1) return 4 * 1024 * 1024;
  if (index === 2) return 16 * 1024 * 1024;
  return 32 * 1024 * 1024;
};

/**
 * The mode the splitter settles on for a stream starting with `head` (or undecided), and
 * the offset past the value that decided it: no shard may start before that offset.
 */
export function splitModeOf(head: Uint8Array): { mode: SplitMode; decidedAt: number } {
  const splitter = new RecordSplitter({
    maxRecordBytes: head.length + 1,
    onRecord: () => undefined,
    onBlankLine: () => undefined,
  });
  splitter.push(head);
  return { mode: splitter.splitMode, decidedAt: splitter.decidedAt };
}

/** Nominal shard sizes by position in the file (see `shardBytes`; tests cut smaller). */
export type ShardSizes = (index: number) => number;

/** Whether a line may start a record at `bytes[i]` in line mode (see above). */
function opensRecord(b: number): boolean {
  return b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== LF && b !== 0x7d && b !== 0x5d;
}

/** Position in `bytes` (from `from`) of the first line start that begins a record, or -1. */
export function boundaryIn(bytes: Uint8Array, from: number): number {
  let at = Math.max(from, 1) - 1;
  for (;;) {
    const newline = bytes.indexOf(LF, at);
    if (newline === -1 || newline + 1 >= bytes.length) return -1;
    if (opensRecord(bytes[newline + 1] as number)) return newline + 1;
    at = newline + 1;
  }
}

/**
 * The first record boundary of a line-mode file at or after `nominal` (and before `size`),
 * or `size` when none is found near enough: the shard then runs to the end of the file.
 */
export async function cutAfter(file: Blob, nominal: number): Promise<number> {
  const size = file.size;
  for (let at = nominal; at < size && at < nominal + CUT_SEARCH_BYTES;) {
    // Overlap by one byte so a newline at a window's end is seen with the byte after it.
    const start = Math.max(0, at - 1);
    const end = Math.min(size, at + CUT_WINDOW_BYTES);
    const window = new Uint8Array(await file.slice(start, end).arrayBuffer());
    const found = boundaryIn(window, at - start);
    if (found !== -1) return start + found;
    at = end;
  }
  return size;
}
