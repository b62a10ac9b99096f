// Conformance of ClickHouse with the in-tab engine: the search engine's data set is loaded by
// the real loader into the local ClickHouse engine and opened in the tab's engine, and for
// the search engine's query set, the default facets, every table sort (both directions, first
// 200 rows) and the default policy's rules that compile to SQL, ClickHouse answers with the
// same counts and ids. Skipped when the local engine is not installed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SORT, TABLE_COLUMNS, type SortSpec, type ViewSpec } from '../protocol/view';
import { DEFAULT_FACETS } from '../query/indexed-fields';
import { loadPolicy } from '../secl/policy';
import {
  localEngineMissing,
  startLocalClickHouse,
  type LocalClickHouse,
} from '../test-support/local-clickhouse';
import { SEARCH_QUERIES, searchFixture } from '../test-support/search-query-set';
import { Engine } from '../worker/engine';
import { fieldValuesSql } from './sql/field-sql';
import { ParamBag, type ParamValue } from './sql/params';
import { parseAndCompile } from './sql/query-sql';
import { seclToSql } from './sql/secl-sql';
import { sortKeySql } from './sql/sort-sql';

const missing = localEngineMissing();
if (missing !== undefined) console.warn(`Skipping ClickHouse conformance: ${missing}`);

/** Text in ClickHouse's escaped form (`\\`, `\'`, `\t`, `\n`, `\r`), as `param_<name>` takes it. */
function escaped(text: string): string {
  return text.replace(/[\\'\t\n\r]/g, (c) =>
    c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`,
  );
}

/** A parameter as ClickHouse's HTTP interface reads it; an array as a literal of quoted texts. */
function paramText(value: ParamValue): string {
  if (typeof value === 'string') return escaped(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return `[${value.map((v) => `'${escaped(v)}'`).join(',')}]`;
}

const spec = (patch: Partial<ViewSpec> = {}): ViewSpec => ({
  query: '',
  range: undefined,
  sort: DEFAULT_SORT,
  fields: [],
  ...patch,
});

describe.skipIf(missing !== undefined)('ClickHouse answers as the in-tab engine', () => {
  const { lines } = searchFixture();
  const dir = mkdtempSync(join(tmpdir(), 'cws-conformance-'));
  const path = join(dir, 'events.ndjson');
  let clickhouse: LocalClickHouse;
  let engine: Engine;

  beforeAll(async () => {
    writeFileSync(path, lines.join('\n'));
    clickhouse = await startLocalClickHouse({ files: [path] });
    engine = new Engine(() => undefined);
    await engine.open([
      { file: new File([lines.join('\n')], 'events.ndjson'), path: 'events.ndjson' },
    ]);
  }, 120_000);
  afterAll(async () => {
    await clickhouse.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function rows<T>(sql: string, bag: ParamBag): Promise<T[]> {
    const url = new URL(clickhouse.url);
    url.searchParams.set('database', clickhouse.database);
    for (const [name, value] of Object.entries(bag.params())) {
      url.searchParams.set(`param_${name}`, paramText(value));
    }
    const credentials = Buffer.from(`${clickhouse.user}:${clickhouse.password}`).toString('base64');
    const response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Basic ${credentials}` },
      body: `${sql} FORMAT JSONEachRow`,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(text);
    return text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as T);
  }

  async function ids(
    where: string,
    bag: ParamBag,
    order = 'source_path, ordinal',
    limit = '',
  ): Promise<string[]> {
    const found = await rows<{ event_id: string }>(
      `SELECT event_id FROM events WHERE ${where} ORDER BY ${order} ${limit}`,
      bag,
    );
    return found.map((r) => r.event_id);
  }

  function tabIds(total: number, onlyTrue = false): string[] {
    const out: string[] = [];
    for (let start = 0; start < total; start += 1000) {
      for (const row of engine.rowsWindow(start, 1000).rows) {
        if (!onlyTrue || row.ruleResult === 'true') out.push(row.eventId);
      }
    }
    return out;
  }

  it('loads the same events', async () => {
    const summary = await engine.viewSet(spec());
    expect(await ids('1', new ParamBag())).toHaveLength(summary.matching);
  });

  it.each(SEARCH_QUERIES)('finds the same events for %s', async (query) => {
    const summary = await engine.viewSet(spec({ query }));
    const bag = new ParamBag();
    const compiled = parseAndCompile(query, bag);
    if ('errors' in compiled) throw new Error(compiled.errors[0]?.message);
    const found = await ids(compiled.sql, bag);
    expect(found.length).toBe(summary.matching);
    expect(new Set(found)).toEqual(new Set(tabIds(summary.matching)));
  });

  it.each(DEFAULT_FACETS.map((f) => f.field))('counts the facet values of %s', async (field) => {
    await engine.viewSet(spec());
    const [tab] = engine.viewFacets([{ field, limit: 100_000 }]);
    const bag = new ParamBag();
    const values = fieldValuesSql(field, bag);
    const counted = await rows<{ value: string; n: string | number }>(
      `SELECT value, count() AS n FROM events ARRAY JOIN ${values} AS value GROUP BY value`,
      bag,
    );
    const [none] = await rows<{ n: string | number }>(
      `SELECT countIf(empty(${values})) AS n FROM events`,
      bag,
    );
    expect(new Map(counted.map((r) => [r.value, Number(r.n)]))).toEqual(
      new Map((tab?.values ?? []).map((v) => [v.value, v.count])),
    );
    expect(Number(none?.n)).toBe(tab?.missing);
  });

  const SORTS: SortSpec[] = TABLE_COLUMNS.flatMap((column) =>
    [false, true].map((descending) => ({ column, descending })),
  );

  it.each(SORTS)('sorts by $column (descending: $descending) in the same order', async (sort) => {
    await engine.viewSet(spec({ sort }));
    const tab = engine.rowsWindow(0, 200).rows.map((r) => r.eventId);
    const bag = new ParamBag();
    const keys = sortKeySql(sort, bag);
    if (keys === undefined) throw new Error(`no sort for ${sort.column}`);
    expect(await ids('1', bag, keys.expressions.join(', '), 'LIMIT 200')).toEqual(tab);
  });

  it('decides the default rules that compile to SQL as the tab does', async () => {
    const policy = loadPolicy(
      readFileSync('/work/shared/reference/policies/default.policy.v1.10.0.yaml', 'utf8'),
    );
    let compared = 0;
    const differences: string[] = [];
    for (const rule of policy.rules) {
      if (rule.status !== 'compiled') continue;
      const bag = new ParamBag();
      const compiled = seclToSql(rule.expression, bag);
      if (!('sql' in compiled)) continue;
      const summary = await engine.viewSet(spec({ rule: rule.expression }));
      if (summary.ruleErrors.length > 0) continue;
      compared++;
      const tab = new Set(tabIds(summary.matching + summary.undecided, true));
      const found = await ids(compiled.sql, bag);
      if (found.length !== tab.size || !found.every((id) => tab.has(id))) {
        differences.push(`${rule.id}: ClickHouse ${found.length}, the tab ${tab.size}`);
      }
    }
    console.info(`SECL conformance: ${compared} rules compared`);
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(20);
  }, 120_000);
});
