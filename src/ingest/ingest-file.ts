/**
 * Reads one file to the end in a single streaming pass on this thread: sniff → (gunzip) →
 * split records → decode + JSON.parse → unwrap envelope → validate → hand each event's columns
 * to the sink. This is the reference reading the pool of parsing workers is held to (see
 * test-support/sequential-load.ts).
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
import { formatName } from './format-name';
import { isOutOfMemory } from '../lib/out-of-memory';
import { BlobSpool } from './read/blob-spool';
import type { Spool } from './read/spool';
import { ContentHasher, type Fingerprinter } from './read/content-hasher';
import { gunzip, hashedStream } from './read/hashed-stream';
import { sniffBytes } from './read/sniff';
import { RecordPipeline, type IngestedEvent } from './record-pipeline';

export { MAX_RECORD_BYTES, type IngestedEvent } from './record-pipeline';

/** Work longer than this between yields would delay the worker's answers to the page. */
const SLICE_MS = 25;

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
  let readBytes = 0;
  const pipeline = new RecordPipeline(sourceName, {
    event: (event) => sink.event(event),
    problem: (problem) => sink.problem(problem),
    blankLine: () => sink.blankLine(),
  });

  const counted = hashedStream(file, hasher, (total) => (readBytes = total));
  const text = compressed ? gunzip(counted) : counted;
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
      pipeline.push(value);
      await pipeline.drain();
      if (spool !== undefined) {
        // The spool may take the chunk's memory: the splitter must not keep views into it.
        pipeline.releaseChunk();
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
  if (outcome !== 'cancelled') await pipeline.finish(outcome === 'failed');
  else await pipeline.drain();
  if (spool?.error !== undefined) {
    fileProblem(`${spool.error}; the events are listed but some cannot be shown in full`);
  }
  sink.bytesRead(readBytes);
  const format = formatName(pipeline.shapes);
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
