/**
 * JSON text of one generated event in each envelope real exports wrap event bodies in: Logs API
 * v2 item, Security Signal item, Logs API v1 item, log-archive line, agent intake item, and the
 * flattened `@`-key form. Bodies are serialized once and spliced into the envelope text so that
 * big APM ids stay exact.
 */
import { flattenBody } from './flatten';
import { serializeEvent, stringifyJson } from './serialize';
import { isoMillis } from './time-format';
import type { GeneratedEvent } from './types';

export const SOURCE = 'runtime-security-agent';

const q = (value: string): string => JSON.stringify(value);

function tagsJson(event: GeneratedEvent): string {
  return JSON.stringify(event.tags);
}

/** `data[]` item of a Logs API v2 response (also one line of the downloader NDJSON). */
export function logsV2Item(event: GeneratedEvent): string {
  return (
    `{"id":${q(event.id)},"type":"log","attributes":{"attributes":${serializeEvent(event.body)},` +
    `"host":${q(event.host)},"service":${q(event.service)},"status":"info","tags":${tagsJson(event)},` +
    `"timestamp":${q(isoMillis(event.timeMs))},"message":${q(event.body.title)}}}`
  );
}

/** `data[]` item of a Security Signals response; `map` names the attribute map. */
export function signalItem(event: GeneratedEvent, map: 'attributes' | 'custom'): string {
  const tags = [...event.tags, `host:${event.host}`, `service:${event.service}`];
  return (
    `{"id":${q(`AAAAAY${event.id.slice(6)}`)},"type":"signal","attributes":{"${map}":${serializeEvent(event.body)},` +
    `"message":${q(event.body.title)},"tags":${JSON.stringify(tags)},"timestamp":${q(isoMillis(event.timeMs))}}}`
  );
}

/** `logs[]` item of a Logs API v1 response. */
export function logsV1Item(event: GeneratedEvent): string {
  return (
    `{"id":${q(event.id)},"content":{"attributes":${serializeEvent(event.body)},"host":${q(event.host)},` +
    `"message":${q(event.body.title)},"service":${q(event.service)},"tags":${tagsJson(event)},` +
    `"timestamp":${q(isoMillis(event.timeMs))}}}`
  );
}

/** One line of a log archive (`dt=YYYYMMDD/hour=HH/archive_*.json.gz`). */
export function archiveLine(event: GeneratedEvent): string {
  return (
    `{"_id":${q(event.id)},"date":${q(isoMillis(event.timeMs))},"host":${q(event.host)},"source":"${SOURCE}",` +
    `"service":${q(event.service)},"status":"info","message":${q(event.body.title)},"tags":${tagsJson(event)},` +
    `"attributes":${serializeEvent(event.body)}}`
  );
}

/** One item of an agent intake payload: the body travels as JSON text in `message`. */
export function intakeItem(event: GeneratedEvent): string {
  return (
    `{"message":${q(serializeEvent(event.body))},"status":"info","timestamp":${event.timeMs},` +
    `"hostname":${q(event.host)},"service":${q(event.service)},"ddsource":"${SOURCE}",` +
    `"ddtags":${q(event.tags.join(','))}}`
  );
}

/** The flattened form: envelope fields as plain keys, body fields as `@`-keys. */
export function flattenedItem(event: GeneratedEvent): string {
  const head =
    `{"id":${q(event.id)},"timestamp":${q(isoMillis(event.timeMs))},"host":${q(event.host)},` +
    `"service":${q(event.service)},"tags":${tagsJson(event)},`;
  const dd = event.body.dd;
  const bigints =
    dd !== undefined && (typeof dd.trace_id === 'bigint' || typeof dd.span_id === 'bigint');
  return head + stringifyJson(flattenBody(event.body), undefined, bigints).slice(1);
}
