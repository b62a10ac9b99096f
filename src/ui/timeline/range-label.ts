/**
 * Texts of the timeline's times. A range, for the chip and the tooltip, in UTC:
 * `2026-11-20 08:15:03 – 08:30:00 UTC` (milliseconds only when a bound has them, the date
 * once when both bounds fall on the same day); the width of a bar: `5 min`.
 */
import { formatUtcTime } from '../../lib/format';
import { DAY, HOUR, MINUTE, SECOND } from '../../lib/round-durations';
import type { TimeRange } from '../../protocol/messages';

export function formatRangeUtc({ fromMs, toMs }: TimeRange): string {
  let from = formatUtcTime(fromMs);
  let to = formatUtcTime(toMs);
  if (from.endsWith('.000') && to.endsWith('.000')) {
    from = from.slice(0, -4);
    to = to.slice(0, -4);
  }
  if (from.slice(0, 10) === to.slice(0, 10)) to = to.slice(11);
  return `${from} – ${to} UTC`;
}

const UNITS: readonly (readonly [number, string])[] = [
  [DAY, 'd'],
  [HOUR, 'h'],
  [MINUTE, 'min'],
  [SECOND, 's'],
  [1, 'ms'],
];

/** Width of one bar: `1 min`, `5 s`, `2 h`, `250 ms` (the engine's bins are round widths). */
export function formatBinWidth(ms: number): string {
  for (const [size, unit] of UNITS) {
    if (ms >= size && ms % size === 0) return `${ms / size} ${unit}`;
  }
  return `${Math.round(ms)} ms`;
}
