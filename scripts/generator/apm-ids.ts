/**
 * APM correlation ids (`dd.span_id`, `dd.trace_id`): safe integers for ordinary events, and
 * `bigint` ids above 2^53 for the few events that exercise exact big-number handling.
 */
import type { Rng } from './prng';
import type { DdContext } from './types';

/** 2^64 - 1, the largest 64-bit trace id. */
export const MAX_TRACE_ID = 18446744073709551615n;

export function safeDd(rng: Rng): DdContext {
  return { span_id: rng.safeInt53(), trace_id: rng.safeInt53() };
}

/** `dd` ids for the `k`-th big-id event: the first trace id is exactly 2^64 - 1, all exceed 2^53. */
export function bigDd(rng: Rng, k: number): DdContext {
  const random64 = () => (BigInt(rng.u32()) << 32n) | BigInt(rng.u32());
  const above53 = () => (1n << 53n) + 1n + (random64() % ((1n << 64n) - (1n << 53n) - 1n));
  return { span_id: above53(), trace_id: k === 0 ? MAX_TRACE_ID : above53() };
}

/**
 * `dd` as agents from 7.57 write it: the span id as decimal text, the trace id as its two
 * 64-bit halves in hex without padding (`fmt.Sprintf("%x%x", hi, lo)`); the high half of a
 * 128-bit trace id holds the trace's start in epoch seconds, as the tracers make it.
 */
export function modernDd(dd: DdContext, timeMs: number): DdContext {
  const hi = BigInt(Math.floor(timeMs / 1000)) << 32n;
  return {
    span_id: BigInt(dd.span_id).toString(),
    trace_id: hi.toString(16) + BigInt(dd.trace_id).toString(16),
  };
}
