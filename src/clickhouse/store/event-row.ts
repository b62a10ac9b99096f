/**
 * One event as one row of the ClickHouse `events` table (clickhouse/ddl/single.sql), from
 * what the in-tab ingest hands its index (`IngestedEvent`). Every derived text comes from the
 * function the tab uses for it, so ClickHouse and the tab cannot disagree:
 *
 * - table texts (type, process, executable, user, container, host) are the field columns'
 *   values as `EventIndex.row` shows them, read with the index's own path reader;
 * - the event id is the envelope id, else `<file fingerprint>:<ordinal>` (`EventIndex.eventId`);
 * - process keys come from `query/process-identity.ts`;
 * - `free_text` holds the strings of `FREE_TEXT_FIELDS` lowered as the tab's free-text index
 *   lowers them (`search/lowered-texts.ts`).
 *
 * The row is a plain object for `INSERT … FORMAT JSONEachRow`.
 */
import type { IngestedEvent } from '../../ingest/record-pipeline';
import type { EventRow } from '../../protocol/view';
import { compilePathReader } from '../../index/path-value';
import { valuesOf, type ColumnValue } from '../../index/value-column';
import { FREE_TEXT_FIELDS } from '../../query/indexed-fields';
import { eventHost, processIdentityKey, reportedLineageKeys } from '../../query/process-identity';
import { collectStrings } from '../../query/resolve-path';
import { bodyLeaves } from './body-leaves';
import { recordJson } from './record-json';

/** One row of `events`, column for column; the table texts are typed as the tab's row. */
export interface EventsRow extends Pick<
  EventRow,
  'pid' | 'executable' | 'target' | 'user' | 'container' | 'host'
> {
  readonly event_id: string;
  readonly source_path: string;
  readonly source_fingerprint: string;
  readonly ordinal: number;
  readonly line: number;
  readonly byte_offset: number;
  readonly timed: 0 | 1;
  readonly time_ms: number;
  readonly validity: string;
  readonly schema: string;
  readonly schema_best_fit: 0 | 1;
  readonly findings: string;
  readonly evt_name: string;
  readonly evt_category: string;
  readonly evt_outcome: string;
  readonly process_name: string;
  readonly env_host: string;
  readonly env_service: string;
  readonly env_source: string;
  readonly env_status: string;
  readonly tags: readonly string[];
  readonly process_key: string;
  readonly parent_key: string;
  readonly lineage: readonly string[];
  readonly attr_paths: readonly string[];
  readonly attr_values: readonly string[];
  readonly attr_kinds: readonly number[];
  readonly free_text: readonly string[];
  readonly body: string;
  readonly envelope: string;
  readonly raw: string;
}

/** The file an event was read from, as the tab names and fingerprints it. */
export interface RowSource {
  readonly path: string;
  readonly fingerprint: string;
}

type Body = Record<string, unknown>;
type Reader = (body: Body, event: IngestedEvent) => ColumnValue;

function bodyReader(path: string): Reader {
  const read = compilePathReader(path);
  return (body) => read(body);
}

/** Readers of the fields in query syntax: `@path` from the body, `host`/`service` envelope. */
function fieldReader(field: string): Reader {
  if (field.startsWith('@')) return bodyReader(field.slice(1));
  const key = field as 'host' | 'service';
  return (_body, event) => event.envelope?.[key];
}

const readType = bodyReader('evt.name');
const readCategory = bodyReader('evt.category');
const readOutcome = bodyReader('evt.outcome');
const readComm = bodyReader('process.comm');
const readPid = bodyReader('process.pid');
const readExecutable = bodyReader('process.executable.path');
const readUser = bodyReader('process.user');
const readContainer = bodyReader('container.id');
const freeTextReaders = FREE_TEXT_FIELDS.map(fieldReader);

/** A field column's value as a table cell shows it (`EventIndex.fieldText`). */
function cellText(value: ColumnValue): string {
  return typeof value === 'string' ? value : value === undefined ? '' : String(value);
}

/** Epoch ms as the Int64 column holds it: whole, and within what JSON numbers carry exactly. */
function wholeMs(timeMs: number): number {
  const whole = Math.floor(timeMs);
  return Math.max(-Number.MAX_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, whole));
}

function freeText(body: Body, event: IngestedEvent): string[] {
  const texts: string[] = [];
  for (const read of freeTextReaders) {
    for (const text of collectStrings(valuesOf(read(body, event)))) texts.push(text.toLowerCase());
  }
  return texts;
}

function processKeys(body: Body, host: string): { key: string; parent: string } {
  const process = body['process'];
  if (typeof process !== 'object' || process === null || Array.isArray(process)) {
    return { key: '', parent: '' };
  }
  const entry = process as Body;
  const ancestors = entry['ancestors'];
  const parent = entry['parent'] ?? (Array.isArray(ancestors) ? ancestors[0] : undefined);
  return {
    key: processIdentityKey(host, entry) ?? '',
    parent: processIdentityKey(host, parent) ?? '',
  };
}

export function eventsRow(event: IngestedEvent, source: RowSource): EventsRow {
  const { body, envelope } = event;
  const timeMs = event.fields.timeMs;
  const pid = readPid(body, event);
  const host = eventHost(body, envelope?.host);
  const keys = processKeys(body, host);
  const leaves = bodyLeaves(body);
  const json = recordJson(event);
  return {
    event_id: event.envelopeId ?? `${source.fingerprint}:${event.ordinal}`,
    source_path: source.path,
    source_fingerprint: source.fingerprint,
    ordinal: event.ordinal,
    line: event.line,
    byte_offset: event.offset,
    timed: Number.isNaN(timeMs) ? 0 : 1,
    time_ms: Number.isNaN(timeMs) ? 0 : wholeMs(timeMs),
    validity: event.validity,
    schema: event.schema,
    schema_best_fit: event.bestFit ? 1 : 0,
    findings: JSON.stringify(event.findings),
    evt_name: cellText(readType(body, event)),
    evt_category: cellText(readCategory(body, event)),
    evt_outcome: cellText(readOutcome(body, event)),
    process_name: cellText(readComm(body, event)),
    pid: typeof pid === 'number' && Number.isInteger(pid) && pid >= 0 ? pid : -1,
    executable: cellText(readExecutable(body, event)),
    target: event.fields.target ?? '',
    user: cellText(readUser(body, event)),
    container: cellText(readContainer(body, event)),
    host: envelope?.host ?? '',
    env_host: envelope?.host ?? '',
    env_service: envelope?.service ?? '',
    env_source: envelope?.source ?? '',
    env_status: envelope?.status ?? '',
    tags: envelope?.tags ?? [],
    process_key: keys.key,
    parent_key: keys.parent,
    lineage: reportedLineageKeys(body, host),
    attr_paths: leaves.paths,
    attr_values: leaves.values,
    attr_kinds: leaves.kinds,
    free_text: freeText(body, event),
    body: json.body,
    envelope: json.envelope,
    raw: json.raw,
  };
}
