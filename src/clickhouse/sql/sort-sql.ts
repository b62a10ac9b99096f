/**
 * The table's sorts (`search/sort-order.ts`) as ClickHouse ORDER BY keys, and the keyset
 * predicate that pages through them without OFFSET scans.
 *
 * Orders, as in the tab:
 * - `time`: by time, events without a time last; descending reverses the timed events (ties
 *   included) and keeps the untimed ones last in ingest order;
 * - field columns (`type`, `outcome`, `process`, `executable`, `user`, `container`) and any
 *   `@field`: by the field's first value (numbers, then strings, booleans, null), events
 *   without the field last in both directions;
 * - `host`: the envelope host, `target`: the row's target text, '' last; `validity`: valid,
 *   drift, invalid; `source`: by source path (the tab orders by the order files were opened);
 * - ties keep time order (untimed last), then ingest order (`source_path`, `ordinal`).
 * Strings order by bytes (code points); the tab orders by UTF-16 units, which differs only
 * between characters past U+FFFF and those from U+E000 to U+FFFF.
 */
import { fieldRefFromName } from '../../query/field-ref';
import type { SortSpec } from '../../protocol/view';
import type { ParamBag, ParamType } from './params';
import { leafArraysOf } from './leaf-arrays';
import { EMPTY, VALIDITY_ORDER } from './sql-constants';

/** One ORDER BY key: an expression, its direction, and the type its cursor value binds as. */
export interface SortKey {
  readonly expression: string;
  readonly descending: boolean;
  readonly type: ParamType;
}

export interface SortKeys {
  readonly keys: readonly SortKey[];
  /** The ORDER BY items (`<expression> ASC|DESC`), in order. */
  readonly expressions: readonly string[];
}

const asc = (expression: string, type: ParamType): SortKey => ({
  expression,
  descending: false,
  type,
});
const dir = (expression: string, descending: boolean, type: ParamType): SortKey => ({
  expression,
  descending,
  type,
});

/** Time order, then ingest order: the tie-break of every sort. */
const TIME_ORDER: readonly SortKey[] = [
  asc('timed = 0', 'UInt8'),
  asc('time_ms', 'Int64'),
  asc('source_path', 'String'),
  asc('ordinal', 'UInt64'),
];

const TIME_DESCENDING: readonly SortKey[] = [
  asc('timed = 0', 'UInt8'),
  dir('time_ms', true, 'Int64'),
  dir(`if(timed = 1, source_path, ${EMPTY})`, true, 'String'),
  dir('if(timed = 1, ordinal, 0)', true, 'UInt64'),
  asc('source_path', 'String'),
  asc('ordinal', 'UInt64'),
];

/** Table columns that show a field, by the field they sort on. */
export const FIELD_COLUMNS: Readonly<Record<string, string>> = {
  type: '@evt.name',
  outcome: '@evt.outcome',
  process: '@process.comm',
  executable: '@process.executable.path',
  user: '@process.user',
  container: '@container.id',
};

/** String columns where '' is "no value" (sorted last). */
const TEXT_COLUMNS: Readonly<Record<string, string>> = {
  host: 'env_host',
  service: 'env_service',
  source: 'env_source',
  status: 'env_status',
  target: 'target',
  '@schema': 'schema',
  '@process.key': 'process_key',
};

function textKeys(column: string, descending: boolean): SortKey[] {
  return [asc(`${column} = ${EMPTY}`, 'UInt8'), dir(column, descending, 'String')];
}

/** A body path by its first value: type rank, number, text (booleans as `false` < `true`). */
function bodyKeys(path: string, descending: boolean, bag: ParamBag): SortKey[] {
  const leaves = leafArraysOf(path);
  const at = `indexOf(${leaves.paths}, ${bag.bind(path, 'String')})`;
  const kind = `arrayElement(${leaves.kinds}, ${at})`;
  const text = `arrayElement(${leaves.values}, ${at})`;
  return [
    asc(`${at} = 0`, 'UInt8'),
    dir(`multiIf(${kind} = 1, 0, ${kind} = 0, 1, ${kind} = 2, 2, 3)`, descending, 'UInt8'),
    dir(`if(${kind} = 1, toFloat64OrZero(${text}), 0)`, descending, 'Float64'),
    dir(`if(${kind} = 0 OR ${kind} = 2, ${text}, ${EMPTY})`, descending, 'String'),
  ];
}

function columnKeys(column: string, descending: boolean, bag: ParamBag): SortKey[] | undefined {
  if (column === 'validity' || column === '@validity') {
    return [dir(`indexOf(${VALIDITY_ORDER}, validity)`, descending, 'UInt8')];
  }
  if (column === 'source') return [dir('source_path', descending, 'String')];
  if (column === '@id') return [dir('event_id', descending, 'String')];
  const text = TEXT_COLUMNS[column];
  if (text !== undefined) return textKeys(text, descending);
  const field = fieldRefFromName(FIELD_COLUMNS[column] ?? column);
  if (field?.scope !== 'body') return undefined;
  return bodyKeys(field.path, descending, bag);
}

/** The ORDER BY keys of `sort`, or undefined for a column that cannot be sorted on. */
export function sortKeySql(sort: SortSpec, bag: ParamBag): SortKeys | undefined {
  let keys: readonly SortKey[] | undefined;
  if (sort.column === 'time') keys = sort.descending ? TIME_DESCENDING : TIME_ORDER;
  else {
    const own = columnKeys(sort.column, sort.descending, bag);
    keys = own === undefined ? undefined : [...own, ...TIME_ORDER];
  }
  if (keys === undefined) return undefined;
  return {
    keys,
    expressions: keys.map((k) => `${k.expression} ${k.descending ? 'DESC' : 'ASC'}`),
  };
}

/**
 * A predicate selecting the rows after the row whose key values are `last` (one per key, as
 * selected with `keys[i].expression`): `(k1 > a1) OR (k1 = a1 AND (k2 > a2 OR …))`, with `<`
 * for descending keys. The last key pair (`source_path`, `ordinal`) makes every position unique.
 */
export function keysetAfterSql(
  sortKeys: SortKeys,
  last: readonly (string | number | bigint)[],
  bag: ParamBag,
): string {
  if (last.length !== sortKeys.keys.length) throw new Error('one cursor value per sort key');
  let sql = '';
  for (let i = sortKeys.keys.length - 1; i >= 0; i--) {
    const key = sortKeys.keys[i] as SortKey;
    const value = bag.bind(last[i] as string | number | bigint, key.type);
    const after = `${key.expression} ${key.descending ? '<' : '>'} ${value}`;
    sql = sql === '' ? `(${after})` : `(${after} OR (${key.expression} = ${value} AND ${sql}))`;
  }
  return sql;
}
