import { describe, expect, it } from 'vitest';
import { CodeCounts, addSeen, type KindTally } from './tally';

describe('addSeen', () => {
  it('adds counts and widens first and last seen', () => {
    const tally: KindTally = new Map();
    addSeen(tally, 'a', { count: 2, firstMs: 10, lastMs: 20 }, () => 'q');
    addSeen(tally, 'a', { count: 3, firstMs: 5, lastMs: 15 }, () => 'q');
    const a = tally.get('a');
    expect(a).toMatchObject({ count: 5, firstMs: 5, lastMs: 20 });
    expect(a?.query()).toBe('q');
  });

  it('finds a value read from several fields by any of their queries', () => {
    const tally: KindTally = new Map();
    const seen = { count: 1, firstMs: 1, lastMs: 1 };
    addSeen(tally, 'x', seen, () => 'a:1', 'a');
    addSeen(tally, 'x', seen, () => 'a:1', 'a');
    addSeen(tally, 'x', seen, () => 'b:1', 'b');
    addSeen(tally, 'x', seen, () => 'c:1', 'c');
    expect(tally.get('x')?.query()).toBe('(a:1) OR (b:1) OR (c:1)');
  });

  it('never builds the query of a value that is not asked for', () => {
    const tally: KindTally = new Map();
    addSeen(tally, 'x', { count: 1, firstMs: 1, lastMs: 1 }, () => {
      throw new Error('built');
    });
    expect(tally.get('x')?.count).toBe(1);
  });
});

describe('CodeCounts', () => {
  it('counts per code, skips code 0, and dates nothing without a time', () => {
    const counts = new CodeCounts(3);
    counts.add(1, 50);
    counts.add(1, 40);
    counts.add(2, Number.NaN);
    const out: unknown[] = [];
    counts.forEach((code, seen) => out.push([code, seen]));
    expect(out).toEqual([
      [1, { count: 2, firstMs: 40, lastMs: 50 }],
      [2, { count: 1, firstMs: Infinity, lastMs: -Infinity }],
    ]);
  });
});
