// Rows of the lanes: pinned lanes on top, collapsed subtrees hidden, the rest in tree order.
import { describe, expect, it } from 'vitest';
import type { Lane } from '../../protocol/messages';
import { laneRows } from './lane-rows';

/** Lanes in pre-order from `[key, descendants]` pairs. */
const lanes = (shape: readonly (readonly [string, number])[]): Lane[] =>
  shape.map(([key, descendants]) => ({ key, descendants }) as Lane);

// a ─ b ─ c
//   │   └ d
//   └ e
const TREE = lanes([
  ['a', 4],
  ['b', 2],
  ['c', 0],
  ['d', 0],
  ['e', 0],
]);

describe('lane rows', () => {
  it('lists every lane in tree order by default', () => {
    expect(laneRows(TREE, new Set(), new Set())).toEqual({ rows: [0, 1, 2, 3, 4], pinnedCount: 0 });
  });

  it('hides what lies below a collapsed lane', () => {
    expect(laneRows(TREE, new Set(), new Set(['b'])).rows).toEqual([0, 1, 4]);
    expect(laneRows(TREE, new Set(), new Set(['a', 'b'])).rows).toEqual([0]);
  });

  it('puts pinned lanes on top, in tree order, and not again below', () => {
    expect(laneRows(TREE, new Set(['e', 'c']), new Set())).toEqual({
      rows: [2, 4, 0, 1, 3],
      pinnedCount: 2,
    });
    // A pinned lane stays on top when the lane above it is collapsed.
    expect(laneRows(TREE, new Set(['d']), new Set(['b'])).rows).toEqual([3, 0, 1, 4]);
  });
});
