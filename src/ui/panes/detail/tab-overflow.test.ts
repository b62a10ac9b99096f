import { describe, expect, it } from 'vitest';
import { tabsOnRow } from './tab-overflow';

const WIDTHS = [50, 100, 50, 80, 80, 70];

describe('tabsOnRow', () => {
  it('keeps every tab when they all fit, without the More button', () => {
    expect(tabsOnRow(WIDTHS, 430, 60, 0)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps the leading tabs that fit beside the More button', () => {
    // 300 - 60 leaves 240: 50 + 100 + 50 fit, the next 80 does not.
    expect(tabsOnRow(WIDTHS, 300, 60, 1)).toEqual([0, 1, 2]);
  });

  it('shows a chosen tab from the menu in place of the last ones on the row', () => {
    // The chosen 70 needs the last 50 to go: 50 + 100 + 70 = 220 <= 240.
    expect(tabsOnRow(WIDTHS, 300, 60, 5)).toEqual([0, 1, 5]);
  });

  it('shows the chosen tab alone when nothing else fits beside it', () => {
    expect(tabsOnRow(WIDTHS, 100, 60, 3)).toEqual([3]);
  });

  it('ignores a chosen index that names no tab', () => {
    expect(tabsOnRow(WIDTHS, 300, 60, 9)).toEqual([0, 1, 2]);
  });
});
