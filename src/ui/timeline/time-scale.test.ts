import { describe, expect, it } from 'vitest';
import { formatBinWidth, formatRangeUtc } from './range-label';
import {
  binAt,
  binRange,
  brushRange,
  histogramRange,
  msToX,
  narrowWithin,
  stackBins,
  tickLabel,
  tickStep,
  utcTicks,
  xToMs,
  zoomOut,
} from './time-scale';

const T0 = Date.UTC(2026, 10, 20, 8, 0, 12, 511);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('pixels and times', () => {
  const range = { fromMs: 1000, toMs: 2000 };

  it('maps both ways and clamps pixels to the plot', () => {
    expect(xToMs(0, 200, range)).toBe(1000);
    expect(xToMs(100, 200, range)).toBe(1500);
    expect(xToMs(-5, 200, range)).toBe(1000);
    expect(xToMs(999, 200, range)).toBe(2000);
    expect(msToX(1500, 200, range)).toBe(100);
    expect(msToX(1500, 200, { fromMs: 5, toMs: 5 })).toBe(0);
  });

  it('finds the bin under a pixel and its time span', () => {
    expect(binAt(0, 300, 30)).toBe(0);
    expect(binAt(299.9, 300, 30)).toBe(29);
    expect(binAt(300, 300, 30)).toBe(29);
    expect(binAt(-1, 300, 30)).toBe(0);
    expect(binAt(15, 300, 30)).toBe(1);
    const h = { fromMs: T0, binMs: MIN, bins: 150 };
    expect(binRange(h, 2)).toEqual({ fromMs: T0 + 2 * MIN, toMs: T0 + 3 * MIN });
    expect(histogramRange(h)).toEqual({ fromMs: T0, toMs: T0 + 150 * MIN });
  });
});

describe('brushing', () => {
  const range = { fromMs: 0, toMs: 10_000 };

  it('selects the dragged span in either direction, in whole milliseconds', () => {
    expect(brushRange(10, 50, 100, range)).toEqual({ fromMs: 1000, toMs: 5000 });
    expect(brushRange(50, 10, 100, range)).toEqual({ fromMs: 1000, toMs: 5000 });
    expect(brushRange(10.01, 50.01, 100, range)).toEqual({ fromMs: 1001, toMs: 5001 });
  });

  it('treats a short drag as a click and clamps drags past the edges', () => {
    expect(brushRange(10, 12, 100, range)).toBeUndefined();
    expect(brushRange(-20, 150, 100, range)).toEqual(range);
  });
});

describe('narrowing', () => {
  it('never reaches past the range in force', () => {
    const within = { fromMs: 100, toMs: 200 };
    expect(narrowWithin({ fromMs: 90, toMs: 150 }, within)).toEqual({ fromMs: 100, toMs: 150 });
    expect(narrowWithin({ fromMs: 120, toMs: 150 }, within)).toEqual({ fromMs: 120, toMs: 150 });
    expect(narrowWithin({ fromMs: 90, toMs: 150 }, undefined)).toEqual({ fromMs: 90, toMs: 150 });
    expect(narrowWithin({ fromMs: 300, toMs: 400 }, within)).toEqual({ fromMs: 300, toMs: 400 });
  });
});

describe('zooming out', () => {
  it('doubles the span around the centre', () => {
    expect(zoomOut({ fromMs: 100, toMs: 200 }, { fromMs: 0, toMs: 1000 })).toEqual({
      fromMs: 50,
      toMs: 250,
    });
    expect(zoomOut({ fromMs: 100, toMs: 200 }, undefined)).toEqual({ fromMs: 50, toMs: 250 });
  });

  it('returns to everything once the doubled span covers the data', () => {
    expect(zoomOut({ fromMs: 200, toMs: 800 }, { fromMs: 0, toMs: 1000 })).toBeUndefined();
  });
});

describe('axis ticks', () => {
  it('picks a round step for the number of ticks that fits', () => {
    expect(tickStep(2.5 * HOUR, 8)).toBe(30 * MIN);
    expect(tickStep(10 * 1000, 10)).toBe(1000);
    expect(tickStep(50, 10)).toBe(5);
    expect(tickStep(40 * 365 * 24 * HOUR, 4)).toBe(10 * 365 * 24 * HOUR);
  });

  it('places ticks on round UTC times inside the range', () => {
    const ticks = utcTicks({ fromMs: T0, toMs: T0 + 2.5 * HOUR }, 8);
    expect(ticks.map((t) => t.label)).toEqual(['08:30', '09:00', '09:30', '10:00', '10:30']);
    expect(ticks.every((t) => t.ms % (30 * MIN) === 0)).toBe(true);
    expect(utcTicks({ fromMs: 5, toMs: 5 }, 8)).toEqual([]);
  });

  it('labels as precisely as the step needs, with the date at midnight', () => {
    const midnight = Date.UTC(2026, 10, 21);
    expect(tickLabel(midnight, HOUR)).toBe('11-21 00:00');
    expect(tickLabel(midnight + 90_000, 10_000)).toBe('00:01:30');
    expect(tickLabel(midnight + 90_250, 50)).toBe('00:01:30.250');
    expect(tickLabel(midnight, 24 * HOUR)).toBe('2026-11-21');
  });
});

describe('stacking', () => {
  it('adds the categories of each bin', () => {
    const stacked = stackBins({
      bins: 3,
      counts: [
        [1, 0, 2],
        [4, 0, 0],
      ],
    });
    expect(stacked).toEqual({ totals: [5, 0, 2], max: 5, sum: 7 });
    expect(stackBins({ bins: 2, counts: [] }).max).toBe(1);
  });
});

describe('range labels', () => {
  it('shows the date once and milliseconds only when present', () => {
    const from = Date.UTC(2026, 10, 20, 8, 15, 3);
    expect(formatRangeUtc({ fromMs: from, toMs: from + 15 * MIN })).toBe(
      '2026-11-20 08:15:03 – 08:30:03 UTC',
    );
    expect(formatRangeUtc({ fromMs: from + 5, toMs: from + 24 * HOUR })).toBe(
      '2026-11-20 08:15:03.005 – 2026-11-21 08:15:03.000 UTC',
    );
  });
});

describe('bar widths', () => {
  it('names a round width in its largest whole unit', () => {
    expect(formatBinWidth(60_000)).toBe('1 min');
    expect(formatBinWidth(90_000)).toBe('90 s');
    expect(formatBinWidth(2 * HOUR)).toBe('2 h');
    expect(formatBinWidth(250)).toBe('250 ms');
    expect(formatBinWidth(7 * 24 * HOUR)).toBe('7 d');
  });
});
