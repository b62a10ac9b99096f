/**
 * Orders of all events for the table's sorts, computed in the worker over the whole data set
 * and cached per sort until the data set grows: the view's rows are then this order filtered
 * by the query's matches, which costs one pass whatever the sort.
 *
 * Every sort is stable on time order (ties keep time order), and events without a value go
 * last in both directions. Sorts over dictionary-encoded columns rank the distinct values
 * once and place rows with a counting sort, O(rows + distinct values).
 */
import {
  COMM,
  CONTAINER,
  EXECUTABLE,
  HOST,
  OUTCOME,
  TYPE,
  USER,
  type EventIndex,
} from '../index/event-index';
import type { FieldColumns } from '../index/field-columns';
import type { ColumnValue } from '../index/value-column';
import type { SortSpec } from '../protocol/messages';

type CodeArray = ArrayLike<number>;

/** Ranks for codes sorted by `compare`; `absent` codes (if any) rank after every value. */
function rankCodes<T>(values: readonly T[], compare: (a: T, b: T) => number, absent: number) {
  const codes = values.map((_, code) => code).filter((code) => code !== absent);
  codes.sort((a, b) => compare(values[a] as T, values[b] as T) || a - b);
  const ranks = new Uint32Array(values.length);
  let rank = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as number;
    const previous = codes[i - 1];
    if (i > 0 && compare(values[previous as number] as T, values[code] as T) !== 0) rank++;
    ranks[code] = rank;
  }
  if (absent >= 0 && absent < values.length) ranks[absent] = codes.length === 0 ? 0 : rank + 1;
  return { ranks, absentRank: absent >= 0 ? ranks[absent] : -1, maxRank: rank };
}

/** `base` (time order) stably re-ordered by `ranks[codes[key]]`; descending flips present ranks. */
function countingSort(
  base: Uint32Array,
  codes: CodeArray,
  ranked: { ranks: Uint32Array; absentRank: number | undefined; maxRank: number },
  descending: boolean,
): Uint32Array {
  const { ranks, absentRank, maxRank } = ranked;
  const slots = maxRank + 2;
  const slotOf = (code: number): number => {
    const rank = ranks[code] as number;
    if (rank === absentRank) return slots - 1;
    return descending ? maxRank - rank : rank;
  };
  const slotByCode = new Uint32Array(ranks.length);
  for (let code = 0; code < ranks.length; code++) slotByCode[code] = slotOf(code);
  const starts = new Uint32Array(slots + 1);
  for (let i = 0; i < base.length; i++) {
    const slot = slotByCode[codes[base[i] as number] as number] as number;
    starts[slot + 1] = (starts[slot + 1] as number) + 1;
  }
  for (let s = 1; s <= slots; s++) starts[s] = (starts[s] as number) + (starts[s - 1] as number);
  const out = new Uint32Array(base.length);
  for (let i = 0; i < base.length; i++) {
    const key = base[i] as number;
    const slot = slotByCode[codes[key] as number] as number;
    out[starts[slot] as number] = key;
    starts[slot] = (starts[slot] as number) + 1;
  }
  return out;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function typeRank(value: unknown): number {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 0;
    case 'string':
      return 1;
    case 'boolean':
      return 2;
    default:
      return value === null ? 3 : 4;
  }
}

/** Order of field values: numbers, then strings, booleans, null; a list by its first value. */
export function compareValues(a: ColumnValue, b: ColumnValue): number {
  const x = Array.isArray(a) ? a[0] : a;
  const y = Array.isArray(b) ? b[0] : b;
  const tx = typeRank(x);
  const ty = typeRank(y);
  if (tx !== ty) return tx - ty;
  if (tx === 0) return Number(x) - Number(y);
  if (tx === 1) return compareText(x as string, y as string);
  if (tx === 2) return Number(x) - Number(y);
  if (tx === 4) return compareText(JSON.stringify(x) ?? '', JSON.stringify(y) ?? '');
  return 0;
}

/** Time order reversed, events without a time still last. */
function reverseTime(timeOrder: Uint32Array, timeMs: Float64Array): Uint32Array {
  let timed = timeOrder.length;
  while (timed > 0 && Number.isNaN(timeMs[timeOrder[timed - 1] as number])) timed--;
  const out = new Uint32Array(timeOrder.length);
  for (let i = 0; i < timed; i++) out[i] = timeOrder[timed - 1 - i] as number;
  out.set(timeOrder.subarray(timed), timed);
  return out;
}

/** Table columns computed at load (string dictionaries of the index). */
const DICT_SORTS = {
  target: 'target',
} as const;

/** Table columns that show a field column. */
const FIELD_SORTS: Readonly<Record<string, string>> = {
  type: TYPE,
  outcome: OUTCOME,
  process: COMM,
  executable: EXECUTABLE,
  user: USER,
  container: CONTAINER,
  host: HOST,
};

/**
 * All events of `index` in the order of `sort`, from `timeOrder` (all keys by time).
 * Returns undefined for a column that is neither a table column nor an indexed field.
 */
export function sortedOrder(
  sort: SortSpec,
  index: EventIndex,
  fields: FieldColumns,
  timeOrder: Uint32Array,
): Uint32Array | undefined {
  const { column, descending } = sort;
  if (column === 'time') {
    return descending ? reverseTime(timeOrder, index.timeMs) : timeOrder;
  }
  if (column in DICT_SORTS) {
    const dict = index[DICT_SORTS[column as keyof typeof DICT_SORTS]];
    const ranked = rankCodes(dict.pool.strings, compareText, 0);
    return countingSort(timeOrder, dict.codes, ranked, descending);
  }
  if (column === 'validity') {
    const ranked = { ranks: Uint32Array.of(0, 1, 2), absentRank: -1, maxRank: 2 };
    return countingSort(timeOrder, index.validity, ranked, descending);
  }
  if (column === 'source') {
    const sources = Math.max(...Array.from(index.source.subarray(0, index.count)), 0) + 1;
    const ranked = {
      ranks: Uint32Array.from({ length: sources }, (_, i) => i),
      absentRank: -1,
      maxRank: sources - 1,
    };
    return countingSort(timeOrder, index.source, ranked, descending);
  }
  const valueColumn = fields.get(FIELD_SORTS[column] ?? column);
  if (valueColumn === undefined) return undefined;
  const ranked = rankCodes(valueColumn.values, compareValues, 0);
  return countingSort(timeOrder, valueColumn.codes, ranked, descending);
}
