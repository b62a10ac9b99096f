/**
 * How the visible columns are laid out, for headers, rows and placeholders alike: each column
 * reads its width (and, when pinned, its left offset) from CSS variables set once on the grid
 * (`gridVariables`), so a resize restyles every row without re-rendering it.
 *
 * The first column is `ROW_MARK_PX` wider than its size: the room at the start of every row
 * for the row's validity mark (`row-mark.tsx`), so the mark stays wherever the columns go.
 *
 * Column ids can be fields such as `@file.mode`, which are not valid in a CSS variable name:
 * `cssName` escapes them one-to-one.
 */
import type { CSSProperties } from 'react';
import type { Column, ReactTable } from '@tanstack/react-table';
import type { EventRow } from '../../protocol/messages';
import type { TableFeatureSet } from './columns';

/** Room for the row mark at the start of the first column, in px. */
export const ROW_MARK_PX = 14;

export interface ColumnSlot {
  readonly id: string;
  readonly isPinned: boolean;
  /** The last pinned column draws the edge the other columns scroll under. */
  readonly isLastPinned: boolean;
  /** The first column holds the row mark. */
  readonly isFirst: boolean;
}

/** `id` made safe for a CSS custom property name; distinct ids give distinct names. */
export function cssName(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`);
}

export function slotStyle(slot: ColumnSlot): CSSProperties {
  const name = cssName(slot.id);
  return slot.isPinned
    ? { width: `var(--col-${name})`, left: `var(--pin-${name})` }
    : { width: `var(--col-${name})` };
}

export function slotClass(slot: ColumnSlot): string {
  const first = slot.isFirst ? ' is-first' : '';
  if (!slot.isPinned) return first;
  return `${first}${slot.isLastPinned ? ' is-pinned is-pinned-last' : ' is-pinned'}`;
}

type TableColumn = Column<TableFeatureSet, EventRow, unknown>;

export function columnSlots(columns: readonly TableColumn[]): ColumnSlot[] {
  const pinned = columns.filter((c) => c.getIsPinned() !== false).length;
  return columns.map((column, i) => ({
    id: column.id,
    isPinned: column.getIsPinned() !== false,
    isLastPinned: i === pinned - 1,
    isFirst: i === 0,
  }));
}

/** A string that changes whenever the slots do, to keep memoized rows stable otherwise. */
export function slotsKey(slots: readonly ColumnSlot[]): string {
  return slots.map((s) => (s.isPinned ? `${s.id}!` : s.id)).join('\n');
}

/** Widths and pinned offsets of the visible columns, and the row width, as CSS variables. */
export function gridVariables(
  table: ReactTable<TableFeatureSet, EventRow>,
  rowHeight: number,
): Record<string, string> {
  const vars: Record<string, string> = {};
  table.getVisibleLeafColumns().forEach((column, i) => {
    const name = cssName(column.id);
    const mark = i === 0 ? ROW_MARK_PX : 0;
    vars[`--col-${name}`] = `${column.getSize() + mark}px`;
    if (column.getIsPinned() !== false) {
      vars[`--pin-${name}`] = `${column.getStart('start') + ROW_MARK_PX - mark}px`;
    }
  });
  vars['--row-width'] = `${table.getTotalSize() + ROW_MARK_PX}px`;
  vars['--row-height'] = `${rowHeight}px`;
  return vars;
}
