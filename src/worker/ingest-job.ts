/**
 * Loading a data set with a pool of parsing workers. This thread coordinates: it looks at
 * each file (sniff, line or structural mode), cuts line-mode files into shards at record
 * boundaries (shard-cuts.ts) and hands them to the pool, several files' shards in flight
 * at once; it hashes each file for its fingerprint as it goes; a gzip file is decompressed
 * here, spooled, and its text handed out in shards the same way. Answers are merged in file
 * order (shard-merge.ts), so the data set is the same whatever the pool's size: the same
 * events, keys, ids, problems and process forest as one reading of the files in path order.
 *
 * A load stops between shards when the data set is closed, cancelled or past its record
 * limit, and keeps what was merged; a shard that fails is tried once more, then the load
 * ends with the events merged so far and an error saying why the rest was not read.
 */
import { formatName } from '../ingest/format-name';
import { isOutOfMemory } from '../lib/out-of-memory';
import { ContentHasher } from '../ingest/read/content-hasher';
import { gunzip, hashedStream } from '../ingest/read/hashed-stream';
import { sniffBytes } from '../ingest/read/sniff';
import type { Spool } from '../ingest/read/spool';
import { escapeExcerpt } from '../lib/escape-excerpt';
import { yieldToEventLoop } from '../lib/yield-to-event-loop';
import type { IngestProgress, Problem } from '../protocol/messages';
import { PROGRESS_INTERVAL_MS, type DataSet, type Source } from './data-set';
import { createParsePool, defaultPoolSize, ShardError, type ParsePool } from './pool/parse-pool';
import type { ShardFailure, ShardInput, ShardResult, ShardTask } from './pool/shard';
import {
  boundaryIn,
  cutAfter,
  MODE_HEAD_BYTES,
  shardBytes,
  splitModeOf,
  type ShardSizes,
} from './pool/shard-cuts';
import { mergeShard, newFileCursor, type FileCursor } from './pool/shard-merge';
import { scanRawEvents } from './raw-scan';
import { createSpool } from './worker-spool';

/** Work longer than this between yields would delay the worker's answers to the page. */
const SLICE_MS = 25;

/** The state of one file's reading, shared by the producing and the merging side. */
interface FileJob {
  readonly sourceIndex: number;
  readonly source: Source;
  readonly cursor: FileCursor;
  compressed: boolean;
  /** The file's fingerprint once hashed (`partial` when the hashing stopped early). */
  hash: Promise<{ hex: string; complete: boolean }>;
  /** Why the text broke off (a damaged gzip, …), reported after the last shard's records. */
  failure: Problem | undefined;
  /** Set when the file was not read at all (empty, binary, UTF-16). */
  skipped: { problem: Problem; format: string; failed: boolean } | undefined;
  merged: number;
  /** Every shard of the file was handed out (or it had none to hand out). */
  handedOut: boolean;
}

interface ShardEntry {
  readonly file: FileJob;
  readonly task: ShardTask;
  /** Bytes of the shard's text (handed-over chunks lose their length in this thread). */
  readonly size: number;
  readonly result: Promise<ShardResult>;
  readonly last: boolean;
}

type Entry = ShardEntry | { readonly file: FileJob; readonly last: true; readonly task?: never };

/** Reads every source of `data`; problems reading end up in `data.error`. */
export async function loadDataSet(
  data: DataSet,
  publish: (progress: IngestProgress) => void,
  /** The pool to read with (a pool of this machine's size, for this load only, if none). */
  pool?: ParsePool,
  /** Nominal shard sizes (tests cut small shards). */
  sizes: ShardSizes = shardBytes,
): Promise<void> {
  const timer = setInterval(() => {
    if (!data.closed) publish(data.progress());
  }, PROGRESS_INTERVAL_MS);
  const own = pool ?? createParsePool(defaultPoolSize());
  try {
    await new IngestJob(data, own, sizes).run();
  } catch (error) {
    data.error = error instanceof Error ? `${error.message}` : String(error);
  } finally {
    clearInterval(timer);
    if (pool === undefined) own.close();
  }
}

class IngestJob {
  private readonly entries: Entry[] = [];
  private wake: (() => void) | undefined;
  private producing = true;
  /** Shards handed out and not merged yet; the producer waits while there are too many. */
  private inFlight = 0;
  private room: (() => void) | undefined;
  private readonly maxInFlight: number;
  /** A shard could not be read: nothing more is handed out or merged. */
  private failed = false;
  private mergingFile: FileJob | undefined;

  constructor(
    private readonly data: DataSet,
    private readonly pool: ParsePool,
    private readonly sizes: ShardSizes,
  ) {
    this.maxInFlight = pool.size * 2 + 1;
  }

  async run(): Promise<void> {
    const producing = this.produce().finally(() => {
      this.producing = false;
      this.wake?.();
    });
    try {
      await this.merge();
    } finally {
      this.wake = undefined;
      this.room?.();
      await producing.catch(() => undefined);
    }
  }

  /** Nothing more is to be read: the data set is stopped, or a shard failed. */
  private get stopped(): boolean {
    return this.failed || this.data.isStopped;
  }

  // ---- producing: files to shards ----------------------------------------------------

  private async produce(): Promise<void> {
    for (let i = 0; i < this.data.sources.length; i++) {
      if (this.stopped) return;
      const source = this.data.sources[i] as Source;
      const file: FileJob = {
        sourceIndex: i,
        source,
        cursor: newFileCursor(),
        compressed: false,
        hash: Promise.resolve({ hex: '', complete: false }),
        failure: undefined,
        skipped: undefined,
        merged: 0,
        handedOut: false,
      };
      await this.produceFile(file);
      this.push({ file, last: true });
    }
  }

  private async produceFile(file: FileJob): Promise<void> {
    const blob = file.source.file;
    const head = new Uint8Array(await blob.slice(0, 4096).arrayBuffer());
    const sniffed = sniffBytes(head);
    if (sniffed === 'empty' || sniffed === 'binary' || sniffed === 'utf16') {
      const hasher = new ContentHasher();
      hasher.update(head);
      file.hash = hasher.finish().then((hex) => ({ hex, complete: true }));
      const reason =
        sniffed === 'empty'
          ? 'the file is empty'
          : sniffed === 'binary'
            ? 'binary data, not JSON text: the file was not read'
            : 'UTF-16 text is not supported: save the export as UTF-8';
      const excerpt =
        sniffed === 'empty'
          ? ''
          : escapeExcerpt(new TextDecoder().decode(head.subarray(0, 64)), 64);
      file.skipped = {
        problem: fileProblem(file.source.path, reason, excerpt),
        format: sniffed,
        failed: sniffed !== 'empty',
      };
      file.handedOut = true;
      return;
    }
    if (sniffed === 'gzip') {
      file.compressed = true;
      await this.produceGzip(file);
      return;
    }
    file.hash = this.hashBlob(blob);
    const modeHead = new Uint8Array(await blob.slice(0, MODE_HEAD_BYTES).arrayBuffer());
    const { mode, decidedAt } = splitModeOf(modeHead);
    const first = Math.max(this.sizes(0), decidedAt);
    if (mode !== 'lines' || blob.size <= first) {
      await this.dispatch(file, { kind: 'range', blob, start: 0, end: blob.size }, 0, true, false);
      return;
    }
    let start = 0;
    for (let k = 0; start < blob.size; k++) {
      if (this.stopped) return;
      const end = await cutAfter(blob, k === 0 ? first : start + this.sizes(k));
      const input: ShardInput = { kind: 'range', blob, start, end };
      await this.dispatch(file, input, start, end >= blob.size, k > 0);
      start = end;
    }
  }

  /** Decompresses here (spooling the text), handing the text out in shards. */
  private async produceGzip(file: FileJob): Promise<void> {
    const spool = await createSpool();
    file.source.spool = spool;
    let complete: (value: { hex: string; complete: boolean }) => void = () => undefined;
    file.hash = new Promise((resolve) => (complete = resolve));
    const hasher = new ContentHasher();
    const text = this.decompressed(file, hasher, spool);
    try {
      const pending: Uint8Array[] = [];
      let pendingBytes = 0;
      let ended = false;
      while (pendingBytes < MODE_HEAD_BYTES) {
        const next = await text.next();
        if (next.done === true) {
          ended = true;
          break;
        }
        pending.push(next.value);
        pendingBytes += next.value.length;
      }
      const { mode, decidedAt } = splitModeOf(concat(pending));
      if (mode !== 'lines') {
        await this.dispatchStream(file, pending, ended ? undefined : text);
        return;
      }
      let start = 0;
      let k = 0;
      const target = () => (k === 0 ? Math.max(this.sizes(0), decidedAt) : this.sizes(k));
      // Cuts what is pending into shards while it holds more than a shard (a boundary is
      // looked for in the last chunk only: missing one just makes the shard longer).
      const cutPending = async (): Promise<void> => {
        while (pendingBytes >= target()) {
          const last = pending.at(-1) as Uint8Array;
          const at = boundaryIn(last, Math.max(0, target() - (pendingBytes - last.length)));
          if (at === -1) return;
          const rest = last.slice(at);
          pending[pending.length - 1] = last.subarray(0, at);
          const size = pendingBytes - rest.length;
          await this.dispatch(
            file,
            { kind: 'chunks', chunks: pending.splice(0) },
            start,
            false,
            k > 0,
          );
          start += size;
          k++;
          if (rest.length > 0) pending.push(rest);
          pendingBytes = rest.length;
        }
      };
      await cutPending();
      if (!ended) {
        for await (const chunk of text) {
          pending.push(chunk);
          pendingBytes += chunk.length;
          await cutPending();
        }
      }
      await this.dispatch(file, { kind: 'chunks', chunks: pending }, start, true, k > 0);
    } finally {
      complete({ hex: await hasher.finish(), complete: !this.stopped });
    }
  }

  /** A structural gzip file goes to one worker whole, its text streamed as it is decompressed. */
  private async dispatchStream(
    file: FileJob,
    head: readonly Uint8Array[],
    rest: AsyncGenerator<Uint8Array> | undefined,
  ): Promise<void> {
    let done: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const stream = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          for (const chunk of head) controller.enqueue(chunk);
          if (rest === undefined) {
            this.endStream(file, controller);
            done();
          }
        },
        pull: async (controller) => {
          const next = await (rest as AsyncGenerator<Uint8Array>).next();
          if (!next.done) {
            controller.enqueue(next.value);
            return;
          }
          this.endStream(file, controller);
          done();
        },
        cancel: () => done(),
      },
      { highWaterMark: 4 },
    );
    await this.dispatch(file, { kind: 'stream', stream }, 0, true, false);
    // The hash is complete once the whole text went by.
    await finished;
  }

  private endStream(file: FileJob, controller: ReadableStreamDefaultController<Uint8Array>): void {
    // Erroring the stream would drop the chunks still queued: a broken-off text ends empty.
    if (file.failure !== undefined) controller.enqueue(new Uint8Array(0));
    controller.close();
  }

  /**
   * The decompressed text of a gzip file, chunk by chunk; the compressed bytes are hashed
   * and counted as they are read, the text is spooled. A damaged stream ends the text and
   * sets the file's failure.
   */
  private async *decompressed(
    file: FileJob,
    hasher: ContentHasher,
    spool: Spool,
  ): AsyncGenerator<Uint8Array> {
    let readBytes = 0;
    const reader = gunzip(
      hashedStream(file.source.file, hasher, (total) => (readBytes = total)),
    ).getReader();
    let sliceStart = performance.now();
    try {
      for (;;) {
        if (this.data.isStopped) {
          await reader.cancel();
          return;
        }
        const { done, value } = await reader.read();
        if (done) return;
        file.source.readBytes = readBytes;
        if (value.length === 0) continue;
        // The spool may take the memory of what it is given: it gets a copy.
        spool.append(value.slice());
        yield value;
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToEventLoop();
          sliceStart = performance.now();
        }
      }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      file.failure = fileProblem(
        file.source.path,
        `the gzip data is truncated or corrupt after ${readBytes} compressed bytes; events before that point are kept (${detail})`,
      );
    } finally {
      file.source.readBytes = readBytes;
    }
  }

  /** Hashes a file for its fingerprint, alongside the parsing. */
  private async hashBlob(blob: Blob): Promise<{ hex: string; complete: boolean }> {
    const hasher = new ContentHasher();
    const reader = blob.stream().getReader();
    let sliceStart = performance.now();
    for (;;) {
      if (this.data.isStopped) {
        await reader.cancel();
        return { hex: await hasher.finish(), complete: false };
      }
      const { done, value } = await reader.read();
      if (done) break;
      hasher.update(value);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    return { hex: await hasher.finish(), complete: true };
  }

  /** Hands a shard to the pool, once fewer than the most shards allowed are in flight. */
  private async dispatch(
    file: FileJob,
    input: ShardInput,
    offset: number,
    last: boolean,
    continuesLines: boolean,
  ): Promise<void> {
    while (this.inFlight >= this.maxInFlight && !this.stopped) {
      await new Promise<void>((resolve) => (this.room = resolve));
    }
    if (this.stopped) return;
    const task: ShardTask = {
      sourceName: file.source.path,
      input,
      offset,
      continuesLines,
      cut: last && file.failure !== undefined,
      extraPaths: this.data.index.fields.addedBodyPaths(),
    };
    const size =
      input.kind === 'range'
        ? input.end - input.start
        : input.kind === 'chunks'
          ? input.chunks.reduce((n, c) => n + c.byteLength, 0)
          : 0;
    this.inFlight++;
    if (last) file.handedOut = true;
    const result = this.pool.run(task);
    // Failures are handled when the shard's turn to merge comes.
    result.catch(() => undefined);
    this.push({ file, task, size, result, last });
  }

  private push(entry: Entry): void {
    this.entries.push(entry);
    this.wake?.();
  }

  private async nextEntry(): Promise<Entry | undefined> {
    while (this.entries.length === 0 && this.producing) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    return this.entries.shift();
  }

  // ---- merging, in file order -------------------------------------------------------

  private async merge(): Promise<void> {
    let current: FileJob | undefined;
    try {
      current = await this.mergeEntries();
    } catch (error) {
      this.failed = true;
      this.data.error = error instanceof Error ? error.message : String(error);
      current = this.mergingFile;
    }
    if (current !== undefined && !this.data.closed) await this.stopFile(current);
  }

  /** Merges entries as they come; returns the file being read when the load stopped. */
  private async mergeEntries(): Promise<FileJob | undefined> {
    for (;;) {
      const entry = await this.nextEntry();
      if (entry === undefined) return undefined;
      const file = entry.file;
      this.mergingFile = file;
      if (entry.task === undefined) {
        // The file's end: all its shards are merged, unless it stopped being handed out.
        if (!file.handedOut) return file;
        await this.finishFile(file);
        continue;
      }
      if (this.data.isStopped) return file;
      file.source.state = 'reading';
      const result = await this.resultOf(entry);
      this.inFlight--;
      this.room?.();
      if (this.data.closed) return undefined;
      const stoppedBy = result.failure;
      if (stoppedBy !== undefined) {
        file.failure = fileProblem(
          file.source.path,
          `reading stopped after ${entry.task.offset + result.bytes} bytes: ${stoppedBy.message}`,
        );
      }
      const merged = mergeShard(
        this.data,
        file.sourceIndex,
        file.cursor,
        result,
        entry.last || stoppedBy !== undefined ? file.failure : undefined,
      );
      file.merged++;
      if (stoppedBy !== undefined) throw failureOf(entry, stoppedBy, this.data.counts.events);
      if (!file.compressed) file.source.readBytes = entry.task.offset + result.bytes;
      if (merged.missingFields.length > 0) await this.fillMissing(merged);
      if (!merged.whole) return file;
    }
  }

  /** A shard's answer, asking once more when the first try failed. */
  private async resultOf(entry: ShardEntry): Promise<ShardResult> {
    try {
      return await entry.result;
    } catch (first) {
      const retry = await this.retryTask(entry);
      if (retry === undefined || isOutOfMemoryFailure(first))
        throw failureOf(entry, first, this.data.counts.events);
      try {
        return await this.pool.run(retry);
      } catch (second) {
        throw failureOf(entry, second, this.data.counts.events);
      }
    }
  }

  /** The task again, with its text read back (a decompressed text was handed over). */
  private async retryTask(entry: ShardEntry): Promise<ShardTask | undefined> {
    const { task } = entry;
    if (task.input.kind === 'range') return task;
    const spool = entry.file.source.spool;
    if (task.input.kind === 'stream' || spool === undefined) return undefined;
    const text = await spool.read(task.offset, entry.size);
    return { ...task, input: { kind: 'chunks', chunks: [text] } };
  }

  /** Fields added while the shard was read: read their values for its rows from the text. */
  private async fillMissing(merged: {
    from: number;
    to: number;
    missingFields: readonly string[];
  }) {
    const fields = this.data.index.fields;
    const added = merged.missingFields
      .filter((name) => name.startsWith('@'))
      .map((name) => fields.addBodyPath(name.slice(1)));
    if (added.length === 0) return;
    await scanRawEvents({
      index: this.data.index,
      sources: this.data.sources.map((s) => ({ file: s.file, spool: s.spool })),
      from: merged.from,
      count: merged.to,
      visit: (key, body, envelope) => {
        for (const { column, extract } of added) column.set(key, extract(body, envelope));
      },
      progress: () => undefined,
      stopped: () => this.data.closed,
    });
  }

  private async finishFile(file: FileJob): Promise<void> {
    const { source } = file;
    const { hex, complete } = await file.hash;
    if (file.skipped !== undefined) {
      this.data.addProblem(file.skipped.problem);
      source.fingerprint = hex;
      source.format = file.skipped.format;
      source.state = file.skipped.failed ? 'failed' : 'done';
      return;
    }
    source.fingerprint = complete ? hex : `partial-${hex}`;
    source.compressed = file.compressed;
    const format = formatName(file.cursor.shapes);
    source.format = file.compressed ? `${format} (gzip)` : format;
    source.state = file.failure === undefined ? 'done' : 'failed';
    if (!file.compressed) source.readBytes = source.file.size;
    const spoolError = source.spool?.error;
    if (spoolError !== undefined) {
      this.data.addProblem(
        fileProblem(
          source.path,
          `${spoolError}; the events are listed but some cannot be shown in full`,
        ),
      );
    }
  }

  /** The file being read when the load stopped: what was merged is kept, marked partial. */
  private async stopFile(file: FileJob): Promise<void> {
    const { source } = file;
    // A file none of whose shards was merged stays queued, as if never started.
    if (file.merged === 0 && this.data.error === undefined) return;
    const { hex } = await file.hash;
    source.fingerprint = `partial-${hex}`;
    source.compressed = file.compressed;
    const format = formatName(file.cursor.shapes);
    source.format = file.compressed ? `${format} (gzip)` : format;
    source.state = this.data.error === undefined ? 'cancelled' : 'failed';
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function fileProblem(source: string, reason: string, excerpt = ''): Problem {
  return { source, line: 0, byteOffset: 0, reason, excerpt, kind: 'file' };
}

function isOutOfMemoryFailure(error: unknown): boolean {
  if (error instanceof ShardError) return error.failure.outOfMemory;
  if (isShardFailure(error)) return error.outOfMemory;
  return isOutOfMemory(error);
}

function isShardFailure(error: unknown): error is ShardFailure {
  return typeof error === 'object' && error !== null && 'outOfMemory' in error;
}

/** The error ending a load whose shard could not be read. */
function failureOf(entry: ShardEntry, error: unknown, events: number): Error {
  const { path } = entry.file.source;
  if (isOutOfMemoryFailure(error)) {
    return new Error(
      `the tab ran out of memory while reading ${path} after ${events} events: the events ` +
        'read so far are kept, the rest was not read. Open fewer files or a smaller time slice.',
    );
  }
  const detail = error instanceof Error || isShardFailure(error) ? error.message : String(error);
  return new Error(
    `reading ${path} failed at byte ${entry.task.offset} (${detail}): the events read before ` +
      'it are kept, the rest was not read.',
  );
}
