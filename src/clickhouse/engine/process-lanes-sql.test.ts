// Process lanes on a ClickHouse source against the tab: the bundled sample loaded by the real
// loader into the local ClickHouse engine and opened in the tab's engine; the families of
// several events, a process's family and two views give the same lanes (tree order, images,
// lifetimes, lineage, events by id, time, category and type) on both. Skipped, saying why,
// without the local engine. And, on a fake server, an event without a process has no lanes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SORT, type ViewSpec } from '../../protocol/view';
import type { LaneSet, LanesScope } from '../../protocol/lanes';
import {
  localEngineMissing,
  startLocalClickHouse,
  type LocalClickHouse,
} from '../../test-support/local-clickhouse';
import { Engine } from '../../worker/engine';
import type { ClickHouseEngine } from './clickhouse-engine';
import { openClickHouseEngine } from './open-clickhouse-engine';
import { ProcessLaneSets } from './process-lanes-sql';
import { SessionNumbers } from './session-numbers';
import type { SqlClient } from './sql-client';

const SAMPLE = resolve('public/sample/investigation.json.gzip');

const missing = localEngineMissing();
if (missing !== undefined) console.warn(`Skipping ClickHouse process lanes: ${missing}`);

const spec = (query: string): ViewSpec => ({
  query,
  range: undefined,
  sort: DEFAULT_SORT,
  fields: [],
});

/** What both sources must agree on: everything but the row keys (each source's own). */
function comparable(set: LaneSet) {
  const { events } = set;
  return {
    lanes: set.lanes,
    ids: events.ids,
    timeMs: [...events.timeMs],
    categories: [...events.category].map((c) => set.categories[c]),
    types: [...events.type].map((t) => set.types[t]),
    focusLane: set.focusLane,
    extent: set.extent,
    lanesCut: set.lanesCut,
    eventsCut: set.eventsCut,
    untimed: set.untimed,
  };
}

describe.skipIf(missing !== undefined)('process lanes on ClickHouse', () => {
  let clickhouse: LocalClickHouse;
  let ch: ClickHouseEngine;
  const tab = new Engine(() => undefined);

  beforeAll(async () => {
    clickhouse = await startLocalClickHouse({ files: [SAMPLE] });
    const { url, database, user, password } = clickhouse;
    const connection = { url, database, username: user, password };
    ch = openClickHouseEngine(connection, 1, () => undefined);
    await ch.open();
    const file = new File([readFileSync(SAMPLE)], 'investigation.json.gzip');
    await tab.open([{ file, path: 'investigation.json.gzip' }]);
  }, 180_000);
  afterAll(async () => {
    await ch?.close();
    await clickhouse?.stop();
  });

  /** The first `count` rows of `query` on both sources: [tab key, ClickHouse key] by event. */
  async function rowKeys(query: string, count: number): Promise<[number, number][]> {
    tab.viewSet(spec(query));
    await ch.call('view.set', spec(query));
    const tabRows = tab.rowsWindow(0, count).rows;
    const chRows = (await ch.call('rows.window', 0, count)).rows;
    expect(chRows.map((r) => r.eventId)).toEqual(tabRows.map((r) => r.eventId));
    return tabRows.map((row, i) => [row.key, chRows[i]?.key ?? -1]);
  }

  async function expectSame(tabScope: LanesScope, chScope: LanesScope): Promise<LaneSet> {
    const expected = tab.processLanes(tabScope);
    const actual = await ch.call('process.lanes', chScope);
    expect(comparable(actual)).toEqual(comparable(expected));
    expect(actual.focusEventKey).toBe(chScope.kind === 'family' ? chScope.eventKey : -1);
    return expected;
  }

  it('gives every event family the tab’s lanes', async () => {
    const keys = await rowKeys('@evt.name:(exec OR exit OR open OR connect)', 1000);
    const picked = keys.filter((_, i) => i % 25 === 0);
    let lanes = 0;
    for (const [tabKey, chKey] of picked) {
      const set = await expectSame(
        { kind: 'family', eventKey: tabKey },
        { kind: 'family', eventKey: chKey },
      );
      lanes += set.lanes.length;
    }
    expect(lanes).toBeGreaterThan(picked.length);
  }, 120_000);

  it('gives a process’s family the tab’s lanes, an exec chain’s too', async () => {
    await rowKeys('', 1);
    const all = tab.processLanes({ kind: 'view' }).lanes;
    const chain = all.find((lane) => lane.images.length > 1);
    const deep = all.find((lane) => lane.depth > 2);
    if (chain === undefined || deep === undefined) throw new Error('the sample lost its story');
    for (const lane of [chain, deep]) {
      const scope: LanesScope = { kind: 'process', processKey: lane.key };
      expect((await expectSame(scope, scope)).lanes.length).toBeGreaterThan(1);
    }
  }, 60_000);

  it.each(['@evt.name:exec', ''])(
    'gives the view %s the tab’s lanes',
    async (query) => {
      await rowKeys(query, 1);
      const set = await expectSame({ kind: 'view' }, { kind: 'view' });
      expect(set.lanes.length).toBeGreaterThan(1);
    },
    60_000,
  );
});

describe('process lanes of an event without a process', () => {
  it('are none, and no event is asked for', async () => {
    const sent: string[] = [];
    const client: SqlClient = {
      rows: (sql) => {
        sent.push(sql);
        return Promise.resolve(sql.includes('event_id =') ? [{ process_key: '' }] : []);
      },
      close: () => Promise.resolve(),
    };
    const events = new SessionNumbers('event');
    const eventKey = events.numberOf('e1');
    const set = await new ProcessLaneSets(client, events, 1).lanes(
      { kind: 'family', eventKey },
      () => '1',
    );
    expect(set.lanes).toEqual([]);
    expect(set.focusEventKey).toBe(eventKey);
    expect(sent.filter((sql) => sql.includes('WHERE 0')).length).toBe(sent.length - 1);
  });
});
