import { describe, expect, it } from 'vitest';
import type { ParamValue } from '../sql/params';
import { ClickHouseEngine } from './clickhouse-engine';
import type { SqlCompiler } from './compiler';
import type { SqlClient, SqlRow } from './sql-client';

interface Sent {
  readonly sql: string;
  readonly params: Readonly<Record<string, ParamValue>>;
}

/** A server that answers each statement by the first rule whose pattern its SQL matches. */
function fakeClient(rules: readonly [RegExp, SqlRow[]][]): { client: SqlClient; sent: Sent[] } {
  const sent: Sent[] = [];
  const client: SqlClient = {
    rows: (sql, params) => {
      sent.push({ sql, params });
      const rule = rules.find(([pattern]) => pattern.test(sql));
      return Promise.resolve(rule === undefined ? [] : rule[1]);
    },
    close: () => Promise.resolve(),
  };
  return { client, sent };
}

const everyEvent: SqlCompiler = {
  query: (query) =>
    query === '' ? { sql: '1' } : { errors: [{ position: 0, length: 1, message: 'bad' }] },
  fieldValues: (field, bag) => `values(${bag.bind(field, 'String')})`,
  fieldText: (field, bag) => `text(${bag.bind(field, 'String')})`,
  rule: () => ({ errors: [{ position: 0, length: 1, message: 'no rules here' }] }),
};

const row = (id: string, time: number): SqlRow => ({
  event_id: id,
  timed: 1,
  time_ms: time,
  evt_name: 'exec',
  evt_category: 'process',
  evt_outcome: 'success',
  process_name: 'bash',
  pid: 42,
  executable: '/bin/bash',
  target: '',
  user: 'root',
  container: '',
  host: 'web-1',
  validity: 'valid',
  source_path: 'a.json',
  k0: 0,
  k1: time,
  k2: 'a.json',
  k3: 1,
});

const VIEW = {
  query: '',
  range: undefined,
  sort: { column: 'time', descending: false },
  fields: [],
};

describe('ClickHouse engine', () => {
  it('counts the view, pages its rows and opens an event by the key its row was given', async () => {
    const { client, sent } = fakeClient([
      [/SELECT count\(\) AS n FROM events WHERE/, [{ n: 2 }]],
      [/FROM events$/, [{ n: 2, valid: 2, drift: 0, invalid: 0 }]],
      [/ORDER BY/, [row('id-a', 1000), row('id-b', 2000)]],
      [
        /body, envelope, raw/,
        [{ ...row('id-b', 2000), body: '{"a":1}', envelope: '', raw: 'x', findings: '[]' }],
      ],
    ]);
    const ch = new ClickHouseEngine(client, everyEvent, 7);
    const summary = await ch.call('view.set', VIEW);
    expect(summary).toMatchObject({ datasetId: 7, viewId: 1, matching: 2, errors: [] });
    const window = await ch.call('rows.window', 0, 50);
    expect(window.rows.map((r) => [r.key, r.eventId, r.timeMs, r.pid])).toEqual([
      [0, 'id-a', 1000, 42],
      [1, 'id-b', 2000, 42],
    ]);
    const detail = await ch.call('event.detail', 1);
    expect(detail.bodyJson).toBe('{\n  "a": 1\n}');
    expect(detail.envelopeJson).toBeUndefined();
    expect(sent.at(-1)?.params).toEqual({ p0: 'id-b' });
  });

  it('leaves the view in force when a query does not compile', async () => {
    const { client } = fakeClient([[/count\(\)/, [{ n: 5 }]]]);
    const ch = new ClickHouseEngine(client, everyEvent, 1);
    await ch.call('view.set', VIEW);
    const summary = await ch.call('view.set', { ...VIEW, query: '@x:(' });
    expect(summary.errors).toHaveLength(1);
    expect(summary.spec.query).toBe('');
    expect(summary.viewId).toBe(1);
  });

  it('says which requests this source does not answer', async () => {
    const ch = new ClickHouseEngine(fakeClient([]).client, everyEvent, 1);
    await expect(ch.call('compare.run')).rejects.toThrow(
      'comparing with a baseline is not available on a ClickHouse source yet',
    );
    await expect(ch.call('event.detail', 99)).rejects.toThrow('no event has number 99');
  });
});
