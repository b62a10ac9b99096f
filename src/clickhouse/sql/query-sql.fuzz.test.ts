// Property tests of the query compiler's safety: for arbitrary query text (quotes,
// backslashes, braces, colons, NUL, unicode, SQL keywords), the compiled SQL is made only of
// the compilers' own tokens and placeholders, every placeholder has its value in the bag, and
// (with chdb installed) the SQL runs and selects what the tab's reference evaluator matches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesEvent } from '../../query/evaluate';
import { parseQuery } from '../../query/parse';
import { fuzzParams } from '../../test-support/fuzz-params';
import { chdbSkipReason, useEventsSession, selectEventIds } from '../../test-support/chdb-session';
import { QUERY_PIECES } from '../../test-support/query-pieces';
import { TEST_EVENTS } from '../../test-support/clickhouse-test-events';
import { eventRow, eventView } from '../../test-support/clickhouse-test-rows';
import { expectOwnTokens } from '../../test-support/sql-grammar';
import { ParamBag } from './params';
import { parseAndCompile } from './query-sql';

const PARAMS = fuzzParams(500, 0x5c1);

/** The query parser's fuzz pieces, and text aimed at SQL: quotes, comments, placeholders. */
const PIECES = [
  ...QUERY_PIECES,
  "'",
  'SELECT',
  'DROP TABLE events',
  '--',
  '/*',
  ';',
  '{p0:String}',
  '@size',
  '@when',
  '@list',
  '*:',
];

const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

const anyText = fc.oneof(
  soup,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

const field = fc.constantFrom(
  '@evt.name',
  '@process.pid',
  '@file.path',
  '@size',
  '@when',
  '@list',
  '@flag',
  'host',
  'service',
  'env',
  'tags',
  '@validity',
  '@schema',
  '@id',
  '@process.key',
  '@process.subtree',
  '*',
);
const word = fc.oneof(
  fc.constantFrom('open', 'exec', '4121', '42', '0042', '1e3', 'abc', 'web-1', 'prod', 'true'),
  fc.constantFrom('2026-11-20', '2026-11-20T07:30:00Z', '/etc/passwd', 'curl', 'café', 'x y'),
  fc.stringMatching(/^[a-z0-9]{1,4}$/),
);
const value = fc.oneof(
  word,
  word.map((w) => `${w}*`),
  word.map((w) => `*${w.slice(0, 2)}?`),
  word.map((w) => `"${w}"`),
  fc.tuple(fc.constantFrom('>', '>=', '<', '<='), word).map(([op, w]) => `${op}${w}`),
  fc
    .tuple(fc.constantFrom('[', '{'), word, word, fc.constantFrom(']', '}'))
    .map(([open, low, high, close]) => `${open}${low} TO ${high}${close}`),
  fc.constant('*'),
);
const term = fc.oneof(
  fc.tuple(field, value).map(([f, v]) => `${f}:${v}`),
  word,
  word.map((w) => `${w.slice(0, 3)}*`),
);
const query = fc
  .array(fc.tuple(fc.constantFrom('', '-', 'NOT '), term, fc.constantFrom(' ', ' AND ', ' OR ')), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) =>
    parts
      .map(([neg, t, join]) => `${join}${neg}${t}`)
      .join('')
      .replace(/^ (AND |OR )?/, ''),
  );

/** Compiles `text` and checks the SQL's tokens and placeholders; the SQL, if it parsed. */
function compileChecked(text: string, bag: ParamBag): string | undefined {
  const compiled = parseAndCompile(text, bag);
  if ('errors' in compiled) return undefined;
  expectOwnTokens(compiled.sql, bag);
  return compiled.sql;
}

describe('parseAndCompile (fuzz)', () => {
  it('writes only its own tokens and placeholders, whatever the query text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        compileChecked(text, new ParamBag());
      }),
      PARAMS,
    );
  });
});

describe.skipIf(chdbSkipReason !== undefined)('parseAndCompile in ClickHouse (fuzz, chdb)', () => {
  const session = useEventsSession(() => TEST_EVENTS.map((e, i) => eventRow(e, i + 1)));

  it('runs arbitrary query text without SQL errors', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const bag = new ParamBag();
        const sql = compileChecked(text, bag);
        if (sql !== undefined) selectEventIds(session(), sql, bag);
      }),
      { ...PARAMS, numRuns: Math.min(PARAMS.numRuns ?? 200, 200) },
    );
  });

  it('selects what the tab matches for queries built from the grammar', () => {
    fc.assert(
      fc.property(query, (text) => {
        const parsed = parseQuery(text);
        if (!parsed.ok) return;
        const expected = TEST_EVENTS.filter((e) => matchesEvent(parsed.ast, eventView(e)));
        const bag = new ParamBag();
        const sql = compileChecked(text, bag);
        if (sql === undefined) throw new Error(`${text} did not compile`);
        expect(selectEventIds(session(), sql, bag), text).toEqual(expected.map((e) => e.id));
      }),
      { ...PARAMS, numRuns: Math.min(PARAMS.numRuns ?? 300, 300) },
    );
  });
});
