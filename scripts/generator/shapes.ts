/**
 * Whole-file text of every input shape users hold CWS events in, produced as a stream of string
 * chunks (joining them gives the file) so that files of a million events can be written without
 * holding them in memory.
 */
import {
  archiveLine,
  flattenedItem,
  intakeItem,
  logsV1Item,
  logsV2Item,
  signalItem,
} from './envelopes';
import { hashString } from './prng';
import { serializeEvent } from './serialize';
import type { GeneratedEvent } from './types';

export const SHAPES = [
  'ndjson',
  'array',
  'concatenated',
  'logs-v2',
  'logs-v2-ndjson',
  'signals',
  'archive',
  'logs-v1',
  'intake',
  'flattened',
] as const;

export type ShapeName = (typeof SHAPES)[number];

export interface ShapeOptions {
  /** Signals only: put bodies in `attributes.attributes` (default) or the older `attributes.custom`. */
  signalMap?: 'attributes' | 'custom';
  /** Approximate size of the yielded chunks, in characters (default 256 KiB). */
  chunkSize?: number;
}

/** Lines shapes: one record per line. */
export const LINE_SHAPES: readonly ShapeName[] = [
  'ndjson',
  'logs-v2-ndjson',
  'archive',
  'flattened',
];

export function isShape(name: string): name is ShapeName {
  return (SHAPES as readonly string[]).includes(name);
}

function indent(text: string, by: string): string {
  return by + text.replace(/\n/g, `\n${by}`);
}

/** A JSON document `head` + items separated by `,\n` + `tail`. */
function* document(head: string, items: Iterable<string>, tail: string): Generator<string> {
  yield head;
  let first = true;
  for (const item of items) {
    yield first ? `\n${item}` : `,\n${item}`;
    first = false;
  }
  yield first ? tail : `\n${tail}`;
}

function* map<T>(events: Iterable<GeneratedEvent>, f: (event: GeneratedEvent) => T): Generator<T> {
  for (const event of events) yield f(event);
}

function* lines(
  events: Iterable<GeneratedEvent>,
  f: (event: GeneratedEvent) => string,
): Generator<string> {
  for (const event of events) yield `${f(event)}\n`;
}

/** Bodies back to back (`}{`), with a line break after some and an occasional multi-line body. */
function* concatenated(events: Iterable<GeneratedEvent>): Generator<string> {
  let i = 0;
  for (const event of events) {
    yield serializeEvent(event.body, i % 23 === 11 ? 2 : undefined);
    yield i % 5 === 4 ? '\n' : '';
    i++;
  }
  yield '\n';
}

/** Pagination cursor and request id derived from the last event written. */
class PageInfo {
  private last = '';
  private count = 0;

  *track(events: Iterable<GeneratedEvent>): Generator<GeneratedEvent> {
    for (const event of events) {
      this.last = event.id;
      this.count++;
      yield event;
    }
  }

  get cursor(): string {
    return `eyJhZnRlciI6${(hashString(this.last) >>> 0).toString(36)}${this.last.slice(-12)}`;
  }

  get requestId(): string {
    const h = (n: number) =>
      hashString(`${this.last}:${this.count}:${n}`).toString(16).padStart(8, '0');
    return `${h(1)}${h(2)}${h(3)}${h(4)}`;
  }
}

function* shapeParts(
  shape: ShapeName,
  events: Iterable<GeneratedEvent>,
  options: ShapeOptions,
): Generator<string> {
  switch (shape) {
    case 'ndjson':
      yield* lines(events, (e) => serializeEvent(e.body));
      return;
    case 'array':
      yield* document(
        '[',
        map(events, (e) => indent(serializeEvent(e.body, 2), '  ')),
        ']\n',
      );
      return;
    case 'concatenated':
      yield* concatenated(events);
      return;
    case 'logs-v2': {
      const page = new PageInfo();
      yield* document('{"data":[', map(page.track(events), logsV2Item), '],');
      const cursor = page.cursor;
      yield (
        `"links":{"next":"https://api.datadoghq.com/api/v2/logs/events?filter%5Bquery%5D=source%3Aruntime-security-agent&page%5Bcursor%5D=${cursor}&page%5Blimit%5D=1000"},` +
        `"meta":{"page":{"after":"${cursor}"},"elapsed":12,"request_id":"pddv1ChZ${page.requestId}","status":"done"}}\n`
      );
      return;
    }
    case 'logs-v2-ndjson':
      yield* lines(events, logsV2Item);
      return;
    case 'signals': {
      const page = new PageInfo();
      const key = options.signalMap ?? 'attributes';
      yield* document(
        '{"data":[',
        map(page.track(events), (e) => signalItem(e, key)),
        '],',
      );
      const cursor = page.cursor;
      yield (
        `"links":{"next":"https://api.datadoghq.com/api/v2/security_monitoring/signals?page%5Bcursor%5D=${cursor}"},` +
        `"meta":{"page":{"after":"${cursor}"}}}\n`
      );
      return;
    }
    case 'archive':
      yield* lines(events, archiveLine);
      return;
    case 'logs-v1': {
      const page = new PageInfo();
      yield* document('{"logs":[', map(page.track(events), logsV1Item), '],');
      yield `"nextLogId":"${page.cursor}","status":"done"}\n`;
      return;
    }
    case 'intake':
      yield* document('[', map(events, intakeItem), ']\n');
      return;
    case 'flattened':
      yield* lines(events, flattenedItem);
      return;
  }
}

/**
 * The text of `events` in `shape`, as chunks of roughly `chunkSize` characters; joining the
 * chunks gives the whole file.
 */
export function* writeShape(
  shape: ShapeName,
  events: Iterable<GeneratedEvent>,
  options: ShapeOptions = {},
): Generator<string> {
  const limit = options.chunkSize ?? 256 * 1024;
  let parts: string[] = [];
  let size = 0;
  for (const part of shapeParts(shape, events, options)) {
    parts.push(part);
    size += part.length;
    if (size >= limit) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
}
