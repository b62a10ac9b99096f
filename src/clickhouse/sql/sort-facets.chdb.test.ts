// Table sorts and facet values in ClickHouse (chdb) against the tab's definitions: sort
// orders from `search/sort-order.ts` (`compareValues`, absent last both directions, ties in
// time order), facet texts from `search/facets.ts` (`valueText`), and keyset paging through
// a sort giving the same rows as one ordered scan. Skipped when chdb is not installed.
import { describe, expect, it } from 'vitest';
import { fieldValues } from '../../query/evaluate';
import { fieldRefFromName } from '../../query/field-ref';
import { DEFAULT_FACETS } from '../../query/indexed-fields';
import { TABLE_COLUMNS, type SortSpec } from '../../protocol/view';
import { valueText } from '../../search/facets';
import { compareValues } from '../../search/sort-order';
import {
  chdbSkipReason,
  useEventsSession,
  queryRows,
  type ChdbSession,
} from '../../test-support/chdb-session';
import { TEST_EVENTS } from '../../test-support/clickhouse-test-events';
import { eventRow, eventView, type TestEvent } from '../../test-support/clickhouse-test-rows';
import { fieldValuesSql } from './field-sql';
import { ParamBag } from './params';
import { FIELD_COLUMNS, keysetAfterSql, sortKeySql } from './sort-sql';

/** The events sorted as the tab sorts a field column (`undefined` value: absent). */
function tabOrder(valueOf: (e: TestEvent) => unknown, descending: boolean): string[] {
  const byTime = TEST_EVENTS.map((e, i) => ({ e, i })).sort(
    (a, b) => (a.e.timeMs ?? Infinity) - (b.e.timeMs ?? Infinity) || a.i - b.i,
  );
  const sign = descending ? -1 : 1;
  return byTime
    .map(({ e }, rank) => ({ e, rank, value: valueOf(e) }))
    .sort((a, b) => {
      if ((a.value === undefined) !== (b.value === undefined))
        return a.value === undefined ? 1 : -1;
      const order = a.value === undefined ? 0 : sign * compareValues(a.value, b.value);
      return order || a.rank - b.rank;
    })
    .map(({ e }) => e.id);
}

const FIELD_OF_COLUMN: Readonly<Record<string, string>> = { ...FIELD_COLUMNS, host: 'host' };

function fieldValue(field: string): (e: TestEvent) => unknown {
  const ref = fieldRefFromName(field);
  if (ref === undefined) throw new Error(field);
  const values = fieldValues(ref);
  return (e) => {
    const found = values(eventView(e));
    return found.length === 0 ? undefined : found.length === 1 ? found[0] : found;
  };
}

function expectedOrder(column: string, descending: boolean): string[] | undefined {
  if (column === 'time') {
    const timed = TEST_EVENTS.filter((e) => e.timeMs !== undefined);
    const ordered = tabOrder((e) => e.timeMs, false).filter((id) => timed.some((e) => e.id === id));
    const untimed = TEST_EVENTS.filter((e) => e.timeMs === undefined).map((e) => e.id);
    return [...(descending ? ordered.toReversed() : ordered), ...untimed];
  }
  if (column === 'validity') {
    return tabOrder(
      (e) => ['valid', 'drift', 'invalid'].indexOf(e.validity ?? 'valid'),
      descending,
    );
  }
  const field = FIELD_OF_COLUMN[column] ?? (column.startsWith('@') ? column : undefined);
  return field === undefined ? undefined : tabOrder(fieldValue(field), descending);
}

/** Event ids of the whole table in the order of `sort`. */
function sortedIds(session: ChdbSession, sort: SortSpec): string[] {
  const bag = new ParamBag();
  const keys = sortKeySql(sort, bag);
  if (keys === undefined) throw new Error(`no sort for ${sort.column}`);
  const sql = `SELECT event_id FROM events ORDER BY ${keys.expressions.join(', ')}`;
  return queryRows<{ event_id: string }>(session, sql, bag).map((r) => r.event_id);
}

describe.skipIf(chdbSkipReason !== undefined)('sorts and facets in ClickHouse (chdb)', () => {
  const session = useEventsSession(() => TEST_EVENTS.map((e, i) => eventRow(e, i + 1)));

  const SORTS = [...TABLE_COLUMNS, '@process.pid', '@size', '@list', '@flag', '@when'].flatMap(
    (column) => [false, true].map((descending) => ({ column, descending })),
  );

  it.each(SORTS)('orders $column (descending: $descending) as the tab', (sort) => {
    const expected = expectedOrder(sort.column, sort.descending);
    // `target` and `source` are row texts the test rows do not fill; their keys still run.
    const ids = sortedIds(session(), sort);
    if (expected !== undefined) expect(ids).toEqual(expected);
    else expect(ids).toHaveLength(TEST_EVENTS.length);
  });

  it.each(SORTS)('pages $column (descending: $descending) by keyset, 3 rows a page', (sort) => {
    const all = sortedIds(session(), sort);
    const paged: string[] = [];
    let last: (string | number)[] | undefined;
    for (let page = 0; page < 10; page++) {
      const pageBag = new ParamBag();
      const pageKeys = sortKeySql(sort, pageBag);
      if (pageKeys === undefined) throw new Error('no sort');
      const after = last === undefined ? '1' : keysetAfterSql(pageKeys, last, pageBag);
      const select = pageKeys.keys.map((k, i) => `${k.expression} AS k${i}`).join(', ');
      const rows = queryRows<Record<string, string | number>>(
        session(),
        `SELECT event_id, ${select} FROM events WHERE ${after} ORDER BY ${pageKeys.expressions.join(', ')} LIMIT 3`,
        pageBag,
      );
      if (rows.length === 0) break;
      paged.push(...rows.map((r) => String(r['event_id'])));
      const final = rows[rows.length - 1] ?? {};
      last = pageKeys.keys.map((_, i) => final[`k${i}`] ?? '');
    }
    expect(paged).toEqual(all);
  });

  it.each(DEFAULT_FACETS.map((f) => f.field))('lists the facet texts of %s as the tab', (field) => {
    const values = fieldValue(field);
    const expected = TEST_EVENTS.map((e) => {
      const value = values(e);
      const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
      return [...new Set(list.flatMap((v) => valueText(v) ?? []))].sort();
    });
    const bag = new ParamBag();
    const rows = queryRows<{ texts: string[] }>(
      session(),
      `SELECT arraySort(${fieldValuesSql(field, bag)}) AS texts FROM events ORDER BY ordinal`,
      bag,
    );
    expect(rows.map((r) => r.texts)).toEqual(expected);
  });
});
