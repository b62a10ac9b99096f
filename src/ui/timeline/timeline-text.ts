/**
 * The timeline in words, for those who cannot see the chart: one sentence (how many events,
 * over which span, in bars of what width, and the busiest bar) and the rows of its table view
 * (one per bar that holds events, with the count per category).
 */
import { formatInt } from '../../lib/format';
import type { Histogram } from '../../protocol/messages';
import { formatBinWidth, formatRangeUtc } from './range-label';
import { binRange, histogramRange, stackBins } from './time-scale';

function events(n: number): string {
  return `${formatInt(n)} ${n === 1 ? 'event' : 'events'}`;
}

/** `6,000 events, 2026-11-20 08:00 – 10:30 UTC, in 2 min bars; the busiest, …, holds 212.` */
export function describeHistogram(h: Histogram): string {
  const { totals, sum } = stackBins(h);
  const parts = [events(sum)];
  if (h.bins > 0 && Number.isFinite(h.fromMs) && sum > 0) {
    parts.push(`${formatRangeUtc(histogramRange(h))}, in ${formatBinWidth(h.binMs)} bars`);
    const busiest = totals.indexOf(Math.max(...totals));
    parts.push(
      `the busiest bar, ${formatRangeUtc(binRange(h, busiest))}, holds ${events(totals[busiest] ?? 0)}`,
    );
  }
  if (h.untimed > 0) parts.push(`${formatInt(h.untimed)} without a time`);
  return `${parts.join('; ')}.`;
}

export interface TimelineRow {
  readonly bin: number;
  readonly range: string;
  /** Events per category, in the histogram's category order. */
  readonly counts: readonly number[];
  readonly total: number;
}

/** The bars that hold events, in time order. */
export function timelineRows(h: Histogram): TimelineRow[] {
  const { totals } = stackBins(h);
  const rows: TimelineRow[] = [];
  for (let b = 0; b < h.bins; b++) {
    const total = totals[b] ?? 0;
    if (total === 0) continue;
    rows.push({
      bin: b,
      range: formatRangeUtc(binRange(h, b)),
      counts: h.categories.map((_, c) => h.counts[c]?.[b] ?? 0),
      total,
    });
  }
  return rows;
}
