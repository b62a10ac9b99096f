// Aggregation of a lane's marks per pixel cell: one event per cell is its own mark, several
// are counted with their majority category, events outside the window are left out.
import { describe, expect, it } from 'vitest';
import { LaneBuckets } from './lane-buckets';

const cells = (b: LaneBuckets) =>
  Array.from({ length: b.count }, (_, i) => ({
    x: b.x[i],
    events: b.events[i],
    first: b.first[i],
    category: b.category[i],
  }));

describe('lane buckets', () => {
  const times = Float64Array.from([0, 10, 11, 12, 50, 99, 100, 150]);
  const categories = Uint8Array.from([0, 1, 2, 2, 0, 3, 1, 1]);

  it('counts the events of each pixel cell inside the window', () => {
    const buckets = new LaneBuckets();
    // 100 ms over 100 px: one px per ms; cells of 5 px.
    buckets.fill(times, categories, 0, times.length, { fromMs: 0, toMs: 100 }, 100, 5);
    expect(cells(buckets)).toEqual([
      { x: 0, events: 1, first: 0, category: 0 },
      { x: 10, events: 3, first: 1, category: 2 },
      { x: 50, events: 1, first: 4, category: 0 },
      { x: 95, events: 1, first: 5, category: 3 },
    ]);
  });

  it('reads only its lane and resets between calls', () => {
    const buckets = new LaneBuckets();
    buckets.fill(times, categories, 1, 4, { fromMs: 0, toMs: 200 }, 200, 1);
    expect(cells(buckets).map((c) => [c.x, c.events, c.category])).toEqual([
      [10, 1, 1],
      [11, 1, 2],
      [12, 1, 2],
    ]);
    buckets.fill(times, categories, 0, times.length, { fromMs: 101, toMs: 200 }, 99, 1);
    expect(cells(buckets)).toEqual([{ x: 49, events: 1, first: 7, category: 1 }]);
  });

  it('grows past its first capacity and keeps a dense lane to one cell per pixel', () => {
    const many = Float64Array.from({ length: 10_000 }, (_, i) => i / 10);
    const none = new Uint8Array(many.length);
    const buckets = new LaneBuckets();
    buckets.fill(many, none, 0, many.length, { fromMs: 0, toMs: 1000 }, 500, 1);
    expect(buckets.count).toBe(500);
    expect(Array.from(buckets.events.subarray(0, buckets.count)).every((n) => n === 20)).toBe(true);
  });
});
