/**
 * Export on a ClickHouse source against the tab's: the bundled sample loaded into the local
 * ClickHouse engine by the loader and opened in the tab's engine, then every format, with and
 * without redaction, with stars and notes, over a view that crosses a page of the server's
 * answers: the same file byte for byte, the same counts and the same manifest. Skipped,
 * saying why, when the local engine is not installed.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ExportFormat,
  ExportProgress,
  ExportRequest,
  ExportResult,
  ViewSpec,
} from '../../protocol/messages';
import { TABLE_COLUMNS } from '../../protocol/messages';
import { REDACTION_CATEGORIES } from '../../export/redaction-rules';
import {
  localEngineMissing,
  startLocalClickHouse,
  type LocalClickHouse,
} from '../../test-support/local-clickhouse';
import { Engine } from '../../worker/engine';
import type { ClickHouseEngine } from './clickhouse-engine';
import { openClickHouseEngine } from './open-clickhouse-engine';

const missing = localEngineMissing();
if (missing !== undefined) console.warn(`Skipping ClickHouse export: ${missing}`);

const SAMPLE = resolve('public/sample/investigation.json.gzip');
/** All events (6,000: past one 5,000-row page), by type, descending. */
const VIEW: ViewSpec = {
  query: '',
  range: undefined,
  sort: { column: 'type', descending: true },
  fields: [],
};

type Done = Extract<ExportResult, { outcome: 'done' }>;

function done(result: ExportResult): Done {
  if (result.outcome !== 'done') throw new Error('the export was cancelled');
  return result;
}

/** The result with its file as text and the manifest without its creation time. */
async function comparable(result: Done) {
  const { data, manifestJson, ...counts } = result;
  const manifest = JSON.parse(manifestJson) as Record<string, unknown>;
  delete manifest['created'];
  return { text: await data.text(), manifest, counts };
}

describe.skipIf(missing !== undefined)('export on a ClickHouse source', () => {
  let clickhouse: LocalClickHouse;
  let tab: Engine;
  let source: ClickHouseEngine;
  let ids: string[];

  beforeAll(async () => {
    clickhouse = await startLocalClickHouse({ files: [SAMPLE] });
    tab = new Engine(() => undefined);
    const name = basename(SAMPLE);
    await tab.open([{ file: new File([readFileSync(SAMPLE)], name), path: name }]);
    await tab.viewSet(VIEW);
    ids = [0, 5500].flatMap((start) => tab.rowsWindow(start, 10).rows.map((r) => r.eventId));
    const connection = { ...clickhouse, username: clickhouse.user };
    source = openClickHouseEngine(connection, 1, () => undefined);
    await source.open();
    await source.call('view.set', VIEW);
  }, 180_000);
  afterAll(async () => {
    await source.close();
    await clickhouse.stop();
  });

  function request(format: ExportFormat, redact: boolean): ExportRequest {
    return {
      format,
      redact: redact ? REDACTION_CATEGORIES : [],
      columns: [...TABLE_COLUMNS, '@process.args', '@network.destination.ip', 'service'].map(
        (id) => ({ id, header: id.toUpperCase() }),
      ),
      annotations: {
        [ids[3] as string]: { starred: true, note: 'from 10.1.2.3' },
        [ids[10] as string]: { starred: false, note: 'second page' },
        'not-loaded': { starred: true, note: '' },
      },
      fileName: `sample.${format}`,
    };
  }

  for (const format of ['ndjson-bodies', 'ndjson-envelopes', 'csv'] as const) {
    for (const redact of [false, true]) {
      it(`writes ${format}${redact ? ' with redaction' : ''} as the tab does`, async () => {
        const wanted = request(format, redact);
        const progress: ExportProgress[] = [];
        const stop = source.onExportProgress((p) => progress.push(p));
        const [fromTab, fromSource] = await Promise.all([
          tab.exportRun(wanted, () => undefined).then(done),
          source.call('export.run', wanted).then(done),
        ]);
        stop();
        const expected = await comparable(fromTab);
        const actual = await comparable(fromSource);
        expect(actual.counts).toEqual(expected.counts);
        expect(actual.counts.events).toBe(6000);
        expect(actual.counts.annotated).toBe(2);
        if (redact) expect(actual.counts.redacted.users).toBeGreaterThan(0);
        expect(actual.manifest).toEqual(expected.manifest);
        // Compared whole (not as a diff): 6,000 lines.
        expect(actual.text === expected.text).toBe(true);
        expect(progress[0]).toEqual({ done: 0, total: 6000, bytes: 0 });
      }, 120_000);
    }
  }

  it('stops when cancelled', async () => {
    const running = source.call('export.run', request('ndjson-envelopes', true));
    expect(await source.call('export.cancel')).toBe(true);
    expect(await running).toEqual({ outcome: 'cancelled' });
    expect(await source.call('export.cancel')).toBe(false);
  });
});
