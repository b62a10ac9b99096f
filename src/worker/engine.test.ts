import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import type { IngestProgress, OpenFile } from '../protocol/messages';
import { DEFAULT_SORT } from '../protocol/messages';
import { makeOpenBody } from '../ingest/test/fixtures';
import { EventIndex } from '../index/event-index';
import { Engine } from './engine';

function file(name: string, content: string | Uint8Array): OpenFile {
  return { file: new File([content as BlobPart], name), path: name };
}

function bodyAt(ms: number, pid: number): Record<string, unknown> {
  return makeOpenBody({
    date: new Date(ms).toISOString(),
    process: { pid, uid: 0, gid: 0, executable: { path: '/bin/x', name: 'x', uid: 0, gid: 0 } },
  });
}

const T0 = Date.parse('2026-11-20T10:00:00Z');

describe('Engine', () => {
  it('merges several files into one timeline, with sources and accounting', async () => {
    const a = [bodyAt(T0 + 2, 2), bodyAt(T0 + 4, 4)].map((b) => JSON.stringify(b)).join('\n');
    const b =
      [bodyAt(T0 + 1, 1), bodyAt(T0 + 3, 3)].map((x) => JSON.stringify(x)).join('\n') +
      '\nbroken {\n';
    const snapshots: IngestProgress[] = [];
    const engine = new Engine((p) => snapshots.push(p));
    const final = await engine.open([file('b.ndjson', b), file('a.json.gz', gzipSync(a))]);
    expect(final.state).toBe('ready');
    expect(final.counts).toMatchObject({ records: 5, events: 4, rejected: 1, valid: 4 });
    expect(final.counts.records).toBe(final.counts.events + final.counts.rejected);
    expect(final.sources.map((s) => [s.path, s.events, s.compressed])).toEqual([
      ['a.json.gz', 2, true],
      ['b.ndjson', 2, false],
    ]);
    const window = engine.rowsWindow(0, 10);
    expect(window.rows.map((r) => r.pid)).toEqual([1, 2, 3, 4]);
    expect(window.rows.map((r) => r.source)).toEqual([
      'b.ndjson',
      'a.json.gz',
      'b.ndjson',
      'a.json.gz',
    ]);
    expect(engine.problemsList(0, 10).problems).toMatchObject([
      { source: 'b.ndjson', line: 3, kind: 'record' },
    ]);
    expect(final.indexBytes).toBeGreaterThan(0);
  });

  it('re-reads an event on demand, from plain and gzip files, with its findings', async () => {
    const drift = { ...bodyAt(T0, 7), cgroup: { id: 'x' } };
    const engine = new Engine(() => undefined);
    await engine.open([
      file('one.gz', gzipSync(`${JSON.stringify(bodyAt(T0 + 1, 8))}\n`)),
      file('two.json', JSON.stringify([drift], null, 2)),
    ]);
    const [first, second] = engine.rowsWindow(0, 2).rows;
    const detail = await engine.eventDetail(first?.key ?? -1);
    expect(detail.row.pid).toBe(7);
    expect(detail.findings).toMatchObject([
      { pointer: '/cgroup', keyword: 'additionalProperties' },
    ]);
    expect(JSON.parse(detail.bodyJson)).toEqual(drift);
    expect(detail.source).toBe('two.json');
    const gz = await engine.eventDetail(second?.key ?? -1);
    expect(JSON.parse(gz.bodyJson)).toEqual(bodyAt(T0 + 1, 8));
    expect(gz.findings).toEqual([]);
  });

  it('locates an event by id: its key, and its row in the view or -1 outside it', async () => {
    const text = [bodyAt(T0 + 2, 2), bodyAt(T0 + 1, 1), bodyAt(T0 + 3, 3)]
      .map((b) => JSON.stringify(b))
      .join('\n');
    const engine = new Engine(() => undefined);
    await engine.open([file('x.ndjson', text)]);
    const rows = engine.rowsWindow(0, 3).rows;
    const pid3 = rows[2];
    expect(engine.eventLocate(pid3?.eventId ?? '')).toMatchObject({ key: pid3?.key, rowIndex: 2 });
    await engine.viewSet({
      query: '@process.pid:>1',
      range: undefined,
      sort: DEFAULT_SORT,
      fields: [],
    });
    expect(engine.eventLocate(pid3?.eventId ?? '')?.rowIndex).toBe(1);
    expect(engine.eventLocate(rows[0]?.eventId ?? '')).toMatchObject({
      key: rows[0]?.key,
      rowIndex: -1,
    });
    expect(engine.eventLocate('no-such-id')).toBeUndefined();
  });

  it('uses envelope ids, else fingerprint:ordinal ids that are stable across opens', async () => {
    const text = `${JSON.stringify(bodyAt(T0, 1))}\n${JSON.stringify({ _id: 'env-1', attributes: bodyAt(T0 + 1, 2), host: 'web-1' })}\n`;
    const engine = new Engine(() => undefined);
    await engine.open([file('x.ndjson', text)]);
    const ids = engine.rowsWindow(0, 2).rows.map((r) => r.eventId);
    expect(ids[0]).toMatch(/^[0-9a-f]{32}:1$/);
    expect(ids[1]).toBe('env-1');
    expect(engine.rowsWindow(1, 1).rows[0]?.host).toBe('web-1');
    await engine.open([file('renamed.ndjson', text)]);
    expect(engine.rowsWindow(0, 2).rows.map((r) => r.eventId)).toEqual(ids);
  });

  it('restricts a view to events by id, over several files and envelope ids', async () => {
    const envelope = (id: string, ms: number, pid: number) =>
      JSON.stringify({ _id: id, attributes: bodyAt(ms, pid), host: 'web-1' });
    const a = [bodyAt(T0 + 1, 1), bodyAt(T0 + 3, 3)].map((b) => JSON.stringify(b)).join('\n');
    const b = `${envelope('env-9', T0 + 2, 2)}\nnot json\n${JSON.stringify(bodyAt(T0 + 4, 4))}\n`;
    const engine = new Engine(() => undefined);
    await engine.open([file('a.ndjson', a), file('b.ndjson', b)]);
    const rows = engine.rowsWindow(0, 4).rows;
    expect(rows.map((r) => r.pid)).toEqual([1, 2, 3, 4]);
    const wanted = [rows[3]?.eventId ?? '', 'env-9', 'nobody:1', `${rows[0]?.eventId}0`];
    const summary = await engine.viewSet({
      query: '',
      range: undefined,
      sort: DEFAULT_SORT,
      fields: [],
      ids: wanted,
    });
    expect(summary.matching).toBe(2);
    expect(engine.rowsWindow(0, 4).rows.map((r) => r.pid)).toEqual([2, 4]);
    for (const row of rows) expect(engine.eventLocate(row.eventId)?.key).toBe(row.key);
  });

  it('keeps what was loaded when cancelled, marked partial', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => JSON.stringify(bodyAt(T0 + i, i))).join(
      '\n',
    );
    const engine = new Engine(() => undefined);
    const loading = engine.open([file('big.ndjson', lines), file('z-next.ndjson', lines)]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    engine.cancel();
    const final = await loading;
    expect(final.state).toBe('ready');
    expect(final.partial).toBe(true);
    expect(final.counts.events).toBeLessThan(100_000);
    expect(engine.rowsWindow(0, 5).rows).toHaveLength(Math.min(5, final.counts.events));
  });

  it('stops at a refused allocation, keeping the events read and not reading on', async () => {
    const text = (from: number) =>
      [0, 1, 2, 3].map((i) => JSON.stringify(bodyAt(T0 + from + i, from + i))).join('\n');
    const append = EventIndex.prototype.append;
    let calls = 0;
    const spy = vi.spyOn(EventIndex.prototype, 'append').mockImplementation(function (
      this: EventIndex,
      ...args: Parameters<EventIndex['append']>
    ) {
      if (++calls === 3) throw new RangeError('Array buffer allocation failed');
      return append.apply(this, args);
    });
    try {
      const engine = new Engine(() => undefined);
      const final = await engine.open([file('a.ndjson', text(0)), file('b.ndjson', text(10))]);
      expect(final.state).toBe('error');
      expect(final.error).toContain('ran out of memory while reading a.ndjson after 2 events');
      expect(final.partial).toBe(true);
      expect(final.sources.map((s) => s.state)).toEqual(['failed', 'queued']);
      expect(engine.rowsWindow(0, 10).rows.map((r) => r.pid)).toEqual([0, 1]);
    } finally {
      spy.mockRestore();
    }
  });

  it('answers problems for an empty and a binary file', async () => {
    const engine = new Engine(() => undefined);
    const final = await engine.open([
      file('empty.json', ''),
      file('blob.bin', new Uint8Array([0, 1, 2, 3, 0, 255])),
    ]);
    expect(final.counts).toMatchObject({ records: 0, events: 0, problems: 2 });
    expect(engine.problemsList(0, 5).problems.map((p) => p.reason)).toEqual([
      'binary data, not JSON text: the file was not read',
      'the file is empty',
    ]);
  });
});

describe('Engine detail of hostile shapes', () => {
  it('shows a 5,000-deep event with the deep part cut, not a stack overflow', async () => {
    const deep = `{"evt":{"name":"open"},"x":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;
    const engine = new Engine(() => undefined);
    await engine.open([file('deep.ndjson', `${deep}\n`)]);
    const detail = await engine.eventDetail(0);
    expect(detail.bodyJson).toContain('nested deeper than 64 levels');
    expect(detail.bodyJson.length).toBeLessThan(20_000);
    expect(detail.findings.some((f) => f.keyword === 'limit')).toBe(true);
  });
});
