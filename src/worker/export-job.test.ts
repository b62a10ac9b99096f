import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type {
  ExportProgress,
  ExportRequest,
  ExportResult,
  OpenFile,
  ViewSpec,
} from '../protocol/messages';
import { DEFAULT_SORT } from '../protocol/messages';
import { findUnredacted } from '../export/find-unredacted';
import { compactJsonLine, parseLossless } from '../export/lossless-json';
import { REDACTION_CATEGORIES } from '../export/redaction-rules';
import { Engine } from './engine';

function file(name: string, content: string | Uint8Array): OpenFile {
  return { file: new File([content as BlobPart], name), path: name };
}

/**
 * Body text as an agent writes it: spaces, an escaped `>`, a 64-bit id, `1.50`; secrets in
 * every redaction category.
 */
function bodyText(i: number): string {
  return (
    `{"evt": {"name": "open", "category": "File Activity", "outcome": "Success"}, ` +
    `"date": "2026-11-20T10:00:00.${String(i).padStart(3, '0')}Z", ` +
    `"process": {"pid": ${i}, "comm": "sh", "user": "user${i}", ` +
    `"args": ["--to\\u003e", "10.0.0.${i}"], "envs": ["TOKEN=s3cret${i}", "HOME=/home/u${i}"]}, ` +
    `"network": {"destination": {"ip": "192.168.0.${i}"}}, ` +
    `"dd": {"trace_id": 1844674407370955161${i % 10}}, "ratio": 1.50}`
  );
}

/** One file per input shape, event `i` in each: bodies, archive lines, a response, intake, @-keys. */
function shapes(): { files: OpenFile[]; bodies: Map<number, string> } {
  const bodies = new Map<number, string>();
  for (let i = 1; i <= 10; i++) bodies.set(i, compactJsonLine(bodyText(i)));
  const ndjson = [1, 2].map(bodyText).join('\n');
  const archive = [3, 4]
    .map(
      (i) =>
        `{"_id": "arch-${i}", "date": "2026-11-20T10:00:00Z", "host": "web-1", "attributes": ${bodyText(i)}}`,
    )
    .join('\n');
  const response = `{"data": [${[5, 6]
    .map(
      (i) =>
        `{"id": "v2-${i}", "type": "log", "attributes": {"host": "web-2", "attributes": ${bodyText(i)}}}`,
    )
    .join(', ')}], "meta": {}}`;
  const intake = [7, 8]
    .map((i) => JSON.stringify({ message: bodyText(i), hostname: 'web-3', ddsource: 'cws' }))
    .join('\n');
  const array = `[\n${[9, 10].map(bodyText).join(',\n')}\n]`;
  return {
    files: [
      file('a-bodies.ndjson', ndjson),
      file('b-archive.json.gz', gzipSync(archive)),
      file('c-response.json', response),
      file('d-intake.ndjson', intake),
      file('e-array.json', array),
    ],
    bodies,
  };
}

const ALL_EVENTS: ViewSpec = { query: '', range: undefined, sort: DEFAULT_SORT, fields: [] };

function request(patch: Partial<ExportRequest> = {}): ExportRequest {
  return {
    format: 'ndjson-bodies',
    redact: [],
    columns: [],
    annotations: {},
    fileName: 'x.ndjson',
    ...patch,
  };
}

async function done(
  result: Promise<ExportResult>,
): Promise<Extract<ExportResult, { outcome: 'done' }>> {
  const answer = await result;
  if (answer.outcome !== 'done') throw new Error('the export was cancelled');
  return answer;
}

async function lines(blob: Blob): Promise<string[]> {
  const text = await blob.text();
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
}

describe('export of the view in force', () => {
  it('writes each body byte for byte as the input had it, from every shape, in view order', async () => {
    const { files, bodies } = shapes();
    const engine = new Engine(() => undefined);
    await engine.open(files);
    const result = await done(engine.exportRun(request(), () => undefined));
    expect(result.events).toBe(10);
    expect(result.skipped).toBe(0);
    expect(await lines(result.data)).toEqual([...bodies.values()]);

    // Re-opened, the export holds the same events.
    const again = new Engine(() => undefined);
    const reopened = await again.open([file('x.ndjson', await result.data.text())]);
    expect(reopened.counts).toMatchObject({ events: 10, rejected: 0 });
    const detail = await again.eventDetail(0);
    expect(detail.bodyJson).toContain('18446744073709551611');
  });

  it('follows the query and the sort, and stops when cancelled', async () => {
    const { files, bodies } = shapes();
    const engine = new Engine(() => undefined);
    await engine.open(files);
    await engine.viewSet({
      ...ALL_EVENTS,
      query: '@process.pid:>4',
      sort: { column: 'time', descending: true },
    });
    const result = await done(engine.exportRun(request(), () => undefined));
    expect(await lines(result.data)).toEqual([10, 9, 8, 7, 6, 5].map((i) => bodies.get(i)));

    const running = engine.exportRun(request(), () => undefined);
    expect(engine.exportCancel()).toBe(true);
    expect(await running).toEqual({ outcome: 'cancelled' });
    expect(engine.exportCancel()).toBe(false);
  });

  it('writes the records with their envelopes, stars and notes in an `explorer` member', async () => {
    const { files } = shapes();
    const engine = new Engine(() => undefined);
    await engine.open(files);
    const ids = engine.rowsWindow(0, 10).rows.map((r) => r.eventId);
    const result = await done(
      engine.exportRun(
        request({
          format: 'ndjson-envelopes',
          annotations: {
            'arch-3': { starred: true, note: 'look "here"' },
            [ids[0] ?? '']: { starred: false, note: 'first' },
            'not-exported': { starred: true, note: '' },
          },
        }),
        () => undefined,
      ),
    );
    expect(result.annotated).toBe(2);
    const out = await lines(result.data);
    expect(out[0]).toBe(
      `${compactJsonLine(bodyText(1)).slice(0, -1)},"explorer":{"starred":false,"note":"first"}}`,
    );
    expect(out[1]).toBe(compactJsonLine(bodyText(2)));
    expect(out[2]).toBe(
      compactJsonLine(
        `{"_id": "arch-3", "date": "2026-11-20T10:00:00Z", "host": "web-1", "attributes": ${bodyText(3)}, "explorer": {"starred": true, "note": "look \\"here\\""}}`,
      ),
    );
    expect(JSON.parse(out[4] ?? '')).toMatchObject({ id: 'v2-5', type: 'log' });
    expect(JSON.parse(out[6] ?? '')).toMatchObject({ hostname: 'web-3' });
    const again = new Engine(() => undefined);
    const reopened = await again.open([file('x.ndjson', await result.data.text())]);
    expect(reopened.counts).toMatchObject({ events: 10, rejected: 0 });
    expect(
      again
        .rowsWindow(0, 10)
        .rows.map((r) => r.eventId)
        .slice(2, 6),
    ).toEqual(ids.slice(2, 6));
  });

  it('writes CSV of the given columns as the table shows them, indexing a field it lacks', async () => {
    const { files } = shapes();
    const engine = new Engine(() => undefined);
    await engine.open(files);
    await engine.viewSet({ ...ALL_EVENTS, query: '@process.pid:<3' });
    const result = await done(
      engine.exportRun(
        request({
          format: 'csv',
          columns: [
            { id: 'time', header: 'Time (UTC)' },
            { id: 'process', header: 'Process' },
            { id: '@process.args', header: 'process.args' },
            { id: 'source', header: 'Source' },
          ],
        }),
        () => undefined,
      ),
    );
    expect(await result.data.text()).toBe(
      'Time (UTC),Process,process.args,Source\r\n' +
        "2026-11-20 10:00:00.001,sh (1),'--to> 10.0.0.1,a-bodies.ndjson\r\n" +
        "2026-11-20 10:00:00.002,sh (2),'--to> 10.0.0.2,a-bodies.ndjson\r\n",
    );
  });

  it('adds star and note columns to CSV when an exported event is annotated', async () => {
    const { files } = shapes();
    const engine = new Engine(() => undefined);
    await engine.open(files);
    const result = await done(
      engine.exportRun(
        request({
          format: 'csv',
          columns: [{ id: 'user', header: 'User' }],
          annotations: { 'arch-4': { starred: true, note: 'a, b' } },
        }),
        () => undefined,
      ),
    );
    const rows = (await result.data.text()).split('\r\n');
    expect(rows[0]).toBe('User,starred,note');
    expect(rows[1]).toBe('user1,,');
    expect(rows[4]).toBe('user4,true,"a, b"');
  });

  it('redacts every value it claims to in each format, and the manifest names none', async () => {
    const { files } = shapes();
    const engine = new Engine(() => undefined);
    await engine.open(files);
    await engine.viewSet({ ...ALL_EVENTS, query: '@network.destination.ip:192.168.0.4 OR sh' });
    const secrets = Array.from({ length: 10 }, (_, n) => [
      `user${n + 1}`,
      `s3cret${n + 1}`,
      `10.0.0.${n + 1}`,
      `192.168.0.${n + 1}`,
      `/home/u${n + 1}`,
    ]).flat();
    for (const format of ['ndjson-bodies', 'ndjson-envelopes'] as const) {
      const result = await done(
        engine.exportRun(
          request({
            format,
            redact: REDACTION_CATEGORIES,
            annotations: { 'arch-3': { starred: true, note: 'talked to 10.0.0.3' } },
          }),
          () => undefined,
        ),
      );
      const out = await lines(result.data);
      expect(out).toHaveLength(10);
      for (const line of out) {
        expect(findUnredacted(parseLossless(line), REDACTION_CATEGORIES)).toEqual([]);
        // Exact numbers survive redaction.
        expect(line).toMatch(/"trace_id\\*":1844674407370955161\d/);
      }
      const text = (await result.data.text()) + result.manifestJson;
      for (const secret of secrets) expect(text).not.toContain(secret);
      const manifest = JSON.parse(result.manifestJson) as {
        redaction: Record<string, { count: number; paths: string[] }>;
        view: { query: string };
        annotations?: unknown[];
      };
      // Per event: a user, two args, two env values, the destination IP; one note's IP.
      expect(result.redacted).toEqual({ envs: 20, args: 20, users: 10, ips: 11 });
      expect(manifest.redaction['users']?.paths).toEqual(
        format === 'ndjson-bodies'
          ? ['process.user']
          : [
              'process.user',
              'attributes.process.user',
              'attributes.attributes.process.user',
              'message.process.user',
            ],
      );
      expect(manifest.view.query).toBe('[redacted]');
      expect(manifest.annotations !== undefined).toBe(format === 'ndjson-bodies');
    }
  });

  it('redacts CSV cells by the field their column shows', async () => {
    const { files } = shapes();
    const engine = new Engine(() => undefined);
    await engine.open(files);
    await engine.viewSet({ ...ALL_EVENTS, query: '@process.pid:1' });
    const result = await done(
      engine.exportRun(
        request({
          format: 'csv',
          redact: REDACTION_CATEGORIES,
          columns: [
            { id: 'user', header: 'User' },
            { id: '@process.envs', header: 'process.envs' },
            { id: '@network.destination.ip', header: 'ip' },
            { id: 'process', header: 'Process' },
          ],
        }),
        () => undefined,
      ),
    );
    expect((await result.data.text()).split('\r\n')[1]).toBe(
      '[redacted],TOKEN=[redacted] HOME=[redacted],[redacted],sh (1)',
    );
    expect(result.redacted).toEqual({ envs: 2, args: 0, users: 1, ips: 1 });
  });

  it(
    'reports progress with counts and bytes, and a manifest of the view and files',
    { timeout: 20_000 },
    async () => {
      const lines50k = Array.from({ length: 30_000 }, (_, i) => bodyText(i)).join('\n');
      const engine = new Engine(() => undefined);
      await engine.open([file('big.ndjson', lines50k)]);
      const reports: ExportProgress[] = [];
      const result = await done(
        engine.exportRun(request({ fileName: 'big-export.ndjson' }), (p) => reports.push(p)),
      );
      expect(result.events).toBe(30_000);
      expect(reports[0]).toEqual({ done: 0, total: 30_000, bytes: 0 });
      expect(reports.every((p) => p.total === 30_000 && p.done <= 30_000)).toBe(true);
      const manifest = JSON.parse(result.manifestJson) as Record<string, unknown>;
      expect(manifest).toMatchObject({
        kind: 'cws-event-explorer.export-manifest',
        file: 'big-export.ndjson',
        format: 'ndjson-bodies',
        view: { query: '', range: null, sort: { column: 'time', descending: false } },
        counts: { matching: 30_000, exported: 30_000, skipped: 0, loaded: 30_000, annotated: 0 },
        sources: [{ path: 'big.ndjson', events: 30_000 }],
        redaction: { categories: [] },
        annotations: [],
      });
      expect((manifest['sources'] as Array<{ fingerprint: string }>)[0]?.fingerprint).toMatch(
        /^[0-9a-f]{32}$/,
      );
    },
  );
});
