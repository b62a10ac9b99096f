/**
 * The slow path: reads events back from their files (or the spool of a compressed file) to
 * get at fields the index does not hold. Events are read in ingest order, in blocks of
 * neighbouring records (one file read per block, not per event), and a record holding
 * several items is parsed once for all of them. Yields between slices of work so that the
 * page's other requests are answered meanwhile.
 */
import { unwrapRecord, type Envelope } from '../ingest/parse/envelope';
import { parseRecord } from '../ingest/parse/parse-record';
import type { EventIndex } from '../index/event-index';
import { yieldToEventLoop } from '../lib/yield-to-event-loop';

/** Bytes read at once; a larger record is read on its own. */
const BLOCK_BYTES = 8 * 1024 * 1024;
const SLICE_MS = 25;

export interface RawSource {
  readonly file: Blob;
  readonly spool: { read(offset: number, length: number): Promise<Uint8Array> } | undefined;
}

export interface RawScan {
  readonly index: EventIndex;
  readonly sources: readonly RawSource[];
  /** Keys `[from, count)` are read (`from` is 0 unless given). */
  readonly from?: number;
  readonly count: number;
  visit(key: number, body: Record<string, unknown>, envelope: Envelope | undefined): void;
  progress(done: number): void;
  stopped(): boolean;
}

async function readBlock(source: RawSource, start: number, end: number): Promise<Uint8Array> {
  if (source.spool !== undefined) return source.spool.read(start, end - start);
  return new Uint8Array(await source.file.slice(start, end).arrayBuffer());
}

/** Reads every event of `[scan.from, scan.count)`; returns false when stopped part-way. */
export async function scanRawEvents(scan: RawScan): Promise<boolean> {
  const { index, count } = scan;
  let sliceStart = performance.now();
  let key = scan.from ?? 0;
  while (key < count) {
    if (scan.stopped()) return false;
    const sourceIndex = index.source[key] as number;
    const source = scan.sources[sourceIndex];
    const blockStart = index.offset[key] as number;
    let last = key;
    let blockEnd = blockStart + (index.length[key] as number);
    while (last + 1 < count && index.source[last + 1] === sourceIndex) {
      const end = (index.offset[last + 1] as number) + (index.length[last + 1] as number);
      if (end - blockStart > BLOCK_BYTES || end < blockEnd) break;
      blockEnd = end;
      last++;
    }
    if (source === undefined) {
      key = last + 1;
      continue;
    }
    const bytes = await readBlock(source, blockStart, blockEnd);
    let items: readonly unknown[] = [];
    let itemsOffset = -1;
    for (let k = key; k <= last; k++) {
      const offset = index.offset[k] as number;
      if (offset !== itemsOffset) {
        const at = offset - blockStart;
        const parsed = parseRecord(bytes.subarray(at, at + (index.length[k] as number)), false);
        items = parsed.kind === 'items' ? parsed.items : [];
        itemsOffset = offset;
      }
      const item = index.item[k] as number;
      const unwrapped = unwrapRecord(items[item === 0 ? 0 : item - 1]);
      if (unwrapped.kind === 'event') scan.visit(k, unwrapped.body, unwrapped.envelope);
      if (performance.now() - sliceStart > SLICE_MS) {
        scan.progress(k + 1);
        await yieldToEventLoop();
        if (scan.stopped()) return false;
        sliceStart = performance.now();
      }
    }
    key = last + 1;
    scan.progress(key);
  }
  return true;
}
