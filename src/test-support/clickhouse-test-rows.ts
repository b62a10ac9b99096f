/**
 * Test support: events table rows for hand-made events, following the column comments of
 * `clickhouse/ddl/single.sql` (leaves as path/value/kind arrays, lowered free text, process
 * identity keys from `query/process-identity.ts`), with the `EventView` the tab's reference
 * evaluator reads for the same event.
 */
import { eventTexts, type EventView } from '../query/evaluate';
import { eventHost, processIdentityKey, reportedLineageKeys } from '../query/process-identity';

export interface TestEvent {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly envelope?: EventView['envelope'];
  readonly validity?: EventView['validity'];
  readonly schema?: string;
  /** Epoch ms, or undefined for an event without a time. */
  readonly timeMs?: number;
}

type Leaf = [path: string, value: string, kind: number];

function leaves(value: unknown, path: string, out: Leaf[]): Leaf[] {
  if (Array.isArray(value)) for (const element of value) leaves(element, path, out);
  else if (value === null) out.push([path, '', 3]);
  else if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      leaves(child, path === '' ? key : `${path}.${key}`, out);
    }
  } else if (typeof value === 'string') out.push([path, value, 0]);
  else if (typeof value === 'number') out.push([path, JSON.stringify(value), 1]);
  else if (typeof value === 'boolean') out.push([path, String(value), 2]);
  return out;
}

export function eventView(event: TestEvent): EventView {
  return {
    body: event.body,
    validity: event.validity ?? 'valid',
    id: event.id,
    ...(event.envelope === undefined ? {} : { envelope: event.envelope }),
    ...(event.schema === undefined ? {} : { schema: event.schema }),
  };
}

/** The events table row of `event`, the `ordinal`-th of its file. */
export function eventRow(event: TestEvent, ordinal: number): Record<string, unknown> {
  const attrs = leaves(event.body, '', []);
  const host = eventHost(event.body, event.envelope?.host);
  return {
    event_id: event.id,
    source_path: 'test.json',
    ordinal,
    timed: event.timeMs === undefined ? 0 : 1,
    time_ms: event.timeMs ?? 0,
    validity: event.validity ?? 'valid',
    schema: event.schema ?? '',
    env_host: event.envelope?.host ?? '',
    env_service: event.envelope?.service ?? '',
    env_source: event.envelope?.source ?? '',
    env_status: event.envelope?.status ?? '',
    tags: event.envelope?.tags ?? [],
    process_key: processIdentityKey(host, event.body['process']) ?? '',
    lineage: reportedLineageKeys(event.body, host),
    attr_paths: attrs.map((a) => a[0]),
    attr_values: attrs.map((a) => a[1]),
    attr_kinds: attrs.map((a) => a[2]),
    free_text: eventTexts(eventView(event)).map((t) => t.toLowerCase()),
    body: JSON.stringify(event.body),
  };
}
