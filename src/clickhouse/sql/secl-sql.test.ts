// SECL to SQL: the shape of compiled rules (event-type gate, bound values, three-valued
// conditions), the parts named when a rule has no SQL form, errors as the tab reports them,
// and (fuzzed) that no text of a rule reaches the SQL outside its parameters — run in chdb
// when it is installed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParams } from '../../test-support/fuzz-params';
import { chdbSkipReason, selectEventIds, useEventsSession } from '../../test-support/chdb-session';
import { TEST_EVENTS } from '../../test-support/clickhouse-test-events';
import { eventRow } from '../../test-support/clickhouse-test-rows';
import { checkSqlTokens, expectOwnTokens } from '../../test-support/sql-grammar';
import { ParamBag } from './params';
import { seclToSql, type SeclSqlResult } from './secl-sql';

const PARAMS = fuzzParams(300, 0x5ec1);

function compile(rule: string): { result: SeclSqlResult; params: Record<string, unknown> } {
  const bag = new ParamBag();
  const result = seclToSql(rule, bag);
  return { result, params: { ...bag.params() } };
}

describe('seclToSql', () => {
  it('gates a rule on its event type and binds every value', () => {
    const { result, params } = compile('open.file.path == "/etc/shadow"');
    if (!('sql' in result)) throw new Error(JSON.stringify(result));
    expect(Object.values(params)).toEqual(
      expect.arrayContaining(['evt.name', 'open', 'file.path', '/etc/shadow']),
    );
    expect(result.sql).not.toContain('/etc/shadow');
    expect('refused' in checkSqlTokens(result.sql)).toBe(false);
  });

  it('names each part without a SQL form, with its reason and span', () => {
    const rule = 'exec.file.path == "/bin/sh" && process.args_flags == "c" && ${var} == "x"';
    const { result } = compile(rule);
    expect(result).toEqual({
      unsupported: [
        expect.objectContaining({ part: 'process.args_flags == "c"', position: 31 }),
        expect.objectContaining({
          part: '${var} == "x"',
          reason: expect.stringMatching(/variables/),
        }),
      ],
    });
  });

  it('reports rule errors as the tab does', () => {
    const { result } = compile('open.file.path == ');
    expect('errors' in result && result.errors.length).toBe(1);
  });

  it('folds conditions on constants alone', () => {
    const { result } = compile('1 == 2 || open.file.path == "/x"');
    expect('sql' in result && !result.sql.includes('1 = 2')).toBe(true);
  });
});

/** Rule text with fuzzed strings in every place a string goes. */
const fuzzedRule = fc
  .record({
    text: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom("'); DROP TABLE events; --", '{p0:String}', '\\', "'", '*', '**', '/*/x'),
    ),
    shape: fc.constantFrom(
      (s: string) => `open.file.path == ${s}`,
      (s: string) => `open.file.path =~ ${s}`,
      (s: string) => `open.file.path in [${s}, ~${s}]`,
      (s: string) => `process.file.name != ${s} && dns.question.name == ${s}`,
      (s: string) => `exec.file.path in [~${s}] || process.comm =~ ${s}`,
    ),
  })
  .map(({ text, shape }) => shape(JSON.stringify(text)));

function expectOnlyOwnTokens(result: SeclSqlResult, bag: ParamBag): void {
  if ('sql' in result) expectOwnTokens(result.sql, bag);
}

describe('seclToSql (fuzz)', () => {
  it('writes only its own tokens and placeholders, whatever the rule text', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fuzzedRule);
    fc.assert(
      fc.property(text, (rule) => {
        const bag = new ParamBag();
        expectOnlyOwnTokens(seclToSql(rule, bag), bag);
      }),
      PARAMS,
    );
  });
});

describe.skipIf(chdbSkipReason !== undefined)('seclToSql in ClickHouse (fuzz, chdb)', () => {
  const session = useEventsSession(() => TEST_EVENTS.map((e, i) => eventRow(e, i + 1)));

  it('runs rules with fuzzed strings and patterns without SQL errors', () => {
    fc.assert(
      fc.property(fuzzedRule, (rule) => {
        const bag = new ParamBag();
        const result = seclToSql(rule, bag);
        expectOnlyOwnTokens(result, bag);
        if ('sql' in result) selectEventIds(session(), result.sql, bag);
      }),
      { ...PARAMS, numRuns: Math.min(PARAMS.numRuns ?? 150, 150) },
    );
  });
});
