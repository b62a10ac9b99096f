/**
 * The URL fragment codec of a view (DESIGN.md, "View state lives in the URL fragment"):
 * `encodeView` writes readable `key=value` pairs, defaults left out; `decodeView` reads each
 * parameter on its own, dropping an invalid or unknown one with a notice that names it and
 * says why. `decodeView(encodeView(link)).link` equals `canonicalView(link)` for any link.
 *
 * Parameters, in the order written: `q`, `from`, `to` (ISO 8601; epoch ms also read),
 * `sort` (`-` prefix = descending; `+` marks an ascending column that starts with `-` or `+`),
 * `mode`, `rule`, `starred=1` (starred events only), the layout's `cols fields hide pin w density` (layout-params.ts), the process lanes'
 * `lanes lanes-from lanes-to lanes-pin` (lanes-params.ts), `sel`,
 * `pane`, `tab`, one `file=<name>~<size>~<fingerprint>` per file and one `base=` (same form) per
 * file of the baseline the view compares them with. `open` (start-up key,
 * hash-params.ts) and `v=1` are accepted silently.
 */
import { DEFAULT_SORT } from '../protocol/messages';
import type { SortSpec } from '../protocol/messages';
import { decodePart, encodePart, paramText, quoteForNotice, splitFragment } from './fragment-text';
import { readRange, writeRange } from './range-param';
import type { LanesKey } from './lanes-params';
import { LANES_KEYS, decodeLanes, encodeLanes } from './lanes-params';
import type { LayoutKey } from './layout-params';
import { LAYOUT_KEYS, decodeLayout, encodeLayout } from './layout-params';
import type { FileRef, ViewLink } from './view-link';
import { TOKEN, canonicalView, isValidFile, isValidSelected, isValidSortColumn } from './view-link';

type MutableLink = { -readonly [K in keyof ViewLink]: ViewLink[K] };

/** The fragment for `link`, without the leading `#` (empty for the default view). */
export function encodeView(link: ViewLink): string {
  const view = canonicalView(link);
  const pairs: string[] = [];
  const put = (key: string, encoded: string) => pairs.push(`${key}=${encoded}`);
  if (view.query !== '') put('q', encodePart(view.query));
  if (view.range !== undefined) {
    const [from, to] = writeRange(view.range);
    put('from', from);
    put('to', to);
  }
  if (view.sort !== undefined) put('sort', encodePart(writeSort(view.sort)));
  if (view.mode !== undefined) put('mode', view.mode);
  if (view.rule !== undefined) put('rule', encodePart(view.rule));
  if (view.starredOnly === true) put('starred', '1');
  if (view.layout !== undefined) {
    for (const [key, value] of encodeLayout(view.layout)) put(key, value);
  }
  if (view.lanes !== undefined) {
    for (const [key, value] of encodeLanes(view.lanes)) put(key, value);
  }
  if (view.selected !== undefined) put('sel', encodePart(view.selected));
  if (view.pane !== undefined) put('pane', view.pane);
  if (view.tab !== undefined) put('tab', view.tab);
  for (const file of view.files ?? []) put('file', writeFile(file));
  for (const file of view.baseline ?? []) put('base', writeFile(file));
  return pairs.join('&');
}

function writeFile(file: FileRef): string {
  return [encodePart(file.name, '~'), String(file.size), encodePart(file.fingerprint, '~')].join(
    '~',
  );
}

function writeSort(sort: SortSpec): string {
  if (sort.descending) return `-${sort.column}`;
  return /^[-+]/.test(sort.column) ? `+${sort.column}` : sort.column;
}

export interface DecodedView {
  readonly link: ViewLink;
  /** One line per parameter dropped or ignored: `name: why`. */
  readonly notices: readonly string[];
}

const SINGLE_KEYS = [
  'q',
  'from',
  'to',
  'sort',
  'mode',
  'rule',
  'starred',
  'sel',
  'pane',
  'tab',
] as const;
type SingleKey = (typeof SINGLE_KEYS)[number];
/** Start-up keys read elsewhere: the bundled sample, the ClickHouse source (app/source-params). */
const SILENT_KEYS: ReadonlySet<string> = new Set(['open', 'ch', 'chdb', 'chuser']);

function isOneOf<T extends string>(list: readonly T[], key: string): key is T {
  return (list as readonly string[]).includes(key);
}

function keepFirst<K extends string>(
  map: Map<K, string>,
  key: K,
  raw: string,
  notice: (m: string) => void,
): void {
  if (map.has(key)) notice(`${key}: repeated — the first one is used`);
  else map.set(key, raw);
}

/** Reads a fragment (`#` optional). Never throws. */
export function decodeView(hash: string): DecodedView {
  const notices: string[] = [];
  const notice = (message: string) => notices.push(message);
  const singles = new Map<SingleKey, string>();
  const layoutRaws = new Map<LayoutKey, string>();
  const lanesRaws = new Map<LanesKey, string>();
  const fileRaws: string[] = [];
  const baseRaws: string[] = [];
  const params = splitFragment(hash, (raw) =>
    notice(`${quoteForNotice(raw)}: parameter name does not decode — ignored`),
  );
  for (const { key, raw } of params) {
    if (key === 'file') fileRaws.push(raw);
    else if (key === 'base') baseRaws.push(raw);
    else if (isOneOf(SINGLE_KEYS, key)) keepFirst(singles, key, raw, notice);
    else if (isOneOf(LAYOUT_KEYS, key)) keepFirst(layoutRaws, key, raw, notice);
    else if (isOneOf(LANES_KEYS, key)) keepFirst(lanesRaws, key, raw, notice);
    else if (key === 'v') {
      if (raw !== '1') notice(`v: unknown format version ${quoteForNotice(raw)} — read as 1`);
    } else if (!SILENT_KEYS.has(key)) {
      notice(`${quoteForNotice(key)}: unknown parameter — ignored`);
    }
  }
  const text = (key: SingleKey) => paramText(singles, key, notice);
  const link: MutableLink = { query: text('q') ?? '' };
  const range = readRange(text('from'), text('to'), notice, ['from', 'to']);
  if (range !== undefined) link.range = range;
  const sort = readSort(text('sort'), notice);
  if (sort !== undefined) link.sort = sort;
  const mode = text('mode');
  if (mode === 'rules') link.mode = 'rules';
  else if (mode !== undefined && mode !== 'search')
    notice(`mode: ${quoteForNotice(mode)} is not search or rules — ignored`);
  const rule = text('rule');
  if (rule !== undefined && rule !== '') link.rule = rule;
  const starred = text('starred');
  if (starred === '1') link.starredOnly = true;
  else if (starred !== undefined && starred !== '0')
    notice(`starred: ${quoteForNotice(starred)} is not 1 or 0 — ignored`);
  const layout = decodeLayout(layoutRaws, notice);
  if (layout !== undefined) link.layout = layout;
  const lanes = decodeLanes(lanesRaws, notice);
  if (lanes !== undefined) link.lanes = lanes;
  const selected = text('sel');
  if (selected !== undefined) {
    if (isValidSelected(selected)) link.selected = selected;
    else notice(`sel: ${selected === '' ? 'empty' : 'too long'} — ignored`);
  }
  for (const key of ['pane', 'tab'] as const) {
    const value = text(key);
    if (value === undefined) continue;
    if (TOKEN.test(value)) link[key] = value;
    else notice(`${key}: ${quoteForNotice(value)} is not a name — ignored`);
  }
  const files = fileRaws.flatMap((raw, i) => readFile(raw, i, fileRaws.length, notice));
  if (files.length > 0) link.files = files;
  const baseline = baseRaws.flatMap((raw, i) =>
    readFile(raw, i, baseRaws.length, notice, 'baseline file'),
  );
  if (baseline.length > 0) link.baseline = baseline;
  return { link, notices };
}

function readSort(value: string | undefined, notice: (m: string) => void): SortSpec | undefined {
  if (value === undefined) return undefined;
  const descending = value.startsWith('-');
  const column = /^[-+]/.test(value) ? value.slice(1) : value;
  if (!isValidSortColumn(column)) {
    notice(`sort: ${quoteForNotice(value)} is not a column — ignored`);
    return undefined;
  }
  if (column === DEFAULT_SORT.column && descending === DEFAULT_SORT.descending) return undefined;
  return { column, descending };
}

function readFile(
  raw: string,
  index: number,
  count: number,
  notice: (m: string) => void,
  what = 'file',
): FileRef[] {
  const label = count > 1 ? `${what} ${index + 1}` : what;
  const parts = raw.split('~');
  if (parts.length !== 3) {
    notice(`${label}: not name~size~fingerprint — ignored`);
    return [];
  }
  const [rawName = '', rawSize = '', rawPrint = ''] = parts;
  const name = decodePart(rawName);
  const fingerprint = decodePart(rawPrint);
  const size = /^\d{1,16}$/.test(rawSize) ? Number(rawSize) : Number.NaN;
  const file = { name: name ?? '', size, fingerprint: fingerprint ?? '' };
  if (name === undefined || fingerprint === undefined) {
    notice(`${label}: malformed %-escape — ignored`);
    return [];
  }
  if (!isValidFile(file)) {
    notice(`${label}: needs a name, a size in bytes and a fingerprint — ignored`);
    return [];
  }
  return [file];
}
