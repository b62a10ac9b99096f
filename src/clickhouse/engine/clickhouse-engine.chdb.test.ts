/**
 * The ClickHouse engine's SQL run by embedded ClickHouse (chdb) over the tables of
 * clickhouse/ddl/single.sql: three events of one parent process and one rejected record.
 * Skipped, saying why, where chdb is not installed (clickhouse/local-engine/node_modules).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClickHouseEngine } from './clickhouse-engine';
import { SQL_COMPILER } from './compiler';
import type { SqlClient, SqlRow } from './sql-client';

const CHDB = resolve('clickhouse/local-engine/node_modules/chdb/index.js');

interface Session {
  query(sql: string, format?: string): string;
  queryBind(sql: string, params: object, format?: string): string;
}

const TIME = '2024-01-01T00:00:00Z';
const PARENT_TIME = '2023-01-01T00:00:00Z';
const keyOf = (pid: number, time: string) => `h/${pid}/${time}/${time}`;
const PARENT = keyOf(1, PARENT_TIME);

function eventRow(i: number): object {
  const parent = { pid: 1, comm: 'init', fork_time: PARENT_TIME, exec_time: PARENT_TIME };
  const process = { pid: 10 + i, ppid: 1, comm: `c${i}`, fork_time: TIME, exec_time: TIME };
  const body = { evt: { name: 'exec' }, process: { ...process, parent, ancestors: [parent] } };
  return {
    event_id: `e${i}`,
    source_path: 'a.json',
    ordinal: i,
    timed: 1,
    time_ms: 1000 * i,
    validity: 'valid',
    evt_name: 'exec',
    evt_category: i === 3 ? 'file' : 'process',
    pid: 10 + i,
    host: 'h',
    env_host: 'h',
    process_key: keyOf(10 + i, TIME),
    parent_key: PARENT,
    lineage: [keyOf(10 + i, TIME), PARENT],
    attr_paths: ['evt.name', 'process.comm'],
    attr_values: ['exec', `c${i % 2}`],
    attr_kinds: [0, 0],
    body: JSON.stringify(body),
    envelope: '{"host":"h","id":12345678901234567890}',
    raw: 'raw',
    findings: '[]',
    schema: 'linux-7.71',
  };
}

async function serverWithEvents(): Promise<SqlClient> {
  const chdb = (await import(pathToFileURL(CHDB).href)) as { Session: new () => Session };
  const session = new chdb.Session();
  const ddl = readFileSync('clickhouse/ddl/single.sql', 'utf8').replace(/--[^\n]*/g, '');
  for (const statement of ddl.split(';').map((s) => s.trim())) {
    if (statement !== '') session.query(statement);
  }
  const events = [1, 2, 3].map((i) => JSON.stringify(eventRow(i))).join('\n');
  session.query(`INSERT INTO events FORMAT JSONEachRow ${events}`);
  session.query(
    'INSERT INTO problems FORMAT JSONEachRow ' +
      '{"source_path":"a.json","line":4,"kind":"record","message":"not JSON","excerpt":"x"}',
  );
  return {
    rows: (sql, params) =>
      Promise.resolve(
        session
          .queryBind(sql, params, 'JSONEachRow')
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => JSON.parse(line) as SqlRow),
      ),
    close: () => Promise.resolve(),
  };
}

const VIEW = { query: '', range: undefined, fields: [] };

describe.skipIf(!existsSync(CHDB))('ClickHouse engine on embedded ClickHouse', () => {
  let ch: ClickHouseEngine;
  beforeAll(async () => {
    ch = new ClickHouseEngine(await serverWithEvents(), SQL_COMPILER, 1, (error) => {
      throw error;
    });
  });

  it('counts what the server holds', async () => {
    const progress = await ch.open();
    expect(progress.counts).toMatchObject({ events: 3, rejected: 1, records: 4, valid: 3 });
    expect(await ch.call('problems.list', 0, 10)).toMatchObject({
      total: 1,
      problems: [{ source: 'a.json', line: 4, reason: 'not JSON', kind: 'record' }],
    });
  });

  it('pages rows in the view order, forwards from an anchor and backwards from the end', async () => {
    const sort = { column: 'time', descending: true };
    const summary = await ch.call('view.set', { ...VIEW, sort, fields: ['@process.comm'] });
    expect(summary.matching).toBe(3);
    const first = await ch.call('rows.window', 0, 2);
    expect(first.rows.map((r) => [r.rowIndex, r.eventId, r.fields['@process.comm']])).toEqual([
      [0, 'e3', 'c1'],
      [1, 'e2', 'c0'],
    ]);
    const next = await ch.call('rows.window', 1, 5);
    expect(next.rows.map((r) => [r.rowIndex, r.eventId])).toEqual([
      [1, 'e2'],
      [2, 'e1'],
    ]);
    expect(await ch.call('event.locate', 'e1')).toMatchObject({ rowIndex: 2 });
    expect(await ch.call('event.locate', 'nope')).toBeUndefined();
  });

  it('restricts the view by range and sorts by a column', async () => {
    const sort = { column: 'type', descending: false };
    const range = { fromMs: 1500, toMs: 5000 };
    expect((await ch.call('view.set', { ...VIEW, sort, range })).matching).toBe(2);
    await ch.call('view.set', { ...VIEW, sort });
  });

  it('counts facets and the histogram like the tab', async () => {
    const [comm, name] = await ch.call('view.facets', [
      { field: '@process.comm', limit: 10 },
      { field: '@evt.name', limit: 5, search: 'EX', order: 'rare' },
    ]);
    expect(comm).toEqual({
      field: '@process.comm',
      values: [
        { value: 'c1', count: 2 },
        { value: 'c0', count: 1 },
      ],
      distinct: 2,
      missing: 0,
    });
    expect(name?.values).toEqual([{ value: 'exec', count: 3 }]);
    expect(await ch.call('view.histogram', { bins: 10 })).toEqual({
      fromMs: 1000,
      binMs: 500,
      bins: 5,
      categories: ['process', 'file'],
      counts: [
        [1, 0, 1, 0, 0],
        [0, 0, 0, 0, 1],
      ],
      untimed: 0,
    });
  });

  it('opens an event and its process tree from the stored JSON', async () => {
    const [row] = (await ch.call('rows.window', 0, 1)).rows;
    const detail = await ch.call('event.detail', row?.key ?? -1);
    expect(detail.envelopeJson).toContain('"id": 12345678901234567890');
    expect(detail.schema).toBe('linux-7.71');
    const tree = await ch.call('process.tree', row?.key ?? -1);
    const root = tree.nodes.find((n) => n.id === tree.lineage[0]);
    expect(root).toMatchObject({ comm: 'init', childCount: 3, subtreeEvents: 3, ownEvents: 0 });
    expect(tree.childrenShown[root?.id ?? -1]).toHaveLength(3);
    const children = await ch.call('process.children', root?.id ?? -1, 1, 10);
    expect(children.map((c) => c.comm)).toEqual(['c2', 'c3']);
    expect(await ch.call('process.name', keyOf(12, TIME))).toBe('c2');
  });
});
