import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createClient } from '@clickhouse/client-web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCorpus } from '../../e2e/helpers/hostile-corpus';
import { generateEvents } from '../../scripts/generator/generate-events';
import { writeShape, type ShapeName } from '../../scripts/generator/shapes';
import {
  localEngineMissing,
  startLocalClickHouse,
  type LocalClickHouse,
} from '../../src/test-support/local-clickhouse';
import { loadSequentially } from '../../src/test-support/sequential-load';
import { DataSet } from '../../src/worker/data-set';
import { ClickHouseHttp } from './clickhouse-http';
import { ddlStatements } from './ensure-tables';
import { inputFiles } from './input-files';
import { loadFiles } from './load-files';

const SAMPLE = join(import.meta.dirname, '../../public/sample/investigation.json.gzip');

function generated(shape: ShapeName, seed: number): string {
  const events = [...generateEvents({ seed, count: 200, agents: 'mixed' })];
  return [...writeShape(shape, events)].join('');
}

/** Inputs of every kind the tab opens: shapes, gzip, a folder, hostile and damaged files. */
function writeInputs(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cws-load-'));
  const file = (name: string, content: string | Uint8Array): string => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const archive = join(dir, 'archive-folder');
  mkdirSync(join(archive, 'dt=20261120', 'hour=08'), { recursive: true });
  writeFileSync(
    join(archive, 'dt=20261120', 'hour=08', 'archive_1.json.gz'),
    gzipSync(generated('archive', 3)),
  );
  writeFileSync(join(archive, '.DS_Store'), 'not a log');
  const good = generated('ndjson', 4);
  return [
    file(basename(SAMPLE), readFileSync(SAMPLE)),
    file('logs-v2.json', generated('logs-v2', 5)),
    file('hostile.ndjson', hostileCorpus().text),
    file('damaged.ndjson', `${good.split('\n')[0]}\nnot json\n42\n\n{"evt":{"name":"open"`),
    file('truncated.json.gz', gzipSync(good).subarray(0, 4000)),
    file('empty.ndjson', ''),
    file('binary.dat', new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7])),
    archive,
  ];
}

/** The tab's reading of the same inputs, named as the loader names them. */
async function tabReading(inputs: readonly string[]): Promise<DataSet> {
  const files = (await inputFiles(inputs)).map(({ location, path }) => ({
    file: new File([readFileSync(location)], basename(location)),
    path,
  }));
  const data = new DataSet(1, files);
  await loadSequentially(data);
  return data;
}

const missing = localEngineMissing();
if (missing !== undefined) console.warn(`ClickHouse loader tests skipped: ${missing}`);

describe.skipIf(missing !== undefined)('clickhouse:load into the local engine', () => {
  const inputs = writeInputs();
  let clickhouse: LocalClickHouse;
  let http: ClickHouseHttp;
  let tab: DataSet;
  const rows = async (sql: string): Promise<string[]> =>
    (await http.run(`${sql} FORMAT TabSeparated`)).split('\n').filter((line) => line !== '');

  beforeAll(async () => {
    clickhouse = await startLocalClickHouse({ files: inputs });
    http = new ClickHouseHttp(clickhouse);
    tab = await tabReading(inputs);
  }, 300_000);

  afterAll(async () => {
    await clickhouse.stop();
  });

  it('holds the events, ids and problems the tab reads from the same files', async () => {
    const ids = Array.from({ length: tab.index.count }, (_, key) => tab.eventId(key));
    expect(ids.length).toBeGreaterThan(6000);
    expect(await rows('SELECT event_id FROM events ORDER BY source_path, ordinal')).toEqual(ids);
    expect(clickhouse.load.problems).toBe(tab.problems.length);
    expect(await rows('SELECT count() FROM problems')).toEqual([String(tab.problems.length)]);
    const paths = await rows('SELECT source_path FROM sources ORDER BY source_path');
    expect(paths).toEqual(tab.sources.map((s) => s.path));
    expect(paths).toContain('archive-folder/dt=20261120/hour=08/archive_1.json.gz');
    const fingerprints = await rows('SELECT source_fingerprint FROM sources ORDER BY source_path');
    expect(fingerprints).toEqual(tab.sources.map((s) => s.fingerprint));
  });

  it('adds nothing when the same files are loaded again', async () => {
    const again = await loadFiles({ ...clickhouse, inputs });
    expect(again.files.every((f) => f.outcome === 'already loaded')).toBe(true);
    expect(await rows('SELECT count() FROM events')).toEqual([String(tab.index.count)]);
  });

  it('clears what an interrupted load left before loading the file again', async () => {
    const [fingerprint] = await rows(
      "SELECT source_fingerprint FROM sources WHERE source_path = 'logs-v2.json'",
    );
    // As if the load had stopped after its events: the file's sources row is not there.
    await http.run('DELETE FROM sources WHERE source_fingerprint = {f:String}', {
      params: { f: fingerprint ?? '' },
    });
    const again = await loadFiles({ ...clickhouse, inputs });
    expect(again.files.filter((f) => f.outcome === 'loaded').map((f) => f.path)).toEqual([
      'logs-v2.json',
    ]);
    expect(await rows('SELECT count() FROM events')).toEqual([String(tab.index.count)]);
    expect(await rows('SELECT count() FROM problems')).toEqual([String(tab.problems.length)]);
  });

  it('answers @clickhouse/client-web with bound parameters kept whole', async () => {
    const hostile = ["it's", 'back\\slash', 'tab\tnew\nline', "'); DROP TABLE events; --", '\\N'];
    for (const multipart of [false, true]) {
      const client = createClient({
        url: clickhouse.url,
        database: clickhouse.database,
        username: clickhouse.user,
        password: clickhouse.password,
        use_multipart_params: multipart,
      });
      const result = await client.query({
        query:
          'SELECT {s:String} AS s, {a:Array(String)} AS a, {n:Int64} AS n, count() AS c FROM events WHERE event_id = {s:String}',
        query_params: { s: hostile.join(''), a: hostile, n: -7 },
        format: 'JSONEachRow',
      });
      expect(await result.json()).toEqual([{ s: hostile.join(''), a: hostile, n: -7, c: 0 }]);
      await client.close();
    }
  });

  it('refuses other credentials with ClickHouse code 516', async () => {
    const client = createClient({
      url: clickhouse.url,
      username: clickhouse.user,
      password: 'wrong',
    });
    await expect(client.query({ query: 'SELECT 1' })).rejects.toMatchObject({ code: '516' });
    await client.close();
  });

  it('parses every statement of the cluster DDL', async () => {
    const sql = readFileSync(join(import.meta.dirname, '../ddl/cluster.sql'), 'utf8');
    const statements = ddlStatements(sql);
    expect(statements).toHaveLength(6);
    for (const statement of statements) {
      const formatted = await http.run('SELECT formatQuery({q:String}) FORMAT TabSeparated', {
        params: { q: statement },
      });
      expect(formatted).toMatch(/^CREATE TABLE IF NOT EXISTS \w+ ON CLUSTER/);
    }
  });

  it('reports a failing statement as ClickHouse does', async () => {
    const client = createClient({ ...clickhouse, username: clickhouse.user });
    await expect(client.query({ query: 'SELECT * FROM no_such_table' })).rejects.toMatchObject({
      code: '60',
      type: 'UNKNOWN_TABLE',
    });
    await client.close();
  });
});
