/**
 * One event's panes on a ClickHouse source, from the body, envelope, raw record and findings
 * the loader stored: the same `EventDetail` the tab builds (pretty JSON with big integers
 * digit for digit, the raw record cut past `MAX_RAW_CHARS`).
 */
import { parseExact, stringifyExact } from '../../ingest/parse/exact-json';
import { MAX_RAW_CHARS, type EventDetail, type Finding } from '../../protocol/messages';
import { ParamBag } from '../sql/params';
import { eventRow, ROW_COLUMNS } from './row-columns';
import type { SqlClient } from './sql-client';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export async function eventDetailFromSql(
  client: SqlClient,
  eventId: string,
  key: number,
  signal?: AbortSignal,
): Promise<EventDetail> {
  const bag = new ParamBag();
  const [row] = await client.rows(
    `SELECT ${ROW_COLUMNS}, body, envelope, raw, findings, schema, schema_best_fit, line, ` +
      `byte_offset FROM events WHERE event_id = ${bag.bind(eventId, 'String')} LIMIT 1`,
    bag.params(),
    signal,
  );
  if (row === undefined) throw new Error(`the event ${eventId} is no longer on the server`);
  const raw = text(row['raw']);
  const envelope = text(row['envelope']);
  return {
    row: eventRow(row, -1, key, []),
    bodyJson: stringifyExact(parseExact(text(row['body']))),
    envelopeJson:
      envelope === '' || envelope === 'null' ? undefined : stringifyExact(parseExact(envelope)),
    rawText: raw.length > MAX_RAW_CHARS ? raw.slice(0, MAX_RAW_CHARS) : raw,
    rawTruncated: raw.length > MAX_RAW_CHARS,
    findings: JSON.parse(text(row['findings']) || '[]') as Finding[],
    schema: text(row['schema']),
    schemaBestFit: Number(row['schema_best_fit']) === 1,
    source: text(row['source_path']),
    line: Number(row['line']),
    byteOffset: Number(row['byte_offset']),
  };
}
