import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../../scripts/generator/generate-events';
import { writeShape, type ShapeName } from '../../../scripts/generator/shapes';
import { hostileCorpus } from '../../../e2e/helpers/hostile-corpus';
import { ingestFile, type IngestedEvent } from '../../ingest/ingest-file';
import { makeOpenBody } from '../../ingest/test/fixtures';
import { loadSequentially } from '../../test-support/sequential-load';
import { DataSet } from '../../worker/data-set';
import { eventsRow, type EventsRow } from './event-row';
import { LEAF_KIND } from './body-leaves';

async function rowsOf(text: string, path = 'x.ndjson'): Promise<EventsRow[]> {
  const events: IngestedEvent[] = [];
  const result = await ingestFile(new Blob([text]), path, {
    event: (e) => events.push(e),
    problem: () => undefined,
    blankLine: () => undefined,
    bytesRead: () => undefined,
    cancelled: () => false,
    spooling: () => undefined,
  });
  return events.map((e) => eventsRow(e, { path, fingerprint: result.fingerprint }));
}

async function rowOf(value: unknown): Promise<EventsRow> {
  const [row] = await rowsOf(JSON.stringify(value));
  if (row === undefined) throw new Error('no event');
  return row;
}

function generated(shape: ShapeName): string {
  const events = [...generateEvents({ seed: 11, count: 120, agents: 'mixed', bigIds: 5 })];
  return [...writeShape(shape, events)].join('');
}

const FILES: readonly (readonly [string, string])[] = [
  ['mixed.ndjson', generated('ndjson')],
  ['logs-v2.json', generated('logs-v2')],
  ['archive.json', generated('archive')],
  ['flattened.json', generated('flattened')],
  ['intake.json', generated('intake')],
  ['hostile.ndjson', hostileCorpus().text],
];

describe('eventsRow: the same texts and ids as the in-tab index', { timeout: 60_000 }, () => {
  it.each(FILES)('%s', async (path, text) => {
    const data = new DataSet(1, [{ file: new File([text], path), path }]);
    await loadSequentially(data);
    const rows = await rowsOf(text, path);
    expect(rows.length).toBe(data.index.count);
    expect(rows.length).toBeGreaterThan(10);
    rows.forEach((row, key) => {
      const tab = data.index.row(key, key, data.eventId(key), data.sourceName(key));
      expect({
        eventId: row.event_id,
        type: row.evt_name,
        category: row.evt_category,
        outcome: row.evt_outcome,
        processName: row.process_name,
        pid: row.pid,
        executable: row.executable,
        target: row.target,
        user: row.user,
        container: row.container,
        host: row.host,
        validity: row.validity,
        source: row.source_path,
        timeMs: row.timed === 1 ? row.time_ms : Number.NaN,
      }).toEqual({
        eventId: tab.eventId,
        type: tab.type,
        category: tab.category,
        outcome: tab.outcome,
        processName: tab.processName,
        pid: tab.pid,
        executable: tab.executable,
        target: tab.target,
        user: tab.user,
        container: tab.container,
        host: tab.host,
        validity: tab.validity,
        source: tab.source,
        timeMs: Math.floor(tab.timeMs),
      });
      const location = data.index.location(key);
      expect([row.line, row.byte_offset, row.ordinal]).toEqual([
        location.line,
        location.offset,
        location.ordinal,
      ]);
      expect(row.process_key === '' || data.forest.nodeOfKey(row.process_key) >= 0).toBe(true);
      for (const key of row.lineage) expect(data.forest.nodeOfKey(key)).toBeGreaterThanOrEqual(0);
    });
  });

  it('covers Windows events and envelopes with tags', async () => {
    const rows = await rowsOf(generated('logs-v2'), 'logs-v2.json');
    expect(rows.some((r) => r.schema.startsWith('windows'))).toBe(true);
    expect(rows.every((r) => r.env_host !== '' && r.envelope !== '')).toBe(true);
    expect(rows.some((r) => r.tags.length > 0)).toBe(true);
  });
});

describe('eventsRow: columns', () => {
  it('keeps big integers digit for digit, in bodies and in the items of a response', async () => {
    const body = '{"evt":{"name":"open"},"dd":{"span_id":12345678901234567891}}';
    const [single] = await rowsOf(body);
    expect(single?.body).toBe(body);
    const response = `{"data":[{"type":"log","id":"a","attributes":{"attributes":${body}}},{"type":"log","id":"b","attributes":{"host":"h","attributes":{"n":1}}}]}`;
    const items = await rowsOf(response);
    expect(items.map((r) => [r.event_id, r.body, r.envelope])).toEqual([
      ['a', body, '{"type":"log","id":"a"}'],
      ['b', '{"n":1}', '{"type":"log","id":"b"}'],
    ]);
    expect(items[0]?.raw).toBe(`{"type":"log","id":"a","attributes":{"attributes":${body}}}`);
  });

  it('leaves an event without a time untimed', async () => {
    const { date: _date, ...body } = makeOpenBody();
    const row = await rowOf(body);
    expect([row.timed, row.time_ms]).toEqual([0, 0]);
  });

  it('flattens every leaf with array levels left out', async () => {
    const row = await rowOf({
      evt: { name: 'exec' },
      process: {
        pid: 7,
        ancestors: [
          { comm: 'bash', pid: 3 },
          { comm: 'init', pid: 1 },
        ],
      },
      list: [[1, true], null, 'x'],
      'mountpoint.path': '/m',
      empty: {},
    });
    const leaves = row.attr_paths.map((p, i) => [p, row.attr_values[i], row.attr_kinds[i]]);
    expect(leaves).toEqual([
      ['evt.name', 'exec', LEAF_KIND.string],
      ['process.pid', '7', LEAF_KIND.number],
      ['process.ancestors.comm', 'bash', LEAF_KIND.string],
      ['process.ancestors.pid', '3', LEAF_KIND.number],
      ['process.ancestors.comm', 'init', LEAF_KIND.string],
      ['process.ancestors.pid', '1', LEAF_KIND.number],
      ['list', '1', LEAF_KIND.number],
      ['list', 'true', LEAF_KIND.boolean],
      ['list', '', LEAF_KIND.null],
      ['list', 'x', LEAF_KIND.string],
      ['mountpoint.path', '/m', LEAF_KIND.string],
    ]);
    expect(row.lineage).toEqual(['/7//', '/3//', '/1//']);
    expect([row.process_key, row.parent_key]).toEqual(['/7//', '/3//']);
  });

  it('lowers the free-text fields and keeps their non-strings out', async () => {
    const row = await rowOf({
      ...makeOpenBody(),
      title: 'Sensitive FILE Opened',
      process: { pid: 5, comm: 'CaT', user: ['Root', 2] },
    });
    expect(row.free_text).toContain('sensitive file opened');
    expect(row.free_text).toContain('cat');
    expect(row.free_text).toContain('root');
    expect(row.free_text).not.toContain('2');
  });

  it('keeps hostile text as data and survives deep nesting', async () => {
    const deep = `${'{"d":'.repeat(5000)}"bottom"${'}'.repeat(5000)}`;
    const hostile = JSON.stringify({
      ...makeOpenBody(),
      title: '\'); DROP TABLE events; --\u0000"',
    });
    const [row] = await rowsOf(`${hostile.slice(0, -1)},"deep":${deep}}`);
    if (row === undefined) throw new Error('no event');
    expect(row.free_text).toContain('\'); drop table events; --\u0000"');
    expect(row.attr_paths.at(-1)).toBe(`deep.${Array(5000).fill('d').join('.')}`);
    expect(JSON.parse(row.body)).toMatchObject({ title: expect.stringContaining('DROP') });
  });
});
