/**
 * Events whose `dd.trace_id` / `dd.span_id` exceed 2^53. They carry the ids as `bigint`;
 * `serializeEvent` writes them as exact digit runs.
 */
import { generateEvents } from './generate-events';
import type { GenerateOptions, GeneratedEvent } from './types';

export { MAX_TRACE_ID } from './apm-ids';
export { serializeEvent, stringifyJson } from './serialize';

/** A handful of events (default 5) whose `dd` ids exceed 2^53; the first trace id is 2^64 - 1. */
export function* generateBigIdEvents(
  options: { seed?: number; count?: number; startMs?: number } = {},
): Generator<GeneratedEvent> {
  const count = options.count ?? 5;
  const base: GenerateOptions = { count, storyline: false, bigIds: count };
  if (options.seed !== undefined) base.seed = options.seed;
  if (options.startMs !== undefined) base.startMs = options.startMs;
  yield* generateEvents(base);
}
