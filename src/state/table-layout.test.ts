import { describe, expect, it } from 'vitest';
import { TABLE_COLUMNS } from '../protocol/messages';
import {
  DEFAULT_LAYOUT,
  addFieldColumn,
  canMoveColumn,
  moveColumnBy,
  moveColumnTo,
  normalizeLayout,
  pinColumn,
  removeFieldColumn,
  setColumnHidden,
  unpinColumn,
  visibleColumns,
  withVisibility,
  withWidths,
} from './table-layout';
import type { TableLayout } from './table-layout';

const first = (layout: TableLayout, n: number) => layout.order.slice(0, n);

describe('the default layout', () => {
  it('shows every built-in column once, the essential ones first', () => {
    expect([...DEFAULT_LAYOUT.order].sort()).toEqual([...TABLE_COLUMNS].sort());
    expect(first(DEFAULT_LAYOUT, 5)).toEqual(['time', 'type', 'process', 'target', 'validity']);
  });

  it('is what a layout naming no order gets', () => {
    expect(normalizeLayout({}).order).toEqual(DEFAULT_LAYOUT.order);
  });
});

describe('moving columns', () => {
  it('moves one place left and right', () => {
    const right = moveColumnBy(DEFAULT_LAYOUT, 'type', 1);
    expect(first(right, 3)).toEqual(['time', 'process', 'type']);
    const left = moveColumnBy(right, 'type', -1);
    expect(left.order).toEqual(DEFAULT_LAYOUT.order);
  });

  it('stays put at either end', () => {
    expect(moveColumnBy(DEFAULT_LAYOUT, 'time', -1)).toBe(DEFAULT_LAYOUT);
    expect(moveColumnBy(DEFAULT_LAYOUT, 'source', 1)).toBe(DEFAULT_LAYOUT);
    expect(canMoveColumn(DEFAULT_LAYOUT, 'time', -1)).toBe(false);
    expect(canMoveColumn(DEFAULT_LAYOUT, 'time', 1)).toBe(true);
  });

  it('steps over hidden columns', () => {
    const layout = setColumnHidden(DEFAULT_LAYOUT, 'process', true);
    const moved = moveColumnBy(layout, 'type', 1);
    expect(visibleColumns(moved).slice(0, 3)).toEqual(['time', 'target', 'type']);
  });

  it('takes the place of the drop target, before it leftwards and after it rightwards', () => {
    const rightwards = moveColumnTo(DEFAULT_LAYOUT, 'time', 'process');
    expect(first(rightwards, 3)).toEqual(['type', 'process', 'time']);
    const leftwards = moveColumnTo(DEFAULT_LAYOUT, 'host', 'type');
    expect(first(leftwards, 3)).toEqual(['time', 'host', 'type']);
    expect(leftwards.order).toHaveLength(TABLE_COLUMNS.length);
  });

  it('pins a column dropped among pinned ones and unpins one dropped outside', () => {
    const pinned = pinColumn(DEFAULT_LAYOUT, 'host');
    const joined = moveColumnTo(pinned, 'user', 'host');
    expect(joined.pinned).toEqual(['user', 'host']);
    expect(first(joined, 2)).toEqual(['user', 'host']);
    const left = moveColumnTo(joined, 'host', 'type');
    expect(left.pinned).toEqual(['user']);
    expect(first(left, 4)).toEqual(['user', 'time', 'type', 'host']);
  });

  it('never moves a column across the pinned edge one step at a time', () => {
    const layout = pinColumn(DEFAULT_LAYOUT, 'host');
    expect(moveColumnBy(layout, 'host', 1)).toBe(layout);
    expect(moveColumnBy(layout, 'time', -1)).toBe(layout);
  });
});

describe('pinning', () => {
  it('puts pinned columns first, in pinning order', () => {
    const layout = pinColumn(pinColumn(DEFAULT_LAYOUT, 'host'), 'executable');
    expect(layout.pinned).toEqual(['host', 'executable']);
    expect(first(layout, 3)).toEqual(['host', 'executable', 'time']);
  });

  it('unpins to the front of the unpinned columns', () => {
    const layout = pinColumn(pinColumn(DEFAULT_LAYOUT, 'host'), 'executable');
    const unpinned = unpinColumn(layout, 'host');
    expect(unpinned.pinned).toEqual(['executable']);
    expect(first(unpinned, 3)).toEqual(['executable', 'host', 'time']);
  });

  it('ignores unknown or repeated pins', () => {
    const layout = pinColumn(DEFAULT_LAYOUT, 'host');
    expect(pinColumn(layout, 'host')).toBe(layout);
    expect(pinColumn(layout, '@nope')).toBe(layout);
    expect(unpinColumn(layout, 'time')).toBe(layout);
  });
});

describe('hiding', () => {
  it('hides and shows, keeping the column in its place', () => {
    const hidden = setColumnHidden(DEFAULT_LAYOUT, 'user', true);
    expect(hidden.hidden).toEqual(['user']);
    expect(hidden.order).toEqual(DEFAULT_LAYOUT.order);
    expect(visibleColumns(hidden)).not.toContain('user');
    expect(setColumnHidden(hidden, 'user', false).hidden).toEqual([]);
  });

  it('reads a visibility map, where only false hides', () => {
    const layout = withVisibility(DEFAULT_LAYOUT, { user: false, host: true, nope: false });
    expect(layout.hidden).toEqual(['user']);
  });
});

describe('field columns', () => {
  it('adds after a given column, or at the end', () => {
    const end = addFieldColumn(DEFAULT_LAYOUT, '@file.mode');
    expect(end.order.at(-1)).toBe('@file.mode');
    expect(end.fields).toEqual(['@file.mode']);
    const after = addFieldColumn(DEFAULT_LAYOUT, '@file.mode', 'type');
    expect(first(after, 3)).toEqual(['time', 'type', '@file.mode']);
  });

  it('adds after the pinned columns rather than pinning the new one', () => {
    const layout = addFieldColumn(pinColumn(DEFAULT_LAYOUT, 'host'), '@file.mode', 'host');
    expect(layout.pinned).toEqual(['host']);
    expect(first(layout, 2)).toEqual(['host', '@file.mode']);
  });

  it('shows an added field again instead of adding it twice', () => {
    const added = addFieldColumn(DEFAULT_LAYOUT, '@file.mode');
    const hidden = setColumnHidden(added, '@file.mode', true);
    const again = addFieldColumn(hidden, '@file.mode');
    expect(again.fields).toEqual(['@file.mode']);
    expect(again.hidden).toEqual([]);
  });

  it('refuses built-in ids and empty fields', () => {
    expect(addFieldColumn(DEFAULT_LAYOUT, 'time')).toBe(DEFAULT_LAYOUT);
    expect(addFieldColumn(DEFAULT_LAYOUT, '')).toBe(DEFAULT_LAYOUT);
  });

  it('removes every trace of a field column', () => {
    let layout = addFieldColumn(DEFAULT_LAYOUT, '@file.mode');
    layout = pinColumn(layout, '@file.mode');
    layout = setColumnHidden(layout, '@file.mode', true);
    layout = withWidths(layout, { '@file.mode': 90, time: 200 });
    const removed = removeFieldColumn(layout, '@file.mode');
    expect(removed.fields).toEqual([]);
    expect(removed.order).toEqual(DEFAULT_LAYOUT.order);
    expect(removed.pinned).toEqual([]);
    expect(removed.hidden).toEqual([]);
    expect(removed.widths).toEqual({ time: 200 });
  });
});

describe('normalizeLayout', () => {
  it('gives the default for anything that is not an object', () => {
    expect(normalizeLayout(null)).toBe(DEFAULT_LAYOUT);
    expect(normalizeLayout('x')).toBe(DEFAULT_LAYOUT);
  });

  it('keeps a valid layout as it is', () => {
    let layout = addFieldColumn(DEFAULT_LAYOUT, '@process.ppid', 'process');
    layout = pinColumn(layout, 'executable');
    layout = setColumnHidden(layout, 'user', true);
    layout = withWidths(layout, { executable: 321 });
    layout = { ...layout, density: 'comfortable' };
    expect(normalizeLayout(JSON.parse(JSON.stringify(layout)))).toEqual(layout);
  });

  it('repairs a damaged layout', () => {
    const layout = normalizeLayout({
      order: ['host', 'host', 'bogus', 42, '@x.y'],
      hidden: ['bogus', 'user'],
      pinned: ['source', 'nope'],
      widths: { host: 99.6, time: -5, nope: 10, user: 'wide' },
      fields: ['@x.y', 'time', '', 7],
      density: 'huge',
    });
    expect(layout.fields).toEqual(['@x.y']);
    expect(layout.order).toHaveLength(TABLE_COLUMNS.length + 1);
    expect(first(layout, 3)).toEqual(['source', 'host', '@x.y']);
    expect(layout.pinned).toEqual(['source']);
    expect(layout.hidden).toEqual(['user']);
    expect(layout.widths).toEqual({ host: 100 });
    expect(layout.density).toBe('compact');
  });
});
