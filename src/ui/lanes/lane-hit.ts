/**
 * What a pointer at some time is over in one lane: the nearest event within a radius and how
 * many events the radius holds (a dense cell), found by binary search on the lane's times.
 */
import { lowerBound } from '../../lib/lower-bound';

export interface LaneHit {
  /** The nearest event's index in the set's columns. */
  readonly index: number;
  /** Events within the radius. */
  readonly events: number;
}

export function eventsNear(
  timeMs: Float64Array,
  from: number,
  to: number,
  ms: number,
  radiusMs: number,
): LaneHit | undefined {
  const lo = lowerBound(timeMs, from, to, ms - radiusMs);
  const hi = lowerBound(timeMs, lo, to, ms + radiusMs);
  if (hi <= lo) return undefined;
  let index = lo;
  for (let i = lo + 1; i < hi; i++) {
    if (Math.abs((timeMs[i] as number) - ms) < Math.abs((timeMs[index] as number) - ms)) index = i;
  }
  return { index, events: hi - lo };
}
