import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../protocol/messages';
import { ingestFile, type IngestedEvent } from './ingest-file';
import { makeOpenBody } from './test/fixtures';

interface Outcome {
  readonly events: IngestedEvent[];
  readonly problems: Problem[];
  readonly blank: number;
  readonly format: string;
  readonly fingerprint: string;
  readonly outcome: string;
}

async function ingest(content: string | Uint8Array): Promise<Outcome> {
  const events: IngestedEvent[] = [];
  const problems: Problem[] = [];
  let blank = 0;
  const result = await ingestFile(new Blob([content as BlobPart]), 'test.json', {
    event: (e) => events.push(e),
    problem: (p) => problems.push(p),
    blankLine: () => blank++,
    bytesRead: () => undefined,
    cancelled: () => false,
    spooling: () => undefined,
  });
  return { events, problems, blank, ...result };
}

const body = makeOpenBody();
const line = JSON.stringify(body);
const records = (o: Outcome) =>
  o.events.length + o.problems.filter((p) => p.kind === 'record').length;

describe('ingestFile: input shapes', () => {
  it('reads NDJSON bodies', async () => {
    const o = await ingest(`${line}\n${line}\n\n${line}\n`);
    expect(o.events).toHaveLength(3);
    expect(o.blank).toBe(1);
    expect(o.events[0]?.fields).toMatchObject({ target: '/etc/shadow' });
    expect(o.events[0]?.validity).toBe('valid');
    expect(o.format).toBe('event bodies');
  });

  it('reads a pretty-printed array and a single pretty body', async () => {
    expect((await ingest(JSON.stringify([body, body, body], null, 2))).events).toHaveLength(3);
    expect((await ingest(JSON.stringify(body, null, 2))).events).toHaveLength(1);
  });

  it('reads concatenated bodies', async () => {
    const o = await ingest(`${line}${line} ${line}\n${line}`);
    expect(o.events).toHaveLength(4);
    expect(o.problems).toEqual([]);
  });

  it('reads a Logs API v2 response, pretty and on one line, with envelope ids', async () => {
    const item = (i: number) => ({
      id: `id-${i}`,
      type: 'log',
      attributes: {
        attributes: body,
        host: 'web-1',
        service: 'svc',
        timestamp: '2026-11-20T10:00:00Z',
      },
    });
    const response = {
      data: [item(1), item(2)],
      links: { next: 'https://example.invalid/next' },
      meta: { page: { after: 'x' } },
    };
    for (const text of [JSON.stringify(response, null, 2), JSON.stringify(response)]) {
      const o = await ingest(text);
      expect(o.events.map((e) => e.envelopeId)).toEqual(['id-1', 'id-2']);
      expect(o.events[0]?.envelope?.host).toBe('web-1');
      expect(o.format).toBe('Logs API v2');
    }
  });

  it('reads a response spread over one line per page', async () => {
    const page = JSON.stringify({
      logs: [
        { id: 'a', content: { attributes: body } },
        { id: 'b', content: { attributes: body } },
      ],
      nextLogId: 'b',
    });
    // Structural mode: the splitter descends into each response.
    const structural = await ingest(`${page}\n${page}\n`);
    expect(structural.events.map((e) => [e.envelopeId, e.item])).toEqual([
      ['a', 0],
      ['b', 0],
      ['a', 0],
      ['b', 0],
    ]);
    // Line mode (decided by a first one-line body): each line is expanded after parsing.
    const lines = await ingest(`${line}\n${page}\n${page}\n`);
    expect(lines.events.map((e) => [e.envelopeId, e.item])).toEqual([
      [undefined, 0],
      ['a', 1],
      ['b', 2],
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('reads gzip by its magic bytes, whatever the name', async () => {
    const o = await ingest(gzipSync(`${line}\n${line}\n`));
    expect(o.events).toHaveLength(2);
    expect(o.format).toBe('event bodies (gzip)');
  });

  it('gives the same fingerprint for the same bytes and another for other bytes', async () => {
    const a = await ingest(`${line}\n`);
    const b = await ingest(`${line}\n`);
    const c = await ingest(`${line}\n\n`);
    expect(a.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).not.toBe(c.fingerprint);
  });
});

describe('ingestFile: bad input loses nothing readable', () => {
  it('rejects a truncated line, non-JSON lines and non-objects, keeping the events around them', async () => {
    const text = [line, line.slice(0, 80), 'not json at all', '42', '"str"', '[1]', line].join(
      '\n',
    );
    const o = await ingest(text);
    expect(o.events).toHaveLength(2);
    const reasons = o.problems.map((p) => [p.line, p.reason.split(':')[0]]);
    expect(reasons).toEqual([
      [2, 'truncated'],
      [3, 'not valid JSON'],
      [4, 'JSON value is a number, not an object'],
      [5, 'JSON value is a string, not an object'],
      [6, 'JSON value is a number, not an object'],
    ]);
    expect(records(o)).toBe(7);
    expect(o.problems[1]?.excerpt).toBe('not json at all');
    expect(o.problems[1]?.byteOffset).toBe(line.length + 1 + 80 + 1);
  });

  it('keeps an event with invalid UTF-8, flagged invalid', async () => {
    const bytes = new TextEncoder().encode(`${line}\n${line}\n`);
    const broken = new Uint8Array(bytes);
    broken[line.indexOf('shadow') + 1] = 0xff;
    const o = await ingest(broken);
    expect(o.events).toHaveLength(2);
    expect(o.events[0]?.validity).toBe('invalid');
    expect(o.events[1]?.validity).toBe('valid');
  });

  it('reports a truncated gzip and keeps the events before the cut', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) =>
      JSON.stringify(makeOpenBody({ date: new Date(1795169703123 + i).toISOString() })),
    ).join('\n');
    const full = gzipSync(lines);
    const o = await ingest(full.subarray(0, Math.floor(full.length / 2)));
    expect(o.outcome).toBe('failed');
    expect(o.events.length).toBeGreaterThan(100);
    expect(o.events.length).toBeLessThan(2000);
    expect(
      o.problems.some((p) => p.kind === 'file' && p.reason.includes('gzip data is truncated')),
    ).toBe(true);
    // The record the cut went through is reported as truncated, not as some JSON error.
    const cutRecords = o.problems.filter((p) => p.kind === 'record');
    expect(cutRecords.map((p) => p.reason)).toEqual([
      'truncated: the JSON value ends before it is closed',
    ]);
    expect(o.events.length + cutRecords.length).toBe(cutRecords[0]?.line);
  });

  it('reports an empty file', async () => {
    const o = await ingest('');
    expect(o.problems).toMatchObject([{ kind: 'file', reason: 'the file is empty', line: 0 }]);
  });

  it('refuses a binary file up front', async () => {
    const bytes = new Uint8Array(5000).map((_, i) => (i * 7919) % 256);
    const o = await ingest(bytes);
    expect(o.events).toEqual([]);
    expect(o.problems).toMatchObject([
      { kind: 'file', reason: 'binary data, not JSON text: the file was not read' },
    ]);
  });

  it('keeps a 10 MB single-line event and rejects a 10 MB garbage line, with neighbours intact', async () => {
    const big = JSON.stringify(
      makeOpenBody({ process: { pid: 1, uid: 0, gid: 0, args: ['x'.repeat(10_000_000)] } }),
    );
    const garbage = 'g'.repeat(10_000_000);
    const o = await ingest([line, big, garbage, line].join('\n'));
    expect(o.events).toHaveLength(3);
    expect(o.problems).toHaveLength(1);
    expect(o.problems[0]?.line).toBe(3);
    expect(o.problems[0]?.excerpt.length).toBeLessThan(300);
  });

  it('keeps a 5,000-deep nested record with a limit finding', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const o = await ingest([line, deep, line].join('\n'));
    expect(o.events.map((e) => e.validity)).toEqual(['valid', 'invalid', 'valid']);
  });

  it('handles CRLF, BOM and blank lines', async () => {
    const o = await ingest(`\uFEFF${line}\r\n\r\n${line}\r\n`);
    expect(o.events).toHaveLength(2);
    expect(o.blank).toBe(1);
    expect(o.problems).toEqual([]);
  });

  it('reports a pretty-printed value cut off at the end', async () => {
    const o = await ingest(`${JSON.stringify([body, body], null, 2).slice(0, -40)}`);
    expect(o.events).toHaveLength(1);
    expect(o.problems[0]?.reason).toContain('truncated');
  });
});
