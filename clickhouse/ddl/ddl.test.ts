import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDEXED_BODY_PATHS } from '../../src/query/indexed-fields';
import { ddlStatements, SINGLE_SERVER_DDL } from '../loader/ensure-tables';

const single = readFileSync(SINGLE_SERVER_DDL, 'utf8');
const cluster = readFileSync(new URL('./cluster.sql', import.meta.url), 'utf8');

/** Column and index definitions of each table a DDL file creates, by table name. */
function columns(sql: string): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  for (const statement of ddlStatements(sql)) {
    const match = /^CREATE TABLE IF NOT EXISTS (\w+?)(?:_local)?\b[^(]*\(\n([\s\S]*?)\n\)/.exec(
      statement,
    );
    if (match === null) continue;
    const definitions = (match[2] as string)
      .split('\n')
      .map((line) => line.trim().replace(/,$/, ''))
      .filter((line) => line !== '');
    tables.set(match[1] as string, definitions);
  }
  return tables;
}

describe('the cluster DDL', () => {
  it('has the columns of the single-server DDL, table for table', () => {
    const expected = columns(single);
    expect([...expected.keys()]).toEqual(['events', 'problems', 'sources']);
    expect(columns(cluster)).toEqual(expected);
  });

  it('puts a Distributed table with the explorer’s name over each replicated one', () => {
    for (const table of ['events', 'problems', 'sources']) {
      expect(cluster).toMatch(
        new RegExp(`CREATE TABLE IF NOT EXISTS ${table}_local ON CLUSTER '\\{cluster\\}'`),
      );
      expect(cluster).toMatch(
        new RegExp(
          `ENGINE = Distributed\\('\\{cluster\\}', currentDatabase\\(\\), ${table}_local,`,
        ),
      );
    }
  });
});

describe('the indexed leaves', () => {
  it('are picked for exactly the paths the tab indexes', () => {
    const list = /ix_mask Array\(UInt8\) MATERIALIZED arrayMap\(p -> has\(\[([^\]]*)\]/.exec(
      single,
    )?.[1];
    const paths = [...(list ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(paths).toEqual(INDEXED_BODY_PATHS);
  });
});
