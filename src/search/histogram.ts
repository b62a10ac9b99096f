/**
 * The timeline's histogram: matching events per time bin, stacked by category. Bin widths
 * are round durations (1 s, 5 s, 1 min, 1 h, 1 day, …) so that bars line up with the axis.
 */
import { roundDurationAtLeast } from '../lib/round-durations';
import type { Histogram, TimeRange } from '../protocol/messages';

/** The smallest round width that covers `span` in at most `bins` bins. */
export function binWidth(span: number, bins: number): number {
  return roundDurationAtLeast(span / Math.max(1, bins));
}

export interface HistogramInput {
  readonly keys: Uint32Array;
  readonly timeMs: Float64Array;
  /** Category code per key and the category name per code. */
  readonly categoryCodes: ArrayLike<number>;
  readonly categoryNames: readonly string[];
  readonly range: TimeRange;
  readonly bins: number;
}

/** The bins covering `range` with at most `requested` round-width bins (2000 at most). */
export function histogramBins(
  range: TimeRange,
  requested: number,
): { fromMs: number; width: number; bins: number } {
  const span = Math.max(1, range.toMs - range.fromMs);
  const width = binWidth(span, Math.max(1, Math.min(requested, 2000)));
  const fromMs = Math.floor(range.fromMs / width) * width;
  return { fromMs, width, bins: Math.max(1, Math.ceil((range.toMs - fromMs) / width)) };
}

export function buildHistogram(input: HistogramInput): Histogram {
  const { keys, timeMs, categoryCodes, categoryNames, range } = input;
  const { fromMs, width, bins } = histogramBins(range, input.bins);
  const slots = categoryNames.length;
  const grid = new Uint32Array(slots * bins);
  let untimed = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    const t = timeMs[key] as number;
    if (Number.isNaN(t)) {
      untimed++;
      continue;
    }
    if (t < range.fromMs || t >= range.toMs) continue;
    const bin = Math.floor((t - fromMs) / width);
    if (bin < 0 || bin >= bins) continue;
    const slot = categoryCodes[key] as number;
    grid[slot * bins + bin] = (grid[slot * bins + bin] as number) + 1;
  }
  const totals = Array.from({ length: slots }, (_, c) => {
    let n = 0;
    for (let b = 0; b < bins; b++) n += grid[c * bins + b] as number;
    return n;
  });
  const used = totals
    .map((total, code) => ({ total, code }))
    .filter((c) => c.total > 0)
    .sort((a, b) => b.total - a.total || a.code - b.code);
  return {
    fromMs,
    binMs: width,
    bins,
    categories: used.map((c) => categoryNames[c.code] ?? ''),
    counts: used.map((c) => Array.from(grid.subarray(c.code * bins, (c.code + 1) * bins))),
    untimed,
  };
}
