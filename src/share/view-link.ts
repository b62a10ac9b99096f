/**
 * What a shared view carries (never data): the query or rule, time range, sort, table layout,
 * selected event, open pane and tab, the process lanes' zoom and pins, and the files it was
 * made on. `canonicalView` is the
 * link with its defaults left out, which is exactly what a link round-trips to.
 */
import type { FullWidthScope, SortSpec, TimeRange } from '../protocol/messages';
import { DEFAULT_SORT } from '../protocol/messages';
import type { TableLayout } from '../state/table-layout';
import { DEFAULT_LAYOUT, isBuiltInColumn, normalizeLayout } from '../state/table-layout';
import { fieldRefFromName } from '../query/field-ref';
import { toWellFormed } from './fragment-text';

/** A file the view was made on (DESIGN.md, "Identity": the fingerprint is a content hash). */
export interface FileRef {
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  readonly fingerprint: string;
}

export type ViewMode = 'search' | 'rules';

/**
 * The process lanes' state: their zoom window, pinned lanes (process identity keys) and the
 * full-width lanes, if open.
 */
export interface LanesLink {
  readonly window?: TimeRange;
  readonly pinned?: readonly string[];
  readonly fullWidth?: FullWidthScope;
}

export interface ViewLink {
  readonly query: string;
  readonly range?: TimeRange;
  /** Left out when it is `DEFAULT_SORT`. */
  readonly sort?: SortSpec;
  /** Left out when it is `DEFAULT_LAYOUT`. */
  readonly layout?: TableLayout;
  /** Event id (DESIGN.md, "Identity"). */
  readonly selected?: string;
  /** Side panel: `detail`, `problems`, … */
  readonly pane?: string;
  /** Detail tab: `fields`, `raw`, … */
  readonly tab?: string;
  readonly files?: readonly FileRef[];
  /** The files of the baseline the view compares the open files with. */
  readonly baseline?: readonly FileRef[];
  /** Left out when `search`. */
  readonly mode?: ViewMode;
  /** SECL rule text of the rules mode. */
  readonly rule?: string;
  /** Only the starred events (stars are the analyst's own, kept in this browser). */
  readonly starredOnly?: boolean;
  /** Left out when the lanes have no window of their own, nothing is pinned and none is open. */
  readonly lanes?: LanesLink;
}

/** Epoch ms a `Date` can hold (±100,000,000 days). */
export const MAX_TIME_MS = 8.64e15;
export const MAX_NAME_LENGTH = 300;
export const MAX_ID_LENGTH = 1000;
/** Pane and tab names: a word (letters, digits, `_`, `-`), starting with a letter. */
export const TOKEN = /^[A-Za-z][\w-]{0,39}$/;

/** Column widths a link carries: whole px from 1 to `MAX_WIDTH_PX`. */
export const MAX_WIDTH_PX = 100_000;

export function isWidthPx(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_WIDTH_PX;
}

export function isTimeMs(value: number): boolean {
  return Number.isInteger(value) && Math.abs(value) <= MAX_TIME_MS;
}

/** A sort column: a built-in column id or a field in query syntax (`@file.path`, `host`). */
export function isValidSortColumn(column: string): boolean {
  return (
    column !== '' &&
    column.length <= MAX_NAME_LENGTH &&
    (isBuiltInColumn(column) || fieldRefFromName(column) !== undefined)
  );
}

export function isValidSelected(id: string): boolean {
  return id !== '' && id.length <= MAX_ID_LENGTH;
}

export function isValidRange(range: TimeRange): boolean {
  return isTimeMs(range.fromMs) && isTimeMs(range.toMs) && range.fromMs < range.toMs;
}

export function isValidFile(file: FileRef): boolean {
  return (
    file.name !== '' &&
    file.name.length <= MAX_ID_LENGTH &&
    Number.isSafeInteger(file.size) &&
    file.size >= 0 &&
    file.fingerprint !== '' &&
    file.fingerprint.length <= MAX_ID_LENGTH
  );
}

export function sameLayout(a: TableLayout, b: TableLayout): boolean {
  const sameList = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  const wa = Object.entries(a.widths);
  return (
    sameList(a.order, b.order) &&
    sameList(a.hidden, b.hidden) &&
    sameList(a.pinned, b.pinned) &&
    sameList(a.fields, b.fields) &&
    a.density === b.density &&
    wa.length === Object.keys(b.widths).length &&
    wa.every(([id, w]) => Object.hasOwn(b.widths, id) && b.widths[id] === w)
  );
}

/** Column ids with lone surrogates replaced, as a link can carry them. */
function wellFormedLayout(layout: TableLayout): TableLayout {
  const ids = (list: readonly string[]) => list.map(toWellFormed);
  const widths: Record<string, number> = {};
  for (const [id, w] of Object.entries(layout.widths)) {
    if (isWidthPx(Math.round(w))) widths[toWellFormed(id)] = w;
  }
  return {
    order: ids(layout.order),
    hidden: ids(layout.hidden),
    pinned: ids(layout.pinned),
    widths,
    fields: ids(layout.fields),
    density: layout.density,
  };
}

function canonicalFiles(files: readonly FileRef[] | undefined): FileRef[] {
  return (files ?? [])
    .map((f) => ({
      name: toWellFormed(f.name),
      size: f.size,
      fingerprint: toWellFormed(f.fingerprint),
    }))
    .filter(isValidFile);
}

/**
 * The link as it round-trips: defaults and invalid parts left out (a sort on the default, an
 * empty or reversed range, the default layout, the `search` mode, empty strings and lists),
 * the layout normalized. Encoding reads only what this keeps.
 */
export function canonicalView(link: ViewLink): ViewLink {
  const out: { -readonly [K in keyof ViewLink]: ViewLink[K] } = { query: toWellFormed(link.query) };
  if (link.range !== undefined && isValidRange(link.range)) {
    out.range = { fromMs: link.range.fromMs, toMs: link.range.toMs };
  }
  const sort = link.sort;
  if (
    sort !== undefined &&
    isValidSortColumn(toWellFormed(sort.column)) &&
    (sort.column !== DEFAULT_SORT.column || sort.descending !== DEFAULT_SORT.descending)
  ) {
    out.sort = { column: toWellFormed(sort.column), descending: sort.descending };
  }
  if (link.layout !== undefined) {
    const layout = normalizeLayout(wellFormedLayout(link.layout));
    if (!sameLayout(layout, DEFAULT_LAYOUT)) out.layout = layout;
  }
  const selected = link.selected === undefined ? undefined : toWellFormed(link.selected);
  if (selected !== undefined && isValidSelected(selected)) out.selected = selected;
  if (link.pane !== undefined && TOKEN.test(link.pane)) out.pane = link.pane;
  if (link.tab !== undefined && TOKEN.test(link.tab)) out.tab = link.tab;
  const files = canonicalFiles(link.files);
  if (files.length > 0) out.files = files;
  const baseline = canonicalFiles(link.baseline);
  if (baseline.length > 0) out.baseline = baseline;
  if (link.mode === 'rules') out.mode = 'rules';
  if (link.rule !== undefined && link.rule !== '') out.rule = toWellFormed(link.rule);
  if (link.starredOnly === true) out.starredOnly = true;
  const lanes = canonicalLanes(link.lanes);
  if (lanes !== undefined) out.lanes = lanes;
  return out;
}

/** A full-width scope as a link keeps it: a process key well formed and not too long. */
function canonicalFullWidth(full: FullWidthScope | undefined): FullWidthScope | undefined {
  if (full?.kind === 'view') return { kind: 'view' };
  if (full?.kind !== 'process') return undefined;
  const processKey = toWellFormed(full.processKey);
  return processKey !== '' && processKey.length <= MAX_ID_LENGTH
    ? { kind: 'process', processKey }
    : undefined;
}

/**
 * Lanes state as a link keeps it: a window in whole ms, pins as well-formed keys, once each,
 * a full-width scope that names something.
 */
function canonicalLanes(lanes: LanesLink | undefined): LanesLink | undefined {
  if (lanes === undefined) return undefined;
  const window =
    lanes.window === undefined
      ? undefined
      : { fromMs: Math.floor(lanes.window.fromMs), toMs: Math.ceil(lanes.window.toMs) };
  const pinned = [...new Set((lanes.pinned ?? []).map(toWellFormed))].filter(
    (key) => key !== '' && key.length <= MAX_ID_LENGTH,
  );
  const hasWindow = window !== undefined && isValidRange(window);
  const fullWidth = canonicalFullWidth(lanes.fullWidth);
  if (!hasWindow && pinned.length === 0 && fullWidth === undefined) return undefined;
  return {
    ...(hasWindow ? { window } : {}),
    ...(pinned.length > 0 ? { pinned } : {}),
    ...(fullWidth === undefined ? {} : { fullWidth }),
  };
}
