import { describe, expect, it } from 'vitest';
import type { ExportProgress, IngestProgress } from '../protocol/messages';
import { makeOpenBody } from '../ingest/test/fixtures';
import { connectInProcess } from '../test-support/in-process-engine';

/** Client and engine joined by a real MessageChannel, as across the worker boundary. */
function connect() {
  const { client, workers } = connectInProcess();
  return { client, terminated: () => workers.filter((w) => w.isTerminated).length };
}

const lines = Array.from({ length: 3000 }, (_, i) =>
  JSON.stringify(makeOpenBody({ date: new Date(1795169703000 + i).toISOString() })),
).join('\n');

describe('engine protocol', () => {
  it('answers ok, pushes progress, and reports errors as errors', async () => {
    const { client } = connect();
    const progress: IngestProgress[] = [];
    client.onProgress((p) => progress.push(p));
    const file = new File([lines], 'x.ndjson');
    const final = await client.call('ingest.open', [{ file, path: 'x.ndjson' }]);
    expect(final.counts.events).toBe(3000);
    expect(progress.at(-1)?.state).toBe('ready');
    const window = await client.call('rows.window', 10, 5);
    expect(window.rows.map((r) => r.rowIndex)).toEqual([10, 11, 12, 13, 14]);
    await expect(client.call('event.detail', 99_999)).rejects.toThrow('no event 99999');
    // The process context crosses as plain data; every fixture event is one `cat` process.
    const tree = await client.call('process.tree', window.rows[0]?.key ?? -1);
    expect(tree.nodes.map((n) => [n.pid, n.ownEvents])).toEqual([[4121, 3000]]);
    expect(await client.call('process.children', tree.focusId ?? -1, 0, 10)).toEqual([]);
    await expect(client.call('process.children', 99_999, 0, 10)).rejects.toThrow('no process');
  });

  it('answers row windows while a load is running, and cancels it', async () => {
    const { client } = connect();
    const big = new File([Array.from({ length: 20 }, () => lines).join('\n')], 'big.ndjson');
    const loading = client.call('ingest.open', [{ file: big, path: 'big.ndjson' }]);
    const during = await client.call('rows.window', 0, 3);
    expect(during.totalRows).toBeLessThan(60_000);
    await client.call('ingest.cancel');
    const final = await loading;
    expect(final.partial).toBe(true);
  });

  it('rejects pending calls when the worker is restarted', async () => {
    const { client, terminated } = connect();
    const pending = client.call('ingest.open', [{ file: new File([lines], 'x'), path: 'x' }]);
    client.restart('stopped by the user');
    await expect(pending).rejects.toThrow('stopped by the user');
    expect(terminated()).toBe(1);
    expect((await client.call('rows.window', 0, 1)).totalRows).toBe(0);
  });
});

const exportLines = Array.from({ length: 20_000 }, (_, i) =>
  JSON.stringify(makeOpenBody({ date: new Date(1795169703000 + i).toISOString() })),
).join('\n');

describe('export over the engine protocol', () => {
  it('streams progress messages and answers with the file as a Blob', async () => {
    const { client } = connect();
    await client.call('ingest.open', [
      { file: new File([exportLines], 'x.ndjson'), path: 'x.ndjson' },
    ]);
    const progress: ExportProgress[] = [];
    const stop = client.onExportProgress((p) => progress.push(p));
    const result = await client.call('export.run', {
      format: 'ndjson-bodies',
      redact: [],
      columns: [],
      annotations: {},
      fileName: 'x-export.ndjson',
    });
    stop();
    if (result.outcome !== 'done') throw new Error('cancelled');
    expect(result.data).toBeInstanceOf(Blob);
    expect(await result.data.text()).toBe(`${exportLines}\n`);
    expect(progress[0]).toEqual({ done: 0, total: 20_000, bytes: 0 });
    expect(JSON.parse(result.manifestJson)).toMatchObject({ file: 'x-export.ndjson' });
  });

  it('cancels a running export', async () => {
    const { client } = connect();
    await client.call('ingest.open', [
      { file: new File([exportLines], 'x.ndjson'), path: 'x.ndjson' },
    ]);
    const running = client.call('export.run', {
      format: 'ndjson-envelopes',
      redact: ['ips'],
      columns: [],
      annotations: {},
      fileName: 'x.ndjson',
    });
    expect(await client.call('export.cancel')).toBe(true);
    expect(await running).toEqual({ outcome: 'cancelled' });
  });
});
