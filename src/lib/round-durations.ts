/**
 * Round durations in milliseconds (1 ms … 1 year) for histogram bins and axis ticks, so that
 * bars and tick marks fall on times a reader recognises.
 */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Smallest first. */
export const ROUND_DURATIONS: readonly number[] = [
  1,
  2,
  5,
  10,
  20,
  50,
  100,
  200,
  500,
  SECOND,
  2 * SECOND,
  5 * SECOND,
  10 * SECOND,
  15 * SECOND,
  30 * SECOND,
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  91 * DAY,
  365 * DAY,
];

/** The smallest round duration of at least `wanted` (whole years past the largest). */
export function roundDurationAtLeast(wanted: number): number {
  for (const duration of ROUND_DURATIONS) if (duration >= wanted) return duration;
  return Math.ceil(wanted / (365 * DAY)) * 365 * DAY;
}
