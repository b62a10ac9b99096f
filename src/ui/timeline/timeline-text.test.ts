import { describe, expect, it } from 'vitest';
import type { Histogram } from '../../protocol/messages';
import { describeHistogram, timelineRows } from './timeline-text';

const MINUTE = 60_000;
const FROM = Date.UTC(2026, 10, 20, 8, 0, 0);

const histogram: Histogram = {
  fromMs: FROM,
  binMs: 2 * MINUTE,
  bins: 3,
  categories: ['File Activity', ''],
  counts: [
    [3, 0, 1200],
    [1, 0, 31],
  ],
  untimed: 0,
};

describe('describeHistogram', () => {
  it('names the total, the span, the bar width and the busiest bar', () => {
    expect(describeHistogram(histogram)).toBe(
      '1,235 events; 2026-11-20 08:00:00 – 08:06:00 UTC, in 2 min bars; ' +
        'the busiest bar, 2026-11-20 08:04:00 – 08:06:00 UTC, holds 1,231 events.',
    );
  });

  it('says when nothing is there, and counts events without a time', () => {
    const empty: Histogram = { ...histogram, counts: [[0, 0, 0]], categories: ['x'], untimed: 2 };
    expect(describeHistogram(empty)).toBe('0 events; 2 without a time.');
  });
});

describe('timelineRows', () => {
  it('lists the bars that hold events, with counts per category', () => {
    expect(timelineRows(histogram)).toEqual([
      { bin: 0, range: '2026-11-20 08:00:00 – 08:02:00 UTC', counts: [3, 1], total: 4 },
      { bin: 2, range: '2026-11-20 08:04:00 – 08:06:00 UTC', counts: [1200, 31], total: 1231 },
    ]);
  });
});
