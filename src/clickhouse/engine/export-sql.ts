/**
 * What an export of the view in force reads from a ClickHouse source (`ExportInput` of
 * `export/export-run.ts`, which writes the file exactly as the tab's export does): the view's
 * events in view order, read by keyset paging 5,000 rows per request and handed to the writer
 * 1,000 at a time, so the page (this engine runs on its main thread) stays responsive. NDJSON
 * reads `event_id` and `raw`; CSV reads the row texts and the field columns' values.
 *
 * Each event's line is cut out of its stored record text (`raw`) by the tab's own
 * `eventText`, so it is the tab's line byte for byte (exact numbers, the original escapes and
 * key order) where the row kept the record as read. Where it could not, the line differs or
 * the event is counted as skipped:
 *
 * - an item of a record holding several (a JSON array, an API response) is stored as that
 *   item re-written compactly (`store/record-json.ts`): its numbers and strings are exact, but
 *   escapes the input spelled differently (`\u003e`, `\/`) and number spellings (`1.50`) are
 *   written the canonical way;
 * - a record past 1,000,000 characters is stored cut, and a multi-item record whose body
 *   nests past the display limit is stored whole rather than per item: such an event cannot
 *   be read back and is skipped.
 *
 * CSV cells come from the row texts the loader stored (the tab's own texts) and, for field
 * columns, the body's leaf texts; an event's time is kept to the whole millisecond, and an
 * object at a field's path is left out where the tab writes its JSON text.
 */
import { expandRecord } from '../../ingest/parse/envelope';
import type { EventRow, ExportColumn, ViewSpec } from '../../protocol/messages';
import { TABLE_COLUMNS } from '../../protocol/messages';
import type { ManifestSource } from '../../export/export-manifest';
import { eventText } from '../../export/export-record';
import type { ExportInput, ExportWindow } from '../../export/export-run';
import { ParamBag } from '../sql/params';
import { keysetAfterSql } from '../sql/sort-sql';
import type { SqlCompiler } from './compiler';
import type { KeyValue } from './keyset-anchors';
import { eventRow, ROW_COLUMNS } from './row-columns';
import type { SqlClient, SqlRow } from './sql-client';
import { keyValues, viewSortKeys } from './view-rows';

const PAGE_ROWS = 5000;
const WINDOW_ROWS = 1000;
const BUILT_IN: ReadonlySet<string> = new Set(TABLE_COLUMNS);

/** The view in force on the source. */
export interface ExportedView {
  /** The view's condition, written into `bag`. */
  readonly condition: (bag: ParamBag) => string;
  readonly spec: ViewSpec;
  readonly total: number;
  readonly datasetEvents: number;
}

/** The line of an event whose stored record text is `raw`; undefined when it cannot be read. */
export function storedEventText(raw: string, part: 'item' | 'body'): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const items = expandRecord(value);
  // A record of several items stored whole: which item is the event is not kept.
  if (items.length !== 1 || items[0] !== value) return undefined;
  return eventText(raw, items, 0, part);
}

function textWindow(rows: readonly SqlRow[], first: number, fields: readonly string[]) {
  const text = (row: SqlRow, column: string): string => String(row[column] ?? '');
  let eventRows: EventRow[] | undefined;
  const rowAt = (i: number): EventRow => {
    eventRows ??= rows.map((row, j) => eventRow(row, first + j, first + j, fields));
    return eventRows[i] as EventRow;
  };
  const window: ExportWindow = {
    ids: rows.map((row) => text(row, 'event_id')),
    text: (i, part) => storedEventText(text(rows[i] as SqlRow, 'raw'), part),
    row: rowAt,
    fieldText: (i, field) => rowAt(i).fields[field] ?? '',
  };
  return window;
}

async function* windows(
  client: SqlClient,
  compiler: SqlCompiler,
  view: ExportedView,
  columns: readonly ExportColumn[],
  records: boolean,
  signal: AbortSignal,
): AsyncGenerator<ExportWindow> {
  const fields = records ? [] : columns.map((c) => c.id).filter((id) => !BUILT_IN.has(id));
  let after: KeyValue[] | undefined;
  let first = 0;
  for (;;) {
    const bag = new ParamBag();
    const key = viewSortKeys(view.spec.sort, bag);
    const conditions = [`(${view.condition(bag)})`];
    if (after !== undefined) conditions.push(keysetAfterSql(key, after, bag));
    const selected = records
      ? 'event_id, raw'
      : ROW_COLUMNS + fields.map((f, i) => `, ${compiler.fieldText(f, bag)} AS f${i}`).join('');
    const keyColumns = key.keys.map((part, i) => `, ${part.expression} AS k${i}`).join('');
    const rows = await client.rows(
      `SELECT ${selected}${keyColumns} FROM events WHERE ${conditions.join(' AND ')} ` +
        `ORDER BY ${key.expressions.join(', ')} LIMIT ${PAGE_ROWS}`,
      bag.params(),
      signal,
    );
    for (let start = 0; start < rows.length; start += WINDOW_ROWS) {
      yield textWindow(rows.slice(start, start + WINDOW_ROWS), first + start, fields);
    }
    const last = rows.at(-1);
    if (rows.length < PAGE_ROWS || last === undefined) return;
    after = keyValues(last, key.keys.length);
    first += rows.length;
  }
}

/** The loaded files as the manifest lists them. */
async function loadedSources(client: SqlClient, signal: AbortSignal): Promise<ManifestSource[]> {
  const rows = await client.rows(
    'SELECT source_path, source_fingerprint, bytes, events FROM sources FINAL ' +
      'ORDER BY source_path',
    {},
    signal,
  );
  return rows.map((row) => ({
    path: String(row['source_path']),
    fingerprint: String(row['source_fingerprint']),
    sizeBytes: Number(row['bytes']),
    events: Number(row['events']),
  }));
}

export async function clickHouseExportInput(
  client: SqlClient,
  compiler: SqlCompiler,
  view: ExportedView,
  columns: readonly ExportColumn[],
  signal: AbortSignal,
): Promise<ExportInput> {
  return {
    total: view.total,
    spec: view.spec,
    datasetEvents: view.datasetEvents,
    sources: await loadedSources(client, signal),
    async countIn(ids) {
      const bag = new ParamBag();
      const [row] = await client.rows(
        `SELECT count() AS n FROM events WHERE (${view.condition(bag)}) AND ` +
          `event_id IN ${bag.bind(ids, 'Array(String)')}`,
        bag.params(),
        signal,
      );
      return Number(row?.['n'] ?? 0);
    },
    windows: (records) => windows(client, compiler, view, columns, records, signal),
  };
}
