/**
 * Reads one shard: the record pipeline over the shard's bytes, each event handed to every
 * index builder (builders/), whose parts make the answer. Runs in a parsing worker, or in the coordinating thread where workers
 * cannot be started (unit tests).
 */
import { RecordPipeline } from '../../ingest/record-pipeline';
import type { Problem } from '../../protocol/messages';
import { isOutOfMemory } from '../../lib/out-of-memory';
import { yieldToEventLoop } from '../../lib/yield-to-event-loop';
import { BUILDER_NAMES, INDEX_BUILDERS, type ShardParts } from './builders/builders';
import type { IndexBuilder } from './builders/index-builder';
import type { ShardFailure, ShardInput, ShardResult, ShardTask } from './shard';

/** Work longer than this between yields would delay the thread's other messages. */
const SLICE_MS = 25;

async function* chunksOf(input: ShardInput): AsyncGenerator<Uint8Array> {
  if (input.kind === 'chunks') {
    yield* input.chunks;
    return;
  }
  const stream =
    input.kind === 'stream' ? input.stream : input.blob.slice(input.start, input.end).stream();
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export async function parseShard(task: ShardTask): Promise<ShardResult> {
  const building = BUILDER_NAMES.map((name) => INDEX_BUILDERS[name].begin(task.extraPaths));
  let events = 0;
  const problems: Problem[] = [];
  const problemOrdinals: number[] = [];
  const blankLines: number[] = [];
  const pipeline = new RecordPipeline(
    task.sourceName,
    {
      event: (event) => {
        const key = events;
        for (const builder of building) builder.event(key, event);
        // Counted once every builder has it: a refused allocation leaves whole rows only.
        events = key + 1;
      },
      problem: (problem, ordinal) => {
        problems.push(problem);
        problemOrdinals.push(ordinal);
      },
      blankLine: (line) => blankLines.push(line),
    },
    task.continuesLines ? task.offset : undefined,
  );
  let bytes = 0;
  let cut = task.cut;
  let sliceStart = performance.now();
  let failure: ShardFailure | undefined;
  try {
    for await (const chunk of chunksOf(task.input)) {
      // An empty chunk ends a streamed text that broke off (see `ShardInput`).
      if (chunk.length === 0 && task.input.kind === 'stream') {
        cut = true;
        break;
      }
      bytes += chunk.length;
      pipeline.push(chunk);
      await pipeline.drain();
      if (performance.now() - sliceStart > SLICE_MS) {
        // Read in the coordinating thread (no workers), a shard must not starve its messages.
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
  } catch (error) {
    // The text broke off (a damaged gzip, a file that changed) or memory ran out: what was
    // read is answered, the last record cut short, with why the rest was not.
    cut = true;
    if (task.input.kind !== 'stream') {
      failure = {
        message: error instanceof Error ? error.message : String(error),
        outOfMemory: isOutOfMemory(error),
      };
    }
  }
  const problemsBeforeFinish = problems.length;
  await pipeline.finish(cut);
  const parts = Object.fromEntries(
    BUILDER_NAMES.map((name, i) => [name, building[i]?.finish()]),
  ) as unknown as ShardParts;
  return {
    events,
    parts,
    problems,
    problemOrdinals,
    problemsBeforeFinish,
    blankLines,
    records: pipeline.ordinal,
    newlines: pipeline.newlines,
    shapes: [...pipeline.shapes],
    bytes,
    ...(failure === undefined ? {} : { failure }),
  };
}

/** The buffers of a shard result to transfer with it. */
export function resultBuffers(result: ShardResult): ArrayBuffer[] {
  return BUILDER_NAMES.flatMap((name) =>
    (INDEX_BUILDERS[name] as IndexBuilder<unknown>).buffers(result.parts[name]),
  );
}
