import { describe, expect, it } from 'vitest';
import { rowShift, rowTop, scrollTopForRow, scrollTopToReveal, slotCount } from './scroll-map';
import type { ScrollGeometry } from './scroll-map';

const small: ScrollGeometry = { rows: 1000, rowHeight: 22, viewportHeight: 440 };
const huge: ScrollGeometry = { rows: 5_000_000, rowHeight: 22, viewportHeight: 440 };

describe('scroll map without shifting', () => {
  it('gives every row a slot', () => {
    expect(slotCount(1000, 22)).toBe(1000);
    expect(rowShift(5000, small)).toBe(0);
  });

  it('scrolls a row to the top or the bottom exactly', () => {
    expect(scrollTopForRow(100, 0, small)).toBe(2200);
    expect(scrollTopToReveal(100, 0, small)).toBe(100 * 22 - 440 + 22);
    expect(scrollTopToReveal(5, 0, small)).toBeUndefined();
  });
});

describe('scroll map with more rows than scroll height', () => {
  const slots = slotCount(huge.rows, huge.rowHeight);
  const max = slots * huge.rowHeight - huge.viewportHeight;

  it('caps the scroll height', () => {
    expect(slots * huge.rowHeight).toBeLessThanOrEqual(16_000_000);
  });

  it('reaches the first and the last row', () => {
    expect(rowShift(0, huge)).toBe(0);
    expect(rowShift(max, huge)).toBe(huge.rows - slots);
    // The last slot shows the last row at the bottom of the viewport.
    const last = huge.rows - 1;
    expect(rowTop(last, max, huge)).toBe(huge.viewportHeight - huge.rowHeight);
  });

  it('brings any row into view', () => {
    for (const row of [0, 1, 12_345, 2_500_000, 4_999_000, huge.rows - 1]) {
      for (const y of [0, huge.viewportHeight - huge.rowHeight]) {
        const top = scrollTopForRow(row, y, huge);
        const at = rowTop(row, top, huge);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(at + huge.rowHeight).toBeLessThanOrEqual(huge.viewportHeight);
      }
    }
  });

  it('moves one row down without jumping past it', () => {
    const top = scrollTopForRow(3_000_000, 0, huge);
    const next = scrollTopToReveal(3_000_001, top, huge);
    const at = rowTop(3_000_001, next ?? top, huge);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(huge.viewportHeight);
  });
});
