/**
 * The timeline's arithmetic, kept apart from drawing so it can be tested: the mapping between
 * pixels and epoch milliseconds, axis ticks on round UTC times (steps from `lib/round-durations`),
 * which bin a pixel falls in, the time range a brush or a click selects, zooming out, and
 * stacking counts per bin.
 *
 * All times are epoch milliseconds; ranges are `[fromMs, toMs)`.
 */
import { DAY, MINUTE, SECOND, roundDurationAtLeast } from '../../lib/round-durations';
import type { Histogram, TimeRange } from '../../protocol/messages';

/** The span a histogram covers. */
export function histogramRange(h: Pick<Histogram, 'fromMs' | 'binMs' | 'bins'>): TimeRange {
  return { fromMs: h.fromMs, toMs: h.fromMs + h.binMs * h.bins };
}

/** Pixel `x` in a plot `width` pixels wide showing `range` → time. */
export function xToMs(x: number, width: number, range: TimeRange): number {
  const clamped = Math.max(0, Math.min(width, x));
  return range.fromMs + (clamped / Math.max(1, width)) * (range.toMs - range.fromMs);
}

/** Time → pixel in a plot `width` pixels wide showing `range`. */
export function msToX(ms: number, width: number, range: TimeRange): number {
  const span = range.toMs - range.fromMs;
  return span > 0 ? ((ms - range.fromMs) / span) * width : 0;
}

export interface Tick {
  readonly ms: number;
  readonly label: string;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A tick label as precise as the step needs; midnight ticks show the date. */
export function tickLabel(ms: number, stepMs: number): string {
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (stepMs >= DAY) return date;
  if (ms % DAY === 0) return `${date.slice(5)} ${hm}`;
  if (stepMs >= MINUTE) return hm;
  const hms = `${hm}:${pad(d.getUTCSeconds())}`;
  return stepMs >= SECOND ? hms : `${hms}.${pad(d.getUTCMilliseconds(), 3)}`;
}

/** The smallest round step that gives at most `maxTicks` ticks over `spanMs`. */
export function tickStep(spanMs: number, maxTicks: number): number {
  return roundDurationAtLeast(spanMs / Math.max(1, maxTicks));
}

/** Ticks on round UTC times inside `range`, at most about `maxTicks`. */
export function utcTicks(range: TimeRange, maxTicks: number): Tick[] {
  const span = range.toMs - range.fromMs;
  if (!(span > 0) || !Number.isFinite(span)) return [];
  const step = tickStep(span, maxTicks);
  const ticks: Tick[] = [];
  for (let ms = Math.ceil(range.fromMs / step) * step; ms <= range.toMs; ms += step) {
    ticks.push({ ms, label: tickLabel(ms, step) });
  }
  return ticks;
}

/** Index of the bin under pixel `x`, clamped to the bins. */
export function binAt(x: number, width: number, bins: number): number {
  if (bins <= 0) return 0;
  return Math.max(0, Math.min(bins - 1, Math.floor((x / Math.max(1, width)) * bins)));
}

/** The time span of bin `index`. */
export function binRange(h: Pick<Histogram, 'fromMs' | 'binMs'>, index: number): TimeRange {
  const fromMs = h.fromMs + index * h.binMs;
  return { fromMs, toMs: fromMs + h.binMs };
}

/** Drags shorter than this many pixels are clicks. */
export const MIN_BRUSH_PX = 4;

/**
 * The range a brush from `x0` to `x1` (either direction) selects, rounded out to whole
 * milliseconds; `undefined` for a drag too short to be one (a click).
 */
export function brushRange(
  x0: number,
  x1: number,
  width: number,
  range: TimeRange,
): TimeRange | undefined {
  if (Math.abs(x1 - x0) < MIN_BRUSH_PX) return undefined;
  const fromMs = Math.floor(xToMs(Math.min(x0, x1), width, range));
  const toMs = Math.ceil(xToMs(Math.max(x0, x1), width, range));
  return toMs > fromMs ? { fromMs, toMs } : undefined;
}

/**
 * Twice the span of `range` around its centre, or `undefined` (everything) once that covers
 * the whole `extent` of the data; without a known extent, always twice the span.
 */
export function zoomOut(range: TimeRange, extent: TimeRange | undefined): TimeRange | undefined {
  const span = Math.max(1, range.toMs - range.fromMs);
  const centre = (range.fromMs + range.toMs) / 2;
  const fromMs = Math.floor(centre - span);
  const toMs = Math.ceil(centre + span);
  if (extent !== undefined && fromMs <= extent.fromMs && toMs >= extent.toMs) return undefined;
  return { fromMs, toMs };
}

export interface Stacked {
  /** Events per bin, all categories together. */
  readonly totals: readonly number[];
  /** The largest total (at least 1, so heights can divide by it). */
  readonly max: number;
  /** Events in all bins. */
  readonly sum: number;
}

export function stackBins(h: Pick<Histogram, 'bins' | 'counts'>): Stacked {
  const totals = new Array<number>(h.bins).fill(0);
  for (const row of h.counts) {
    for (let b = 0; b < h.bins; b++) totals[b] = (totals[b] ?? 0) + (row[b] ?? 0);
  }
  const sum = totals.reduce((a, b) => a + b, 0);
  return { totals, max: Math.max(1, ...totals), sum };
}

/**
 * `range` cut to `within` (a narrowing never widens the range in force: the round bins at
 * the chart's edges can reach past it); `range` itself when there is nothing to cut to or
 * the two do not overlap.
 */
export function narrowWithin(range: TimeRange, within: TimeRange | undefined): TimeRange {
  if (within === undefined) return range;
  const fromMs = Math.max(range.fromMs, within.fromMs);
  const toMs = Math.min(range.toMs, within.toMs);
  return toMs > fromMs ? { fromMs, toMs } : range;
}
