/**
 * The rows of the view in force on a ClickHouse source: row windows read by keyset paging
 * (`keyset-anchors.ts`), and where one event sits in the view. Rows get their session row key
 * from the key map; their sort key values are kept as anchors.
 */
import type { EventLocation, EventRow, SortSpec } from '../../protocol/messages';
import { ParamBag } from '../sql/params';
import type { SqlCompiler } from './compiler';
import type { SessionNumbers } from './session-numbers';
import { KeysetAnchors, type KeyValue } from './keyset-anchors';
import { eventRow, fieldColumns, ROW_COLUMNS } from './row-columns';
import { DEFAULT_SORT } from '../../protocol/messages';
import { keysetAfterSql, sortKeySql, type SortKeys } from '../sql/sort-sql';
import type { SqlClient, SqlRow } from './sql-client';

export interface ViewShape {
  /** The view's condition, written into `bag`. */
  readonly condition: (bag: ParamBag) => string;
  readonly sort: SortSpec;
  readonly fields: readonly string[];
  readonly total: number;
}

export class ViewRows {
  private readonly anchors = new KeysetAnchors();

  constructor(
    private readonly client: SqlClient,
    private readonly compiler: SqlCompiler,
    private readonly keys: SessionNumbers,
    private readonly view: ViewShape,
  ) {}

  private key(bag: ParamBag): SortKeys {
    return viewSortKeys(this.view.sort, bag);
  }

  /** Rows `[start, start + count)` of the view. */
  async window(start: number, count: number, signal?: AbortSignal): Promise<EventRow[]> {
    const from = Math.max(0, Math.floor(start));
    const end = Math.min(this.view.total, from + Math.max(0, Math.floor(count)));
    if (from >= end) return [];
    const plan = this.anchors.plan(from, end, this.view.total);
    const bag = new ParamBag();
    const reverse = plan.direction === 'backward';
    const key = reverse ? reversed(this.key(bag)) : this.key(bag);
    const fieldSql = fieldColumns(this.view.fields.map((f) => this.compiler.fieldText(f, bag)));
    const conditions = [`(${this.view.condition(bag)})`];
    if (plan.after !== undefined) conditions.push(keysetAfterSql(key, plan.after, bag));
    const keyColumns = key.keys.map((part, i) => `, ${part.expression} AS k${i}`).join('');
    const answer = await this.client.rows(
      `SELECT ${ROW_COLUMNS}${keyColumns}${fieldSql} FROM events ` +
        `WHERE ${conditions.join(' AND ')} ORDER BY ${key.expressions.join(', ')} ` +
        `LIMIT ${plan.limit} OFFSET ${plan.offset}`,
      bag.params(),
      signal,
    );
    const rows = reverse ? answer.reverse() : answer;
    return rows.map((row, i) => {
      const rowIndex = from + i;
      this.anchors.record(rowIndex, keyValues(row, key.keys.length));
      return eventRow(row, rowIndex, this.keys.numberOf(String(row['event_id'])), this.view.fields);
    });
  }

  /** Where event `eventId` is: its row key and its index in the view (-1: not in it). */
  async locate(
    eventId: string,
    viewId: number,
    datasetId: number,
    signal?: AbortSignal,
  ): Promise<EventLocation | undefined> {
    const bag = new ParamBag();
    const key = this.key(bag);
    const inView = this.view.condition(bag);
    const keyColumns = key.keys.map((part, i) => `${part.expression} AS k${i}`).join(', ');
    const [found] = await this.client.rows(
      `SELECT ${keyColumns}, (${inView}) AS in_view FROM events ` +
        `WHERE event_id = ${bag.bind(eventId, 'String')} LIMIT 1`,
      bag.params(),
      signal,
    );
    if (found === undefined) return undefined;
    const location = { datasetId, viewId, key: this.keys.numberOf(eventId) };
    if (Number(found['in_view']) !== 1) return { ...location, rowIndex: -1 };
    const before = new ParamBag();
    const beforeKey = reversed(this.key(before));
    const [counted] = await this.client.rows(
      `SELECT count() AS n FROM events WHERE (${this.view.condition(before)}) AND ` +
        keysetAfterSql(beforeKey, keyValues(found, key.keys.length), before),
      before.params(),
      signal,
    );
    return { ...location, rowIndex: Number(counted?.['n'] ?? 0) };
  }
}

/** The sort keys of a view (time order for a column that cannot be sorted on). */
export function viewSortKeys(sort: SortSpec, bag: ParamBag): SortKeys {
  return sortKeySql(sort, bag) ?? (sortKeySql(DEFAULT_SORT, bag) as SortKeys);
}

/** The same keys in the opposite order (paging backwards; the rows before a row). */
function reversed(key: SortKeys): SortKeys {
  const keys = key.keys.map((k) => ({ ...k, descending: !k.descending }));
  return { keys, expressions: keys.map((k) => `${k.expression} ${k.descending ? 'DESC' : 'ASC'}`) };
}

/** The sort key values `k0`, `k1`, … of an answer row (a keyset anchor). */
export function keyValues(row: SqlRow, parts: number): KeyValue[] {
  return Array.from({ length: parts }, (_, i) => {
    const value = row[`k${i}`];
    return typeof value === 'boolean' ? Number(value) : (value as KeyValue);
  });
}
