// Every input shape parses back to the same bodies, with the expected envelope fields.
import { describe, expect, it } from 'vitest';
import { generateBigIdEvents } from './big-ids';
import { generateEvents } from './generate-events';
import { SHAPES, writeShape } from './shapes';
import type { ShapeName } from './shapes';
import type { GeneratedEvent } from './types';

type Json = Record<string, unknown>;

const events = [...generateEvents({ count: 400 })];
const bodies = events.map((e) => JSON.parse(JSON.stringify(e.body)) as Json);
const textOf = (shape: ShapeName, list: GeneratedEvent[] = events, signalMap?: 'custom') =>
  [...writeShape(shape, list, signalMap === undefined ? {} : { signalMap })].join('');
const lines = (text: string) => text.split('\n').filter((line) => line !== '');

/** Splits concatenated JSON values (`{..}{..}`, any whitespace between). */
function splitConcatenated(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' && --depth === 0) out.push(text.slice(start, i + 1));
  }
  return out;
}

const DOTTED = ['mountpoint.path', 'source.path', 'mountpoint.path_error', 'source.path_error'];

function unflatten(flat: Json): Json {
  const body: Json = {};
  for (const [key, value] of Object.entries(flat)) {
    if (!key.startsWith('@')) continue;
    let parts = key.slice(1).split('.');
    const rest = parts.slice(1).join('.');
    if (parts[0] === 'mount' && DOTTED.includes(rest)) parts = ['mount', rest];
    let node = body;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Json;
    node[parts[parts.length - 1] as string] = value;
  }
  return body;
}

function bodiesOf(shape: ShapeName, text: string): unknown[] {
  switch (shape) {
    case 'ndjson':
      return lines(text).map((l) => JSON.parse(l));
    case 'array':
      return JSON.parse(text) as unknown[];
    case 'concatenated':
      return splitConcatenated(text).map((t) => JSON.parse(t));
    case 'logs-v2':
      return (JSON.parse(text) as { data: { attributes: { attributes: unknown } }[] }).data.map(
        (d) => d.attributes.attributes,
      );
    case 'logs-v2-ndjson':
      return lines(text).map(
        (l) => (JSON.parse(l) as { attributes: { attributes: unknown } }).attributes.attributes,
      );
    case 'signals':
      return (JSON.parse(text) as { data: { attributes: { attributes: unknown } }[] }).data.map(
        (d) => d.attributes.attributes,
      );
    case 'archive':
      return lines(text).map((l) => (JSON.parse(l) as { attributes: unknown }).attributes);
    case 'logs-v1':
      return (JSON.parse(text) as { logs: { content: { attributes: unknown } }[] }).logs.map(
        (l) => l.content.attributes,
      );
    case 'intake':
      return (JSON.parse(text) as { message: string }[]).map((i) => JSON.parse(i.message));
    case 'flattened':
      return lines(text).map((l) => unflatten(JSON.parse(l) as Json));
  }
}

describe('writeShape', () => {
  it.each(SHAPES)('%s parses and carries every body unchanged', (shape) => {
    const text = textOf(shape);
    const parsed = bodiesOf(shape, text);
    expect(parsed).toHaveLength(events.length);
    expect(parsed).toEqual(bodies);
  });

  it.each(SHAPES)('%s of no events is still valid', (shape) => {
    const text = textOf(shape, []);
    expect(bodiesOf(shape, text)).toEqual([]);
  });

  it('writes Logs API v2 envelopes with links and meta', () => {
    const doc = JSON.parse(textOf('logs-v2')) as {
      data: { id: string; type: string; attributes: Json }[];
      links: { next: string };
      meta: { page: { after: string }; status: string; elapsed: number; request_id: string };
    };
    const first = doc.data[0];
    expect(first?.type).toBe('log');
    expect(first?.id).toBe(events[0]?.id);
    expect(first?.attributes['host']).toBe(events[0]?.host);
    expect(first?.attributes['status']).toBe('info');
    expect(first?.attributes['timestamp']).toMatch(/^\d{4}-.*\.\d{3}Z$/);
    expect(first?.attributes['tags']).toEqual(events[0]?.tags);
    expect(doc.links.next).toContain('page%5Bcursor%5D=');
    expect(doc.meta.page.after.length).toBeGreaterThan(0);
    expect(doc.meta.status).toBe('done');
  });

  it('writes signals with the older attributes.custom map on request', () => {
    const doc = JSON.parse(textOf('signals', events, 'custom')) as {
      data: { type: string; attributes: Json }[];
    };
    expect(doc.data).toHaveLength(events.length);
    expect(doc.data[0]?.type).toBe('signal');
    expect(doc.data[0]?.attributes['custom']).toEqual(bodies[0]);
    expect(doc.data[0]?.attributes['attributes']).toBeUndefined();
  });

  it('writes archive lines and intake items with their envelope fields', () => {
    const line = JSON.parse(lines(textOf('archive'))[0] ?? '{}') as Json;
    expect(Object.keys(line)).toEqual([
      '_id',
      'date',
      'host',
      'source',
      'service',
      'status',
      'message',
      'tags',
      'attributes',
    ]);
    expect(line['source']).toBe('runtime-security-agent');
    const item = (JSON.parse(textOf('intake')) as Json[])[0] ?? {};
    expect(item['ddsource']).toBe('runtime-security-agent');
    expect(item['timestamp']).toBe(events[0]?.timeMs);
    expect(String(item['ddtags'])).toContain('rule_id:');
    const v1 = JSON.parse(textOf('logs-v1')) as { nextLogId: string; status: string };
    expect(v1.status).toBe('done');
    expect(typeof v1.nextLogId).toBe('string');
  });

  it('pretty-prints the array shape and mixes layouts in the concatenated shape', () => {
    expect(textOf('array')).toContain('\n    "agent": {\n      "rule_id"');
    const concatenated = textOf('concatenated');
    expect(concatenated).toContain('}{"agent"');
    expect(concatenated).toContain('}\n{');
    expect(concatenated).toContain('{\n  "agent"');
  });

  it('keeps dotted mount keys whole when flattening', () => {
    const text = textOf('flattened');
    expect(text).toContain('"@mount.mountpoint.path":');
    expect(text).toContain('"@evt.name":"exec"');
    expect(text).toMatch(/"@process\.ancestors":\[\{/);
  });

  it('yields chunks that join to the file', () => {
    const chunks = [...writeShape('ndjson', events, { chunkSize: 10_000 })];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join('')).toBe(textOf('ndjson'));
  });

  it.each(SHAPES)('%s keeps big APM ids exact', (shape) => {
    const big = [...generateBigIdEvents({ count: 3 })];
    const text = textOf(shape, big);
    expect(text).toContain('18446744073709551615');
    expect(bodiesOf(shape, text)).toHaveLength(3);
  });
});
