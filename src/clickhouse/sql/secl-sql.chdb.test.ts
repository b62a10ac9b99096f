// Differential tests of the SECL compiler: every rule of the default policies that compiles to
// SQL selects, over generated events in chdb (embedded ClickHouse), exactly the events the
// tab's evaluator (`secl/evaluate.ts`) decides true. Skipped when chdb is not installed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../../scripts/generator/generate-events';
import { evaluateRule } from '../../secl/evaluate';
import { loadPolicy } from '../../secl/policy';
import { Tri } from '../../secl/tri';
import { chdbSkipReason, selectEventIds, useEventsSession } from '../../test-support/chdb-session';
import { eventRow, type TestEvent } from '../../test-support/clickhouse-test-rows';
import { ParamBag } from './params';
import { seclToSql } from './secl-sql';

const POLICIES = '/work/shared/reference/policies';

const EVENTS: readonly TestEvent[] = [
  ...generateEvents({ seed: 17, count: 4000, agents: 'mixed', storyline: true }),
].map((e) => ({
  id: e.id,
  body: e.body as unknown as Record<string, unknown>,
  envelope: { host: e.host, service: e.service, tags: e.tags },
  timeMs: e.timeMs,
}));

const RULES = ['default.policy.v1.10.0.yaml', 'default.policy.v1.69.3.yaml'].flatMap((file) => {
  const policy = loadPolicy(readFileSync(`${POLICIES}/${file}`, 'utf8'));
  return policy.rules.flatMap((rule) =>
    rule.status === 'compiled'
      ? [{ name: `${file} ${rule.id}`, rule: rule.rule, macros: policy.macroTable }]
      : [],
  );
});

describe.skipIf(chdbSkipReason !== undefined)('seclToSql in ClickHouse (chdb)', () => {
  const session = useEventsSession(() => EVENTS.map((e, i) => eventRow(e, i + 1)));

  it('matches the events the tab decides true, for every default rule with a SQL form', () => {
    let compiled = 0;
    let matched = 0;
    const mismatches: string[] = [];
    for (const { name, rule, macros } of RULES) {
      const bag = new ParamBag();
      const result = seclToSql(rule.expression, bag, { macros });
      if (!('sql' in result)) continue;
      compiled++;
      const expected = EVENTS.filter((e) => evaluateRule(rule, e.body).result === Tri.True).map(
        (e) => e.id,
      );
      const actual = selectEventIds(session(), result.sql, bag);
      matched += expected.length;
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        mismatches.push(`${name}: ${actual.length} rows, the tab ${expected.length}`);
      }
    }
    console.info(
      `SECL to SQL: ${compiled} of ${RULES.length} default rules compile, ${matched} matches checked`,
    );
    expect(mismatches).toEqual([]);
    expect(compiled).toBeGreaterThan(RULES.length / 4);
    expect(matched).toBeGreaterThan(0);
  }, 120_000);
});
