// The engine stopping and the page getting its data back: the client replaces a failed or
// silent worker, and the files are read again into the new one as far as the old one had got.
// Client and engine run in-process, joined by a MessageChannel as across the worker boundary.
import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../client/engine-client';
import { EMPTY_COUNTS } from '../protocol/messages';
import type { IngestProgress, OpenFile } from '../protocol/messages';
import { makeOpenBody } from '../ingest/test/fixtures';
import { planReopen, reopenAfterStop } from '../state/crash-recovery';
import { connectInProcess } from '../test-support/in-process-engine';

const connect = connectInProcess;

const lines = Array.from({ length: 3000 }, (_, i) =>
  JSON.stringify(makeOpenBody({ date: new Date(1795169703000 + i).toISOString() })),
).join('\n');

function openFile(name: string, copies: number): OpenFile {
  return {
    file: new File([Array.from({ length: copies }, () => lines).join('\n')], name),
    path: name,
  };
}

/** Resolves with the first progress snapshot that satisfies `test`. */
function progressWhere(client: EngineClient, test: (p: IngestProgress) => boolean) {
  return new Promise<IngestProgress>((resolve) => {
    const stop = client.onProgress((p) => {
      if (!test(p)) return;
      stop();
      resolve(p);
    });
  });
}

// Loads of tens of thousands of events on a shared two-core machine: allow time.
describe('engine stop and recovery', { timeout: 30_000 }, () => {
  it('replaces a failed worker, rejects what was pending and says why', async () => {
    const { client, workers } = connect();
    const reasons: string[] = [];
    client.onCrash((reason) => reasons.push(reason));
    const loading = client.call('ingest.open', [openFile('big.ndjson', 40)]);
    await progressWhere(client, (p) => p.counts.records > 0);
    workers[0]?.fail('Uncaught Error: boom');
    await expect(loading).rejects.toThrow('boom');
    expect(reasons).toEqual(['Uncaught Error: boom']);
    expect(workers.map((w) => w.isTerminated)).toEqual([true, false]);
    // The old worker's later failures are not the new one's.
    workers[0]?.fail('late');
    expect(reasons).toHaveLength(1);
    expect((await client.call('rows.window', 0, 1)).totalRows).toBe(0);
  });

  it('reopens the records the stopped engine had read, marked partial, with a new id', async () => {
    const { client, workers } = connect();
    const files = [openFile('b.ndjson', 40), openFile('a.ndjson', 1)];
    const loading = client.call('ingest.open', files);
    const last = await progressWhere(client, (p) => p.counts.records > 4000);
    workers[0]?.fail('Out of memory');
    await expect(loading).rejects.toThrow();
    const outcome = await reopenAfterStop(client, files, last, 'Out of memory');
    const progress = outcome.progress as IngestProgress;
    expect(progress.state).toBe('ready');
    expect(progress.partial).toBe(true);
    expect(progress.counts.records).toBe(last.counts.records);
    expect(progress.counts.events).toBe(last.counts.events);
    // Path order: all of a.ndjson, then the start of b.ndjson.
    expect(progress.sources.map((s) => [s.path, s.state, s.events])).toEqual([
      ['a.ndjson', 'done', 3000],
      ['b.ndjson', 'cancelled', last.counts.events - 3000],
    ]);
    expect(progress.datasetId).toBeGreaterThan(last.datasetId);
    expect(outcome.note).toContain('The engine stopped (Out of memory)');
    expect(outcome.note).toMatch(/the first [\d,]+ were read again/);
    // The reopened data set answers like any other.
    const window = await client.call('rows.window', 0, 5);
    expect(window.rows).toHaveLength(5);
    expect(window.datasetId).toBe(progress.datasetId);
    const view = await client.call('view.set', {
      query: '@evt.name:open',
      range: undefined,
      sort: { column: 'time', descending: false },
      fields: [],
    });
    expect(view.matching).toBe(progress.counts.events);
  });

  it('reopens all of a data set that had finished loading', async () => {
    const { client, workers } = connect();
    const files = [openFile('x.ndjson', 1)];
    const last = await client.call('ingest.open', files);
    workers[0]?.fail('Uncaught TypeError: x is undefined');
    const outcome = await reopenAfterStop(client, files, last, 'x');
    expect(outcome.progress?.partial).toBe(false);
    expect(outcome.progress?.counts.events).toBe(3000);
    expect(outcome.note).toContain('the files were read again (3,000 events)');
  });

  it('gives up when the reopen stops the engine too', async () => {
    const { client, workers } = connect();
    const files = [openFile('big.ndjson', 40)];
    const loading = client.call('ingest.open', files);
    const last = await progressWhere(client, (p) => p.counts.records > 0);
    workers[0]?.fail('first');
    await expect(loading).rejects.toThrow('first');
    const reopening = reopenAfterStop(client, files, last, 'first');
    await progressWhere(client, (p) => p.counts.records > 0);
    workers[1]?.fail('second');
    const outcome = await reopening;
    expect(outcome.progress).toBeUndefined();
    expect(outcome.note).toContain('and again while its data was read again (second)');
  });

  it('plans nothing when nothing was read, and keeps a cancelled set as it was', () => {
    const base: IngestProgress = {
      datasetId: 3,
      state: 'loading',
      counts: EMPTY_COUNTS,
      bytesRead: 0,
      bytesTotal: 10,
      elapsedMs: 1,
      sources: [],
      partial: false,
      error: undefined,
      indexBytes: 0,
      indexing: undefined,
      fieldsWithValues: [],
    };
    const read = { ...base.counts, records: 7, events: 6, rejected: 1 };
    expect(planReopen(base)).toBeUndefined();
    expect(planReopen({ ...base, counts: read })).toEqual({ datasetIdAbove: 3, maxRecords: 7 });
    expect(planReopen({ ...base, state: 'ready', partial: true, counts: read })).toEqual({
      datasetIdAbove: 3,
      maxRecords: 7,
    });
    expect(planReopen({ ...base, state: 'ready', counts: read })).toEqual({ datasetIdAbove: 3 });
  });

  it('takes a worker that stops answering for stopped', async () => {
    const { client, workers } = connect({ silent: true, livenessMs: 200 });
    const reasons: string[] = [];
    client.onCrash((reason) => reasons.push(reason));
    await expect(client.call('rows.window', 0, 1)).rejects.toThrow('the engine stopped answering');
    expect(reasons).toHaveLength(1);
    expect(workers[0]?.isTerminated).toBe(true);
    expect(workers).toHaveLength(2);
  });
});
