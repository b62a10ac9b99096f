// The worker's search against the reference: for each query, the engine's matching events
// (compiled over columns, with the slow path for fields outside the index) must be exactly
// those a straightforward filter over the parsed events accepts. Also sorts, time ranges,
// facets and the histogram against plain computations over the same events.
import { describe, expect, it } from 'vitest';
import { unwrapRecord } from '../ingest/parse/envelope';
import { classifyBody } from '../ingest/validate/classify';
import { loadValidators } from '../ingest/validate/validators';
import { SHIPPED_SCHEMAS } from '../generated/schema-catalog';
import { DEFAULT_SORT, type EventRow, type ViewSpec } from '../protocol/messages';
import { matchesEvent, type EventView } from '../query/evaluate';
import { parseQuery } from '../query/parse';
import { Engine } from '../worker/engine';
import { SEARCH_QUERIES as QUERIES, searchFixture } from '../test-support/search-query-set';

const { generated, lines } = searchFixture();

await loadValidators(SHIPPED_SCHEMAS.map((s) => s.id));
const views: EventView[] = lines.map((line) => {
  const unwrapped = unwrapRecord(JSON.parse(line));
  if (unwrapped.kind !== 'event') throw new Error('fixture line is not an event');
  const env = unwrapped.envelope;
  return {
    body: unwrapped.body,
    envelope: Object.fromEntries(
      Object.entries({
        host: env?.host,
        service: env?.service,
        source: env?.source,
        status: env?.status,
        tags: env?.tags,
        id: env?.id,
      }).filter(([, v]) => v !== undefined),
    ) as NonNullable<EventView['envelope']>,
    validity: classifyBody(unwrapped.body)?.validity ?? 'invalid',
    id: env?.id ?? '',
  };
});

async function openEngine(): Promise<Engine> {
  const engine = new Engine(() => undefined);
  const file = new File([lines.join('\n')], 'events.ndjson');
  const final = await engine.open([{ file, path: 'events.ndjson' }]);
  expect(final.counts.events).toBe(lines.length);
  return engine;
}

const spec = (query: string, patch: Partial<ViewSpec> = {}): ViewSpec => ({
  query,
  range: undefined,
  sort: DEFAULT_SORT,
  fields: [],
  ...patch,
});

function reference(query: string): Set<string> {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return new Set(views.filter((v) => matchesEvent(parsed.ast, v)).map((v) => v.id));
}

function allRows(engine: Engine, total: number): EventRow[] {
  const rows: EventRow[] = [];
  for (let start = 0; start < total; start += 1000) {
    rows.push(...engine.rowsWindow(start, 1000).rows);
  }
  return rows;
}

const allRowIds = (engine: Engine, total: number) => allRows(engine, total).map((r) => r.eventId);

describe('search in the worker', () => {
  it('matches the reference filter for every query', async () => {
    const engine = await openEngine();
    let nonEmpty = 0;
    for (const query of QUERIES) {
      const summary = await engine.viewSet(spec(query));
      expect(summary.errors, query).toEqual([]);
      const expected = reference(query);
      expect(summary.matching, query).toBe(expected.size);
      expect(new Set(allRowIds(engine, summary.matching)), query).toEqual(expected);
      if (expected.size > 0 && expected.size < views.length) nonEmpty++;
    }
    // The queries are worth something only if most of them narrow the data.
    expect(nonEmpty).toBeGreaterThan(QUERIES.length * 0.7);
  }, 60_000);

  it('answers the syntax of its own from the index: all, none, bare tags', async () => {
    const engine = await openEngine();
    expect((await engine.viewSet(spec('*'))).matching).toBe(views.length);
    expect((await engine.viewSet(spec('-*'))).matching).toBe(0);
    expect((await engine.viewSet(spec('tags:prod'))).matching).toBe(3);
    const any = await engine.viewSet(spec('*:prod'));
    expect(any.matching).toBe(3);
    expect(any.slowFields).toEqual([]);
  });

  it('names the fields it had to read from the raw events, once', async () => {
    const engine = await openEngine();
    const first = await engine.viewSet(spec('@file.mode:>400'));
    expect(first.slowFields).toEqual(['@file.mode']);
    const second = await engine.viewSet(spec('@file.mode:<100'));
    expect(second.slowFields).toEqual([]);
    const again = await engine.viewSet(spec('@file.mode:<100'));
    expect(again.slowFields).toEqual([]);
    expect(second.matching).toBe(reference('@file.mode:<100').size);
  });

  it('keeps the previous view when a query does not parse', async () => {
    const engine = await openEngine();
    const good = await engine.viewSet(spec('@evt.name:open'));
    const bad = await engine.viewSet(spec('@evt.name:(open'));
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]?.position).toBeGreaterThanOrEqual(0);
    expect(bad.spec.query).toBe('@evt.name:open');
    expect(bad.matching).toBe(good.matching);
  });

  it('sorts all matching events by time, by a string column and by an added field', async () => {
    const engine = await openEngine();
    const byTime = await engine.viewSet(
      spec('host:web-1', { sort: { column: 'time', descending: true } }),
    );
    const times = allRows(engine, byTime.matching).map((r) => r.timeMs);
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const byExe = await engine.viewSet(
      spec('', { sort: { column: 'executable', descending: false } }),
    );
    const exes = allRowIds(engine, byExe.matching).length;
    expect(exes).toBe(views.length);
    const rows = engine.rowsWindow(0, 1000).rows;
    const present = rows.map((r) => r.executable).filter((e) => e !== '');
    expect(present).toEqual([...present].sort());

    const byMode = await engine.viewSet(
      spec('@file.mode:*', {
        sort: { column: '@file.mode', descending: true },
        fields: ['@file.mode'],
      }),
    );
    const modes = allRows(engine, byMode.matching).map((r) => Number(r.fields['@file.mode']));
    expect(modes.length).toBe(reference('@file.mode:*').size);
    expect(modes).toEqual([...modes].sort((a, b) => b - a));
  });

  it('narrows to a time range', async () => {
    const engine = await openEngine();
    const times = generated.map((e) => e.timeMs).sort((a, b) => a - b);
    const range = { fromMs: times[1000] as number, toMs: times[2000] as number };
    const summary = await engine.viewSet(spec('', { range }));
    const expected = views.filter((_, i) => {
      const t = generated[i]?.timeMs ?? Number.NaN;
      return t >= range.fromMs && t < range.toMs;
    }).length;
    expect(summary.matching).toBe(expected);
  });

  it('counts facet values and histogram bins of the matching events', async () => {
    const engine = await openEngine();
    await engine.viewSet(spec('host:web-1'));
    const onWeb1 = views.filter((v) => v.envelope?.host === 'web-1');
    const [names, hosts] = engine.viewFacets([
      { field: '@evt.name', limit: 100 },
      { field: 'host', limit: 5 },
    ]);
    const expected = new Map<string, number>();
    for (const v of onWeb1) {
      const name = String((v.body as { evt: { name: unknown } }).evt.name);
      expected.set(name, (expected.get(name) ?? 0) + 1);
    }
    expect(new Map(names?.values.map((f) => [f.value, f.count]))).toEqual(expected);
    expect(hosts?.values).toEqual([{ value: 'web-1', count: onWeb1.length }]);

    const histogram = engine.viewHistogram({ bins: 40 });
    const binned = histogram.counts.flat().reduce((a, b) => a + b, 0);
    expect(binned + histogram.untimed).toBe(onWeb1.length);
    expect(histogram.bins).toBeLessThanOrEqual(41);
  });

  it('lists the least frequent facet values of the matching events first when asked', async () => {
    const engine = await openEngine();
    await engine.viewSet(spec('-host:web-1'));
    const counts = new Map<string, number>();
    for (const v of views) {
      if (v.envelope?.host === 'web-1') continue;
      const name = String((v.body as { evt: { name: unknown } }).evt.name);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const rarest = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => a.count - b.count || (a.value < b.value ? -1 : 1))
      .slice(0, 3);
    const [rare, top] = engine.viewFacets([
      { field: '@evt.name', limit: 3, order: 'rare' },
      { field: '@evt.name', limit: 3 },
    ]);
    expect(rare?.values).toEqual(rarest);
    expect(rare?.distinct).toBe(counts.size);
    expect(top?.values[0]?.count).toBe(Math.max(...counts.values()));
  });

  it('counts over every event when asked, whatever the view matches', async () => {
    const engine = await openEngine();
    const summary = await engine.viewSet(spec('host:no-such-host'));
    expect(summary.matching).toBe(0);
    const hosts = new Map<string, number>();
    for (const v of views) {
      const host = v.envelope?.host;
      if (host !== undefined) hosts.set(host, (hosts.get(host) ?? 0) + 1);
    }
    const [inView, everywhere] = engine.viewFacets([
      { field: 'host', limit: 100 },
      { field: 'host', limit: 100, everyEvent: true },
    ]);
    expect(inView?.values).toEqual([]);
    expect(new Map(everywhere?.values.map((f) => [f.value, f.count]))).toEqual(hosts);
  });
});
