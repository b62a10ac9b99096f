/**
 * The table layout's part of a view fragment: `cols` (display order, hidden columns included),
 * `fields` (extra field columns, when their order is not that of `cols`), `hide`, `pin`,
 * `w` (`column:px`) and `density`. Each is written only when the layout needs it, and read on
 * its own; list items are separated by `,` (a comma inside a column id is `%2C`).
 */
import type { Density, TableLayout } from '../state/table-layout';
import { DEFAULT_LAYOUT, isBuiltInColumn, normalizeLayout } from '../state/table-layout';
import { decodePart, encodePart, quoteForNotice } from './fragment-text';
import { isWidthPx, sameLayout } from './view-link';

export const LAYOUT_KEYS = ['cols', 'fields', 'hide', 'pin', 'w', 'density'] as const;
export type LayoutKey = (typeof LAYOUT_KEYS)[number];

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function writeList(ids: readonly string[]): string {
  return ids.map((id) => encodePart(id, ',')).join(',');
}

/** `[key, value]` pairs for a normalized layout (none for the default layout). */
export function encodeLayout(layout: TableLayout): Array<[LayoutKey, string]> {
  const out: Array<[LayoutKey, string]> = [];
  const derived = normalizeLayout({
    fields: layout.fields,
    hidden: layout.hidden,
    pinned: layout.pinned,
  }).order;
  const hasCols = !sameList(derived, layout.order);
  if (hasCols) out.push(['cols', writeList(layout.order)]);
  const fieldsOfCols = layout.order.filter((id) => !isBuiltInColumn(id));
  if (hasCols ? !sameList(layout.fields, fieldsOfCols) : layout.fields.length > 0) {
    out.push(['fields', writeList(layout.fields)]);
  }
  if (layout.hidden.length > 0) out.push(['hide', writeList(layout.hidden)]);
  if (layout.pinned.length > 0) out.push(['pin', writeList(layout.pinned)]);
  const widths = layout.order
    .filter((id) => Object.hasOwn(layout.widths, id))
    .map((id) => `${encodePart(id, ',')}:${String(layout.widths[id])}`);
  if (widths.length > 0) out.push(['w', widths.join(',')]);
  if (layout.density !== DEFAULT_LAYOUT.density) out.push(['density', layout.density]);
  return out;
}

type Notice = (message: string) => void;

function readList(key: LayoutKey, raw: string, notice: Notice): string[] {
  const ids: string[] = [];
  raw.split(',').forEach((item, i) => {
    const id = decodePart(item);
    if (id === undefined) notice(`${key}: item ${i + 1} has a malformed %-escape — dropped`);
    else if (id === '') notice(`${key}: item ${i + 1} is empty — dropped`);
    else ids.push(id);
  });
  return ids;
}

function readWidths(raw: string, notice: Notice): Map<string, number> {
  const widths = new Map<string, number>();
  raw.split(',').forEach((item, i) => {
    // Widths are digits: the last `:` separates, so ids may hold colons.
    const colon = item.lastIndexOf(':');
    const id = colon < 0 ? undefined : decodePart(item.slice(0, colon));
    const digits = colon < 0 ? '' : item.slice(colon + 1);
    const px = /^\d{1,6}$/.test(digits) ? Number(digits) : Number.NaN;
    if (id === undefined || id === '') {
      notice(`w: item ${i + 1} is not column:px — dropped`);
    } else if (!isWidthPx(px)) {
      notice(`w: width of ${quoteForNotice(id)} is not a whole number of px — dropped`);
    } else if (!widths.has(id)) {
      widths.set(id, px);
    }
  });
  return widths;
}

/**
 * The layout the layout parameters describe (undefined when none is given or they describe
 * the default). Ids naming no column are dropped with a notice; `normalizeLayout` restores
 * the layout's invariants (missing built-in columns are appended).
 */
export function decodeLayout(
  raws: ReadonlyMap<LayoutKey, string>,
  notice: Notice,
): TableLayout | undefined {
  if (raws.size === 0) return undefined;
  const list = (key: 'cols' | 'fields' | 'hide' | 'pin') => {
    const raw = raws.get(key);
    return raw === undefined ? undefined : readList(key, raw, notice);
  };
  const cols = list('cols');
  const fieldsParam = list('fields');
  const hidden = list('hide') ?? [];
  const pinned = list('pin') ?? [];
  const rawWidths = raws.get('w');
  const widths =
    rawWidths === undefined ? new Map<string, number>() : readWidths(rawWidths, notice);
  let density: Density = DEFAULT_LAYOUT.density;
  const rawDensity = raws.get('density');
  if (rawDensity !== undefined) {
    const value = decodePart(rawDensity);
    if (value === 'compact' || value === 'comfortable') density = value;
    else notice(`density: ${quoteForNotice(value ?? rawDensity)} is not compact or comfortable`);
  }
  const fields = fieldsParam ?? (cols ?? []).filter((id) => !isBuiltInColumn(id));
  const layout = normalizeLayout({
    order: cols,
    fields,
    hidden,
    pinned,
    widths: Object.fromEntries(widths),
    density,
  });
  const known = new Set(layout.order);
  const report = (key: LayoutKey, ids: Iterable<string>) => {
    for (const id of ids) {
      if (!known.has(id)) notice(`${key}: ${quoteForNotice(id)} is not a column — dropped`);
    }
  };
  report('fields', fieldsParam ?? []);
  report('cols', cols ?? []);
  report('hide', hidden);
  report('pin', pinned);
  report('w', widths.keys());
  return sameLayout(layout, DEFAULT_LAYOUT) ? undefined : layout;
}
