/**
 * Reads one file to the end in a single streaming pass: sniff → (gunzip) → split records →
 * decode + JSON.parse → unwrap envelope → validate → hand each event's columns to the sink.
 * The fingerprint is hashed from the same bytes as they stream by. Nothing here keeps the
 * file's text: gzip input is spooled (see read/spool.ts) so that one event can be re-read later.
 *
 * Every record ends as exactly one event or one rejected-record problem (accounting:
 * records = events + rejected); blank lines are counted apart; problems about the file as
 * a whole (empty, binary, truncated gzip) are reported as file problems.
 */
import type { Problem } from '../protocol/messages';
import { escapeExcerpt } from '../lib/escape-excerpt';
import { yieldToEventLoop } from '../lib/yield-to-event-loop';
import { analyzeItem, type AnalyzedItem } from './parse/analyze-item';
import { loadValidators } from './validate/validators';
import type { Envelope, Shape } from './parse/envelope';
import { extractRow, type RowFields } from './parse/extract-row';
import { parseRecord } from './parse/parse-record';
import { BlobSpool } from './read/blob-spool';
import type { Spool } from './read/spool';
import { ContentHasher, type Fingerprinter } from './read/content-hasher';
import { sniffBytes } from './read/sniff';
import { RecordSplitter, type SplitRecord } from './split/record-splitter';
import type { Validity } from '../protocol/messages';

/** Records larger than this are rejected (named in the problem) rather than buffered. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;
/** Work longer than this between yields would delay the worker's answers to the page. */
const SLICE_MS = 25;

export interface IngestedEvent {
  readonly offset: number;
  readonly length: number;
  readonly item: number;
  readonly line: number;
  readonly ordinal: number;
  readonly fields: RowFields;
  readonly validity: Validity;
  /** Id of the schema it was validated against (`linux-7.71`). */
  readonly schema: string;
  readonly envelopeId: string | undefined;
  /** The parsed body and envelope, for the sink to index more fields from (not to keep). */
  readonly body: Record<string, unknown>;
  readonly envelope: Envelope | undefined;
}

export interface IngestSink {
  event(event: IngestedEvent): void;
  problem(problem: Problem): void;
  blankLine(): void;
  /** Compressed (as stored) bytes read so far from this file. */
  bytesRead(total: number): void;
  /** Returns true when the load should stop. */
  cancelled(): boolean;
  /** For gzip input: a place to keep the decompressed text for re-reading. */
  createSpool?(): Promise<Spool>;
  /** Called with the spool of this file once it exists. */
  spooling(spool: Spool): void;
}

export interface FileIngestResult {
  readonly fingerprint: string;
  readonly compressed: boolean;
  readonly format: string;
  readonly outcome: 'done' | 'cancelled' | 'failed';
  /** The read failed because memory ran out (an allocation refused): reading more won't fit. */
  readonly outOfMemory: boolean;
}

/** V8 reports a refused allocation as a RangeError (`Array buffer allocation failed`, …). */
export function isOutOfMemory(error: unknown): boolean {
  return (
    error instanceof RangeError &&
    /allocation failed|out of memory|invalid (typed )?array length/i.test(error.message)
  );
}

const SHAPE_NAMES: Record<Shape, string> = {
  body: 'event bodies',
  'logs-v2': 'Logs API v2',
  signal: 'Security Signals',
  'logs-v1': 'Logs API v1',
  archive: 'log archive',
  intake: 'agent intake',
  flattened: 'flattened @-keys',
  'unknown-object': 'unrecognised objects',
};

export async function ingestFile(
  file: Blob,
  sourceName: string,
  sink: IngestSink,
  hasher: Fingerprinter = new ContentHasher(),
): Promise<FileIngestResult> {
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
  const sniffed = sniffBytes(head);
  const fileProblem = (reason: string, excerpt = ''): void =>
    sink.problem({ source: sourceName, line: 0, byteOffset: 0, reason, excerpt, kind: 'file' });

  if (sniffed === 'empty') {
    fileProblem('the file is empty');
    return {
      fingerprint: await hasher.finish(),
      compressed: false,
      format: 'empty',
      outcome: 'done',
      outOfMemory: false,
    };
  }
  if (sniffed === 'binary' || sniffed === 'utf16') {
    hasher.update(head);
    fileProblem(
      sniffed === 'binary'
        ? 'binary data, not JSON text: the file was not read'
        : 'UTF-16 text is not supported: save the export as UTF-8',
      escapeExcerpt(new TextDecoder().decode(head.subarray(0, 64)), 64),
    );
    return {
      fingerprint: await hasher.finish(),
      compressed: false,
      format: sniffed,
      outcome: 'failed',
      outOfMemory: false,
    };
  }

  const compressed = sniffed === 'gzip';
  const spool = compressed ? await (sink.createSpool?.() ?? new BlobSpool()) : undefined;
  if (spool !== undefined) sink.spooling(spool);
  const shapes = new Set<Shape>();
  let ordinal = 0;
  let readBytes = 0;

  // Items whose schema's validator is still loading wait here, with everything after them,
  // so that events and problems reach the sink in file order; the queue is emptied between
  // chunks of input, once the validators are loaded (validators.ts).
  const waiting: Array<() => void> = [];
  const needed = new Set<string>();
  const inOrder = (step: () => void): void => {
    if (waiting.length > 0) waiting.push(step);
    else step();
  };
  const drainWaiting = async (): Promise<void> => {
    if (waiting.length === 0) return;
    await loadValidators(needed);
    needed.clear();
    for (const step of waiting.splice(0)) step();
  };

  const reject = (record: { offset: number; line: number }, reason: string, text: string): void =>
    inOrder(() => {
      ordinal++;
      sink.problem({
        source: sourceName,
        line: record.line,
        byteOffset: record.offset,
        reason,
        excerpt: escapeExcerpt(text),
        kind: 'record',
      });
    });

  const handleBytes = (
    record: SplitRecord,
    bytes: Uint8Array,
    offset: number,
    allowSplit: boolean,
    text?: string,
  ): void => {
    const parsed = parseRecord(bytes, allowSplit, text);
    if (parsed.kind === 'values') {
      for (const [start, end] of parsed.ranges) {
        handleBytes(record, bytes.subarray(start, end), offset + start, false);
      }
      return;
    }
    const at = { offset, line: record.line };
    if (parsed.kind === 'rejected') {
      reject(at, parsed.reason, parsed.text);
      return;
    }
    parsed.items.forEach((item, index) => {
      const emit = (analyzed: AnalyzedItem): void => {
        if (analyzed.kind === 'rejected') {
          reject(at, analyzed.reason, parsed.single ? parsed.text : (JSON.stringify(item) ?? ''));
          return;
        }
        shapes.add(analyzed.shape);
        sink.event({
          offset,
          length: bytes.length,
          item: parsed.single ? 0 : index + 1,
          line: record.line,
          ordinal: ++ordinal,
          fields: extractRow(analyzed.body, analyzed.envelope),
          validity: analyzed.validity,
          schema: analyzed.schema,
          envelopeId: analyzed.envelope?.id,
          body: analyzed.body,
          envelope: analyzed.envelope,
        });
      };
      const analyzed = analyzeItem(item, parsed.badEncoding);
      if (analyzed.kind === 'pending') {
        for (const id of analyzed.schemas) needed.add(id);
        waiting.push(() => emit(analyzed.finish()));
      } else {
        inOrder(() => emit(analyzed));
      }
    });
  };

  const splitter = new RecordSplitter({
    maxRecordBytes: MAX_RECORD_BYTES,
    onBlankLine: () => sink.blankLine(),
    onRecord: (record) => {
      if (record.defect === 'oversize') {
        reject(
          record,
          `record of ${record.length} bytes exceeds the ${MAX_RECORD_BYTES / 1048576} MiB record limit`,
          '',
        );
      } else if (record.defect === 'unterminated') {
        reject(
          record,
          'truncated: the JSON value ends before it is closed',
          new TextDecoder().decode(record.bytes.subarray(0, 400)),
        );
      } else {
        handleBytes(record, record.bytes, record.offset, true, record.text);
      }
    },
  });

  const counted = file.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        hasher.update(chunk);
        readBytes += chunk.length;
        controller.enqueue(chunk);
      },
    }),
  );
  const text = compressed
    ? counted.pipeThrough(
        new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
      )
    : counted;
  const reader = text.getReader();
  let outcome: FileIngestResult['outcome'] = 'done';
  let outOfMemory = false;
  let sliceStart = performance.now();
  try {
    for (;;) {
      if (sink.cancelled()) {
        outcome = 'cancelled';
        await reader.cancel();
        break;
      }
      const { done, value } = await reader.read();
      if (done) break;
      splitter.push(value);
      await drainWaiting();
      if (spool !== undefined) {
        // The spool may take the chunk's memory: the splitter must not keep views into it.
        splitter.releaseChunk();
        spool.append(value);
      }
      sink.bytesRead(readBytes);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
  } catch (error) {
    outcome = 'failed';
    outOfMemory = isOutOfMemory(error);
    const detail = error instanceof Error ? error.message : String(error);
    fileProblem(
      compressed
        ? `the gzip data is truncated or corrupt after ${readBytes} compressed bytes; events before that point are kept (${detail})`
        : `reading stopped after ${readBytes} bytes: ${detail}`,
    );
  }
  if (outcome !== 'cancelled') splitter.finish(outcome === 'failed');
  await drainWaiting();
  if (spool?.error !== undefined) {
    fileProblem(`${spool.error}; the events are listed but some cannot be shown in full`);
  }
  sink.bytesRead(readBytes);
  const format = shapes.size === 0 ? 'none' : [...shapes].map((s) => SHAPE_NAMES[s]).join(' + ');
  return {
    // A cancelled read hashed only part of the file: its ids must not pass for the file's.
    fingerprint:
      outcome === 'cancelled' ? `partial-${await hasher.finish()}` : await hasher.finish(),
    compressed,
    format: compressed ? `${format} (gzip)` : format,
    outcome,
    outOfMemory,
  };
}
