/**
 * Reads the records of a window of events given in view order, for an export. The window's
 * records are read in file order, neighbours together (one read per block, not per event),
 * and a record holding several items is parsed once; the answer is in the window's order.
 * In the common case (view sorted by time over a time-ordered file) a window is one or two
 * reads; any other order costs more reads, never more memory than one window.
 */
import { parseRecord } from '../ingest/parse/parse-record';
import type { EventIndex } from '../index/event-index';
import type { RawSource } from './raw-scan';

/** Bytes read at once; a larger record is read on its own. */
const BLOCK_BYTES = 8 * 1024 * 1024;
/** Bytes between two records read along rather than split into two reads. */
const GAP_BYTES = 64 * 1024;

/** One record as read back: its text and its items (`parseRecord`). */
export interface ReadRecord {
  readonly text: string;
  readonly items: readonly unknown[];
}

async function readBytes(source: RawSource, start: number, end: number): Promise<Uint8Array> {
  if (source.spool !== undefined) return source.spool.read(start, end - start);
  return new Uint8Array(await source.file.slice(start, end).arrayBuffer());
}

/** The records of `keys`, in their order; undefined where one could not be read back. */
export async function readWindow(
  keys: Uint32Array,
  index: EventIndex,
  sources: readonly RawSource[],
): Promise<Array<ReadRecord | undefined>> {
  const out = new Array<ReadRecord | undefined>(keys.length);
  const positions = Array.from(keys.keys()).sort((a, b) => {
    const ka = keys[a] as number;
    const kb = keys[b] as number;
    return (
      (index.source[ka] as number) - (index.source[kb] as number) ||
      (index.offset[ka] as number) - (index.offset[kb] as number)
    );
  });
  let i = 0;
  while (i < positions.length) {
    const firstKey = keys[positions[i] as number] as number;
    const sourceIndex = index.source[firstKey] as number;
    const blockStart = index.offset[firstKey] as number;
    let blockEnd = blockStart + (index.length[firstKey] as number);
    let j = i + 1;
    for (; j < positions.length; j++) {
      const key = keys[positions[j] as number] as number;
      const offset = index.offset[key] as number;
      const end = Math.max(blockEnd, offset + (index.length[key] as number));
      if (index.source[key] !== sourceIndex || offset - blockEnd > GAP_BYTES) break;
      if (end - blockStart > BLOCK_BYTES) break;
      blockEnd = end;
    }
    const source = sources[sourceIndex];
    if (source !== undefined) {
      const bytes = await readBytes(source, blockStart, blockEnd);
      let parsedOffset = -1;
      let parsed: ReadRecord | undefined;
      for (let m = i; m < j; m++) {
        const position = positions[m] as number;
        const key = keys[position] as number;
        const offset = index.offset[key] as number;
        if (offset !== parsedOffset) {
          const at = offset - blockStart;
          const record = parseRecord(bytes.subarray(at, at + (index.length[key] as number)), false);
          parsed = record.kind === 'items' ? { text: record.text, items: record.items } : undefined;
          parsedOffset = offset;
        }
        out[position] = parsed;
      }
    }
    i = j;
  }
  return out;
}
