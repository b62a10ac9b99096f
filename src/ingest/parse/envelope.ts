/**
 * Recognises what one parsed record is — a bare event body or one of the envelopes real
 * exports wrap it in — and splits the envelope from the body (see DESIGN.md, "Input").
 *
 * Shapes: Logs API v2 item (`type: "log"`), Security Signal (`type: "signal"`, body in
 * `attributes.attributes` or, in older dumps, `attributes.custom`), Logs API v1 item
 * (`content.attributes`), log-archive line (`_id` + `attributes`), agent intake item
 * (`message` holds the body as JSON text), flattened `@`-keys, and the raw body itself.
 * Anything else that is a JSON object is kept as a body of unknown shape: validation then
 * says what is wrong with it. Only non-objects are rejected.
 */
import { unflattenAtKeys } from './unflatten';

export type Shape =
  'body' | 'logs-v2' | 'signal' | 'logs-v1' | 'archive' | 'intake' | 'flattened' | 'unknown-object';

export interface Envelope {
  readonly id: string | undefined;
  readonly host: string | undefined;
  readonly service: string | undefined;
  readonly status: string | undefined;
  readonly source: string | undefined;
  /** Epoch milliseconds, or NaN. */
  readonly timeMs: number;
  readonly tags: readonly string[];
  /** The envelope's own fields (the body removed), for display. */
  readonly fields: Readonly<Record<string, unknown>>;
}

export type Unwrapped =
  | {
      readonly kind: 'event';
      readonly shape: Shape;
      readonly body: Record<string, unknown>;
      readonly envelope: Envelope | undefined;
    }
  | { readonly kind: 'rejected'; readonly reason: string };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** Epoch ms from an RFC 3339 string or an epoch number (seconds, ms or µs by magnitude). */
export function toEpochMs(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (value > 1e17) return value / 1e6; // nanoseconds
    if (value > 1e14) return value / 1e3; // microseconds
    if (value > 1e11) return value; // milliseconds
    return value * 1e3; // seconds
  }
  if (typeof value === 'string' && value !== '') {
    const parsed = Date.parse(value);
    if (!Number.isNaN(parsed)) return parsed;
    if (/^\d+(\.\d+)?$/.test(value)) return toEpochMs(Number(value));
  }
  return Number.NaN;
}

function tagsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((t): t is string => typeof t === 'string');
  if (typeof value === 'string' && value !== '') return value.split(',');
  return [];
}

function without(object: Json, key: string): Json {
  const copy: Json = {};
  for (const [k, v] of Object.entries(object)) {
    if (k !== key) Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true });
  }
  return copy;
}

function envelope(fields: Json, from: Json, id: unknown, time: unknown): Envelope {
  return {
    id: str(id),
    host: str(from['host']) ?? str(from['hostname']),
    service: str(from['service']),
    status: str(from['status']),
    source: str(from['source']) ?? str(from['ddsource']),
    timeMs: toEpochMs(time),
    tags: tagsOf(from['tags'] ?? from['ddtags']),
    fields,
  };
}

function event(shape: Shape, body: unknown, env: Envelope | undefined): Unwrapped {
  if (!isObject(body)) {
    return { kind: 'rejected', reason: `the ${shape} envelope holds no event object` };
  }
  return { kind: 'event', shape, body, envelope: env };
}

export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

export function unwrapRecord(value: unknown): Unwrapped {
  if (!isObject(value)) {
    return { kind: 'rejected', reason: `JSON value is ${describeJsonType(value)}, not an object` };
  }
  // The common case first: a bare body (NDJSON of bodies, UI copies).
  const evt = value['evt'];
  if (typeof evt === 'object' && evt !== null && !('attributes' in value)) {
    return { kind: 'event', shape: 'body', body: value, envelope: undefined };
  }
  const attributes = value['attributes'];
  if (value['type'] === 'log' && isObject(attributes)) {
    return event(
      'logs-v2',
      attributes['attributes'],
      envelope(without(value, 'attributes'), attributes, value['id'], attributes['timestamp']),
    );
  }
  if (value['type'] === 'signal' && isObject(attributes)) {
    const body = isObject(attributes['attributes'])
      ? attributes['attributes']
      : attributes['custom'];
    return event(
      'signal',
      body,
      envelope(without(value, 'attributes'), attributes, value['id'], attributes['timestamp']),
    );
  }
  const content = value['content'];
  if (isObject(content) && isObject(content['attributes'])) {
    return event(
      'logs-v1',
      content['attributes'],
      envelope(without(value, 'content'), content, value['id'], content['timestamp']),
    );
  }
  if (value['_id'] !== undefined && isObject(attributes)) {
    return event(
      'archive',
      attributes,
      envelope(
        without(value, 'attributes'),
        value,
        value['_id'],
        value['date'] ?? value['timestamp'],
      ),
    );
  }
  const message = value['message'];
  if (
    typeof message === 'string' &&
    (value['ddsource'] !== undefined || value['hostname'] !== undefined)
  ) {
    let body: unknown;
    try {
      body = JSON.parse(message);
    } catch {
      return { kind: 'rejected', reason: "the intake item's message is not a JSON event" };
    }
    return event(
      'intake',
      body,
      envelope(without(value, 'message'), value, value['id'], value['timestamp']),
    );
  }
  if (Object.keys(value).some((k) => k.startsWith('@'))) {
    const { body, rest } = unflattenAtKeys(value);
    return event(
      'flattened',
      body,
      envelope(rest, rest, rest['id'] ?? rest['_id'], rest['timestamp'] ?? rest['date']),
    );
  }
  const known = 'evt' in value || 'process' in value || 'agent' in value || 'date' in value;
  return event(known ? 'body' : 'unknown-object', value, undefined);
}

/**
 * A record can hold several items: a JSON array, or a whole API response on one line
 * (`{"data": [...]}`, `{"logs": [...]}`). Returns the items, or the value itself.
 */
export function expandRecord(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  if (isObject(value) && !('evt' in value)) {
    if (Array.isArray(value['data'])) return value['data'];
    if (Array.isArray(value['logs'])) return value['logs'];
  }
  return [value];
}
