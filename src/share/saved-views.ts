/**
 * Named saved views, kept in browser storage under one versioned key as a JSON array of
 * `{name, fragment, createdMs, updatedMs}` (the fragment is the view's link, view-codec.ts).
 * Names are trimmed, non-empty and unique; the list keeps the order views were first saved.
 * Invalid stored entries are dropped on reading, so corrupted storage never throws.
 */
import type { KeyValueStorage, WriteResult } from './local-store';
import { isRecord, readStored, timeOr, writeStored } from './local-store';
import type { DecodedView } from './view-codec';
import { decodeView, encodeView } from './view-codec';
import type { ViewLink } from './view-link';

export const SAVED_VIEWS_KEY = 'cws-explorer.saved-views.v1';
export const MAX_VIEW_NAME_LENGTH = 200;
/** A fragment longer than this is not kept (it would crowd out everything else). */
export const MAX_FRAGMENT_LENGTH = 1_000_000;

export interface SavedView {
  readonly name: string;
  /** The view's fragment, without `#`. */
  readonly fragment: string;
  readonly createdMs: number;
  readonly updatedMs: number;
}

export type ViewChange =
  | { readonly ok: true; readonly views: readonly SavedView[] }
  | { readonly ok: false; readonly reason: string };

/** The name as stored (trimmed), or undefined when it cannot name a view. */
export function viewName(name: string): string | undefined {
  const trimmed = name.trim();
  return trimmed === '' || trimmed.length > MAX_VIEW_NAME_LENGTH ? undefined : trimmed;
}

/** Valid entries of `value` (an array, as stored or imported) and how many were not. */
export function parseSavedViews(
  value: unknown,
  nowMs: number,
): { views: SavedView[]; dropped: number } {
  if (!Array.isArray(value)) return { views: [], dropped: value === undefined ? 0 : 1 };
  const views: SavedView[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const name = typeof item.name === 'string' ? viewName(item.name) : undefined;
    const fragment = item.fragment;
    if (name === undefined || typeof fragment !== 'string') continue;
    if (fragment.length > MAX_FRAGMENT_LENGTH) continue;
    const createdMs = timeOr(item.createdMs, nowMs);
    views.push({
      name,
      fragment: fragment.startsWith('#') ? fragment.slice(1) : fragment,
      createdMs,
      updatedMs: timeOr(item.updatedMs, createdMs),
    });
  }
  return { views, dropped: value.length - views.length };
}

/** The saved views (first saved first); empty when storage holds none or is unreadable. */
export function listSavedViews(storage: KeyValueStorage): SavedView[] {
  const { views } = parseSavedViews(readStored(storage, SAVED_VIEWS_KEY), 0);
  // A hand-edited store may repeat a name: the first one wins, as on saving.
  const byName = new Map<string, SavedView>();
  for (const view of views) if (!byName.has(view.name)) byName.set(view.name, view);
  return [...byName.values()];
}

/** The link of a saved view, with the notices of anything in it that no longer reads. */
export function openSavedView(view: SavedView): DecodedView {
  return decodeView(view.fragment);
}

function store(storage: KeyValueStorage, views: readonly SavedView[]): ViewChange {
  const written: WriteResult = writeStored(storage, SAVED_VIEWS_KEY, views);
  return written.ok ? { ok: true, views } : written;
}

/** Saves `link` under `name`, replacing the view of that name (its creation time is kept). */
export function saveView(
  storage: KeyValueStorage,
  name: string,
  link: ViewLink,
  nowMs: number,
): ViewChange {
  const key = viewName(name);
  if (key === undefined)
    return { ok: false, reason: 'a view needs a name (200 characters at most)' };
  const fragment = encodeView(link);
  if (fragment.length > MAX_FRAGMENT_LENGTH)
    return { ok: false, reason: 'the view is too large to save' };
  const views = listSavedViews(storage);
  const at = views.findIndex((v) => v.name === key);
  const existing = views[at];
  if (existing === undefined) {
    return store(storage, [...views, { name: key, fragment, createdMs: nowMs, updatedMs: nowMs }]);
  }
  const next = [...views];
  next[at] = { ...existing, fragment, updatedMs: nowMs };
  return store(storage, next);
}

export function renameView(
  storage: KeyValueStorage,
  from: string,
  to: string,
  nowMs: number,
): ViewChange {
  const target = viewName(to);
  if (target === undefined)
    return { ok: false, reason: 'a view needs a name (200 characters at most)' };
  const views = listSavedViews(storage);
  const at = views.findIndex((v) => v.name === from.trim());
  const existing = views[at];
  if (existing === undefined) return { ok: false, reason: 'there is no view of that name' };
  if (target === existing.name) return { ok: true, views };
  if (views.some((v) => v.name === target))
    return { ok: false, reason: 'a view of that name exists' };
  const next = [...views];
  next[at] = { ...existing, name: target, updatedMs: nowMs };
  return store(storage, next);
}

export function deleteView(storage: KeyValueStorage, name: string): ViewChange {
  const views = listSavedViews(storage);
  const next = views.filter((v) => v.name !== name.trim());
  return next.length === views.length ? { ok: true, views } : store(storage, next);
}

export interface ViewsMerge {
  readonly views: readonly SavedView[];
  readonly added: number;
  /** Incoming views whose name was taken by a different view. */
  readonly renamed: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  /** Incoming views already saved (same name and fragment). */
  readonly unchanged: number;
}

/** `name (2)`, `name (3)`, … the first that is free (and fits the length limit). */
function freeName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, MAX_VIEW_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** `incoming` appended to `existing`: same name and fragment is skipped, a clash renamed. */
export function mergeSavedViews(
  existing: readonly SavedView[],
  incoming: readonly SavedView[],
): ViewsMerge {
  const views = [...existing];
  const byName = new Map(existing.map((v) => [v.name, v]));
  const renamed: Array<{ from: string; to: string }> = [];
  let unchanged = 0;
  for (const view of incoming) {
    const same = byName.get(view.name);
    if (same?.fragment === view.fragment) {
      unchanged++;
      continue;
    }
    const name = same === undefined ? view.name : freeName(view.name, new Set(byName.keys()));
    if (name !== view.name) renamed.push({ from: view.name, to: name });
    const added = { ...view, name };
    views.push(added);
    byName.set(name, added);
  }
  return { views, added: views.length - existing.length, renamed, unchanged };
}

/** Writes the merged list; the caller reports the counts. */
export function storeSavedViews(storage: KeyValueStorage, views: readonly SavedView[]): ViewChange {
  return store(storage, views);
}
