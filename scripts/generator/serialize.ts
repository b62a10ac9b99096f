/**
 * JSON text of event bodies and envelopes. `bigint` values (APM ids above 2^53) are written as
 * exact digit runs; everything else is plain `JSON.stringify`.
 */
import type { CwsEvent } from './types';

const MARK = '\u0000bigint:';
const MARK_RE = /"\\u0000bigint:(\d+)"/g;

function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? MARK + value.toString() : value;
}

function withBigints(value: unknown, space: number | undefined): string {
  return JSON.stringify(value, replacer, space).replace(MARK_RE, '$1');
}

function hasBigIds(event: CwsEvent): boolean {
  const dd = event.dd;
  return dd !== undefined && (typeof dd.trace_id === 'bigint' || typeof dd.span_id === 'bigint');
}

/** JSON text of an event body, keeping `dd.trace_id` / `dd.span_id` digits exact. */
export function serializeEvent(event: CwsEvent, space?: number): string {
  return hasBigIds(event) ? withBigints(event, space) : JSON.stringify(event, null, space);
}

/** JSON text of any value that may contain `bigint`s (e.g. a flattened body). */
export function stringifyJson(value: unknown, space?: number, mayHaveBigints = true): string {
  return mayHaveBigints ? withBigints(value, space) : JSON.stringify(value, null, space);
}
