/**
 * The shape of the event table as the analyst arranged it: column order, hidden and pinned
 * columns, widths, the extra field columns and the row density. A plain serializable object
 * (arrays and a record of numbers) so it can be stored and, later, encoded in a link.
 *
 * Invariants kept by every function here (`normalizeLayout` restores them from any input):
 * - `order` holds every column exactly once: the built-in `TABLE_COLUMNS` and the `fields`;
 * - pinned columns come first in `order`, in the order they are shown, so `order` is the
 *   display order (hidden columns keep their place in it);
 * - `hidden`, `pinned` and `widths` only name columns that are in `order`.
 *
 * Field columns are identified by their field in query syntax (`@file.mode`), built-in
 * columns by their `TABLE_COLUMNS` id. Everything is pure: the store applies these.
 */
import { TABLE_COLUMNS } from '../protocol/messages';
import type { TableColumnId } from '../protocol/messages';

export type Density = 'compact' | 'comfortable';

export const DENSITIES: readonly Density[] = ['compact', 'comfortable'];

export interface TableLayout {
  /** Every column id in display order, pinned ones first. */
  readonly order: readonly string[];
  readonly hidden: readonly string[];
  /** Columns pinned to the left edge, in display order. */
  readonly pinned: readonly string[];
  /** Widths in px set by resizing; columns not named here have their default width. */
  readonly widths: Readonly<Record<string, number>>;
  /** Extra columns: fields in query syntax (`@file.mode`), in the order they were added. */
  readonly fields: readonly string[];
  readonly density: Density;
}

/**
 * The built-in columns in their default display order: what happened, to what, and whether
 * the event is sound first (time, event, process, target, validity), so that they are what a
 * narrow table shows (see `ui/table/column-fit.ts`); the lesser columns follow.
 */
export const DEFAULT_COLUMN_ORDER: readonly TableColumnId[] = [
  'time',
  'type',
  'process',
  'target',
  'validity',
  'outcome',
  'executable',
  'user',
  'container',
  'host',
  'source',
];

export const DEFAULT_LAYOUT: TableLayout = {
  order: DEFAULT_COLUMN_ORDER,
  hidden: [],
  pinned: [],
  widths: {},
  fields: [],
  density: 'compact',
};

const BUILT_IN: ReadonlySet<string> = new Set(TABLE_COLUMNS);

export function isBuiltInColumn(id: string): boolean {
  return BUILT_IN.has(id);
}

/** A field column id is a field in query syntax: `@path`, or an envelope name such as `host`. */
function isFieldId(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= 300 && !BUILT_IN.has(value);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** `order` with the pinned columns moved to the front, in `order`'s sequence. */
function pinnedFirst(order: readonly string[], pinned: ReadonlySet<string>): string[] {
  return [...order.filter((id) => pinned.has(id)), ...order.filter((id) => !pinned.has(id))];
}

/**
 * A valid layout from anything (a stored copy from an older version, a hand-edited link):
 * unknown columns are dropped, missing built-in columns are appended (in their default order),
 * duplicates removed.
 */
export function normalizeLayout(input: unknown): TableLayout {
  if (typeof input !== 'object' || input === null) return DEFAULT_LAYOUT;
  const raw = input as Record<string, unknown>;
  const fields = unique(stringsOf(raw.fields).filter(isFieldId));
  const known = new Set<string>([...DEFAULT_COLUMN_ORDER, ...fields]);
  const listed = unique(stringsOf(raw.order).filter((id) => known.has(id)));
  const order = [...listed, ...[...known].filter((id) => !listed.includes(id))];
  const pinned = new Set(stringsOf(raw.pinned).filter((id) => known.has(id)));
  const widths: Record<string, number> = {};
  if (typeof raw.widths === 'object' && raw.widths !== null) {
    for (const [id, width] of Object.entries(raw.widths as Record<string, unknown>)) {
      if (known.has(id) && typeof width === 'number' && Number.isFinite(width) && width > 0) {
        widths[id] = Math.round(width);
      }
    }
  }
  const sorted = pinnedFirst(order, pinned);
  return {
    order: sorted,
    hidden: unique(stringsOf(raw.hidden).filter((id) => known.has(id))),
    pinned: sorted.filter((id) => pinned.has(id)),
    widths,
    fields,
    density: raw.density === 'comfortable' ? 'comfortable' : 'compact',
  };
}

/** The visible columns in display order. */
export function visibleColumns(layout: TableLayout): string[] {
  const hidden = new Set(layout.hidden);
  return layout.order.filter((id) => !hidden.has(id));
}

/**
 * `id` moved to the place of `target` in the display order (after it when moving right,
 * before it when moving left), taking `target`'s pinned state: dropping a column among the
 * pinned ones pins it, dropping a pinned one among the others unpins it.
 */
export function moveColumnTo(layout: TableLayout, id: string, target: string): TableLayout {
  const from = layout.order.indexOf(id);
  const to = layout.order.indexOf(target);
  if (from < 0 || to < 0 || from === to) return layout;
  const order = layout.order.filter((c) => c !== id);
  order.splice(to, 0, id);
  const pinned = new Set(layout.pinned);
  if (pinned.has(target)) pinned.add(id);
  else pinned.delete(id);
  const sorted = pinnedFirst(order, pinned);
  return { ...layout, order: sorted, pinned: sorted.filter((c) => pinned.has(c)) };
}

/**
 * `id` moved one visible place left (`step` -1) or right (+1) among the columns of its
 * region (pinned or not); unchanged at the edge of its region.
 */
export function moveColumnBy(layout: TableLayout, id: string, step: -1 | 1): TableLayout {
  const visible = visibleColumns(layout);
  const at = visible.indexOf(id);
  const neighbour = visible[at + step];
  if (at < 0 || neighbour === undefined) return layout;
  if (layout.pinned.includes(id) !== layout.pinned.includes(neighbour)) return layout;
  return moveColumnTo(layout, id, neighbour);
}

/** Whether `id` can move one visible place in direction `step` (see `moveColumnBy`). */
export function canMoveColumn(layout: TableLayout, id: string, step: -1 | 1): boolean {
  return moveColumnBy(layout, id, step) !== layout;
}

/** Pins `id` to the left edge, after the columns already pinned. */
export function pinColumn(layout: TableLayout, id: string): TableLayout {
  if (!layout.order.includes(id) || layout.pinned.includes(id)) return layout;
  const pinned = [...layout.pinned, id];
  const rest = layout.order.filter((c) => !pinned.includes(c));
  return { ...layout, order: [...pinned, ...rest], pinned };
}

/** Unpins `id`: it becomes the first of the unpinned columns. */
export function unpinColumn(layout: TableLayout, id: string): TableLayout {
  if (!layout.pinned.includes(id)) return layout;
  const pinned = layout.pinned.filter((c) => c !== id);
  const rest = layout.order.filter((c) => c !== id && !pinned.includes(c));
  return { ...layout, order: [...pinned, id, ...rest], pinned };
}

export function setColumnHidden(layout: TableLayout, id: string, isHidden: boolean): TableLayout {
  if (!layout.order.includes(id) || layout.hidden.includes(id) === isHidden) return layout;
  const hidden = isHidden ? [...layout.hidden, id] : layout.hidden.filter((c) => c !== id);
  return { ...layout, hidden };
}

/** Replaces the hidden set from a visibility map (`false` hides; absent or `true` shows). */
export function withVisibility(
  layout: TableLayout,
  visibility: Readonly<Record<string, boolean>>,
): TableLayout {
  const hidden = layout.order.filter((id) => visibility[id] === false);
  return { ...layout, hidden };
}

/** Replaces the widths (kept only for known columns, rounded to whole px). */
export function withWidths(
  layout: TableLayout,
  widths: Readonly<Record<string, number>>,
): TableLayout {
  const known = new Set(layout.order);
  const next: Record<string, number> = {};
  for (const [id, width] of Object.entries(widths)) {
    if (known.has(id) && Number.isFinite(width) && width > 0) next[id] = Math.round(width);
  }
  return { ...layout, widths: next };
}

/**
 * Adds a field column (shown again if it was added and hidden). It goes right after `after`
 * when given (the column an action was taken from), else at the end.
 */
export function addFieldColumn(layout: TableLayout, field: string, after?: string): TableLayout {
  if (!isFieldId(field)) return layout;
  if (layout.fields.includes(field)) return setColumnHidden(layout, field, false);
  const order = [...layout.order];
  const at = after === undefined ? -1 : order.indexOf(after);
  // Inserting among the pinned columns would pin the new one: place it after them instead.
  const firstFree = layout.pinned.length;
  order.splice(at < 0 ? order.length : Math.max(at + 1, firstFree), 0, field);
  return { ...layout, order, fields: [...layout.fields, field] };
}

/** Takes a field column out of the table entirely (order, pins, widths, hidden). */
export function removeFieldColumn(layout: TableLayout, field: string): TableLayout {
  if (!layout.fields.includes(field)) return layout;
  const widths = { ...layout.widths };
  delete widths[field];
  return {
    ...layout,
    order: layout.order.filter((c) => c !== field),
    hidden: layout.hidden.filter((c) => c !== field),
    pinned: layout.pinned.filter((c) => c !== field),
    widths,
    fields: layout.fields.filter((f) => f !== field),
  };
}

export function withDensity(layout: TableLayout, density: Density): TableLayout {
  return layout.density === density ? layout : { ...layout, density };
}
