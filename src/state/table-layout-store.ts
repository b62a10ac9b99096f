/**
 * The event table's layout (`table-layout.ts`) as a store: what the column chooser, the
 * header menus, drag and drop and the density toggle change, and what the table reads to
 * configure its columns. Kept in localStorage so a reload keeps the analyst's table.
 *
 * Field columns need their values from the engine: the view's fields are derived from the
 * layout's (and the facets') fields, see `use-view-sync.ts`.
 */
import { create } from 'zustand';
import { DEFAULT_SORT } from '../protocol/messages';
import {
  DEFAULT_LAYOUT,
  addFieldColumn,
  moveColumnBy,
  moveColumnTo,
  normalizeLayout,
  pinColumn,
  removeFieldColumn,
  setColumnHidden,
  unpinColumn,
  withDensity,
  withVisibility,
  withWidths,
} from './table-layout';
import type { Density, TableLayout } from './table-layout';
import { setSort, useSearchStore } from './search-store';

const STORAGE_KEY = 'table-layout';
/** Resizing changes widths on every mouse move: store them once the hand rests. */
const SAVE_DELAY_MS = 300;

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; // Storage can be disabled (privacy settings): the layout is then per page.
  }
}

function loadLayout(): TableLayout {
  const text = storage()?.getItem(STORAGE_KEY);
  if (text === null || text === undefined) return DEFAULT_LAYOUT;
  try {
    return normalizeLayout(JSON.parse(text));
  } catch {
    return DEFAULT_LAYOUT;
  }
}

export const useTableLayoutStore = create<TableLayout>(() => loadLayout());

let saveTimer: ReturnType<typeof setTimeout> | undefined;

function save(): void {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(useTableLayoutStore.getState()));
  } catch {
    // A full or refused storage only loses the layout on reload.
  }
}

useTableLayoutStore.subscribe(() => {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, SAVE_DELAY_MS);
});
// A change made just before the page goes away is saved at once.
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => {
    if (saveTimer !== undefined) save();
  });
}

function update(change: (layout: TableLayout) => TableLayout): void {
  useTableLayoutStore.setState((layout) => change(layout), true);
}

export const moveColumn = (id: string, step: -1 | 1) => update((l) => moveColumnBy(l, id, step));
export const dropColumnOn = (id: string, target: string) =>
  update((l) => moveColumnTo(l, id, target));
export const pin = (id: string) => update((l) => pinColumn(l, id));
export const unpin = (id: string) => update((l) => unpinColumn(l, id));
export const hideColumn = (id: string) => update((l) => setColumnHidden(l, id, true));
export const showColumn = (id: string) => update((l) => setColumnHidden(l, id, false));
export const setColumnVisibility = (visibility: Readonly<Record<string, boolean>>) =>
  update((l) => withVisibility(l, visibility));
export const setColumnWidths = (widths: Readonly<Record<string, number>>) =>
  update((l) => withWidths(l, widths));
export const setDensity = (density: Density) => update((l) => withDensity(l, density));
/** Replaces parts of the layout wholesale (the table's own resets); the result is repaired. */
export const patchLayout = (patch: Partial<TableLayout>) =>
  update((l) => normalizeLayout({ ...l, ...patch }));

/** Adds `field` (query syntax) as a column, after the column `after` when given. */
export function addColumnField(field: string, after?: string): void {
  update((l) => addFieldColumn(l, field, after));
}

/** Removes a field column; a sort on it falls back to the default order. */
export function removeColumnField(field: string): void {
  update((l) => removeFieldColumn(l, field));
  if (useSearchStore.getState().spec.sort.column === field) setSort(DEFAULT_SORT);
}

/** Back to the default columns, widths and density. */
export function resetLayout(): void {
  const { fields } = useTableLayoutStore.getState();
  useTableLayoutStore.setState(DEFAULT_LAYOUT, true);
  if (fields.includes(useSearchStore.getState().spec.sort.column)) setSort(DEFAULT_SORT);
}

export const useDensity = () => useTableLayoutStore((s) => s.density);
export const useLayoutFields = () => useTableLayoutStore((s) => s.fields);
