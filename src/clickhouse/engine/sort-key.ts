/**
 * The order of a view on a ClickHouse source, as the tab orders it (src/search/sort-order.ts):
 * events without a value last in both directions, ties in time order, then ingest order
 * (source path, record ordinal), so that every event has one place. A sort key is a list of
 * SQL expressions with their directions; `keysetAfter` writes "comes after this row's key"
 * for keyset paging, bound values only.
 */
import type { SortSpec, TableColumnId } from '../../protocol/messages';
import type { ParamBag, ParamType, ParamValue } from '../sql/params';

export interface SortKeyPart {
  /** SQL over the `events` table (fixed text and placeholders only). */
  readonly expression: string;
  /** How a value of the expression is bound when it is compared with. */
  readonly type: ParamType;
  readonly descending: boolean;
}

/** Time order: untimed events last, then time, then ingest order. */
function timeOrder(descending: boolean): SortKeyPart[] {
  return [
    { expression: 'timed = 0', type: 'UInt8', descending: false },
    { expression: 'time_ms', type: 'Int64', descending },
    { expression: 'source_path', type: 'String', descending: false },
    { expression: 'ordinal', type: 'UInt64', descending: false },
  ];
}

/** The `events` column behind each table column that sorts by text. */
const TEXT_COLUMNS: Readonly<Record<Exclude<TableColumnId, 'time'>, string>> = {
  type: 'evt_name',
  outcome: 'evt_outcome',
  process: 'process_name',
  executable: 'executable',
  target: 'target',
  user: 'user',
  container: 'container',
  host: 'host',
  validity: 'validity',
  source: 'source_path',
};

/**
 * The key of `sort`. A field sort (`@file.path`) orders by the field's texts joined with
 * spaces (what its column shows), from `fieldValues` (an Array(String) expression).
 */
export function sortKey(
  sort: SortSpec,
  fieldValues: (field: string, bag: ParamBag) => string,
  bag: ParamBag,
): SortKeyPart[] {
  if (sort.column === 'time') return timeOrder(sort.descending);
  const column = (TEXT_COLUMNS as Readonly<Record<string, string>>)[sort.column];
  const text = column ?? `arrayStringConcat(${fieldValues(sort.column, bag)}, ' ')`;
  return [
    { expression: `${text} = ''`, type: 'UInt8', descending: false },
    { expression: text, type: 'String', descending: sort.descending },
    ...timeOrder(false),
  ];
}

/** `ORDER BY` text of `key`, or of its reverse (paging backwards). */
export function orderBySql(key: readonly SortKeyPart[], reverse = false): string {
  return key
    .map((part) => `${part.expression} ${part.descending !== reverse ? 'DESC' : 'ASC'}`)
    .join(', ');
}

/**
 * "The row's key comes after `values` in `key`'s order" (before it with `reverse`), written
 * lexicographically so that parts may have different directions.
 */
export function keysetAfter(
  key: readonly SortKeyPart[],
  values: readonly ParamValue[],
  bag: ParamBag,
  reverse = false,
): string {
  const bound = key.map((part, i) => bag.bind(values[i] as ParamValue, part.type));
  const alternatives = key.map((part, i) => {
    const equalBefore = key.slice(0, i).map((p, j) => `(${p.expression}) = ${bound[j] as string}`);
    const op = part.descending !== reverse ? '<' : '>';
    return [...equalBefore, `(${part.expression}) ${op} ${bound[i] as string}`].join(' AND ');
  });
  return `(${alternatives.map((a) => `(${a})`).join(' OR ')})`;
}
