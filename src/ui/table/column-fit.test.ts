import { describe, expect, it } from 'vitest';
import { FIT_MIN_PX, fitColumnWidths } from './column-fit';
import type { FitColumn } from './column-fit';

const column = (id: string, size: number, isSized = false): FitColumn => ({ id, size, isSized });

// time 178 + type 150 + process 150 + target 260 + validity 74 = 812, then two lesser columns.
const COLUMNS = [
  column('time', 178),
  column('type', 150),
  column('process', 150),
  column('target', 260),
  column('validity', 74),
  column('outcome', 78),
  column('executable', 200),
];

const leadingWidth = (widths: Record<string, number>, extra: number) =>
  COLUMNS.slice(0, 5).reduce((sum, c) => sum + (widths[c.id] ?? c.size), extra);

describe('fitColumnWidths', () => {
  it('changes nothing when the essential columns fit', () => {
    expect(fitColumnWidths(COLUMNS, 826, 14)).toEqual({});
  });

  it('narrows the text columns up to the last essential one, so that they fit', () => {
    const widths = fitColumnWidths(COLUMNS, 700, 14);
    expect(Object.keys(widths).sort()).toEqual(['process', 'target', 'type']);
    expect(leadingWidth(widths, 14)).toBeLessThanOrEqual(700);
    // In proportion to what each has above the minimum: the wide target gives most.
    expect(260 - widths.target!).toBeGreaterThan(150 - widths.type!);
    expect(widths.type).toBe(widths.process);
  });

  it('stops at the minimum, leaving the rest to sideways scrolling', () => {
    const widths = fitColumnWidths(COLUMNS, 300, 14);
    expect(widths).toEqual({ type: FIT_MIN_PX, process: FIT_MIN_PX, target: FIT_MIN_PX });
  });

  it('keeps the widths the analyst set and the columns after the essential ones', () => {
    const sized = COLUMNS.map((c) => (c.id === 'target' ? column('target', 260, true) : c));
    const widths = fitColumnWidths(sized, 700, 14);
    expect(widths.target).toBeUndefined();
    expect(widths.executable).toBeUndefined();
    expect(widths.type).toBe(FIT_MIN_PX);
  });

  it('narrows the columns placed among the essential ones', () => {
    const moved = [column('time', 178), column('executable', 200), ...COLUMNS.slice(1, 5)];
    const widths = fitColumnWidths(moved, 900, 14);
    expect(widths.executable).toBeLessThan(200);
  });

  it('does nothing before the table is measured', () => {
    expect(fitColumnWidths(COLUMNS, 0, 14)).toEqual({});
  });
});
