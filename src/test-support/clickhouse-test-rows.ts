/**
 * Test support: events table rows for hand-made events, following the column comments of
 * `clickhouse/ddl/single.sql` (the store's body leaves, lowered free text, process
 * identity keys from `query/process-identity.ts`), with the `EventView` the tab's reference
 * evaluator reads for the same event.
 */
import { bodyLeaves } from '../clickhouse/store/body-leaves';
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
  const leaves = bodyLeaves(event.body);
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
    attr_paths: leaves.paths,
    attr_values: leaves.values,
    attr_kinds: leaves.kinds,
    free_text: eventTexts(eventView(event)).map((t) => t.toLowerCase()),
    body: JSON.stringify(event.body),
  };
}
