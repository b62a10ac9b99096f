// Property tests of the query parser: on arbitrary text, token soup and deeply nested input of
// up to a few kB it never throws or fails internally, answers within 50 ms, and reports errors
// inside the input; queries built from the grammar parse, and print back to the same tree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuery } from './format';
import { MAX_DEPTH, parseQuery } from './parse';
import type { ParseResult } from './parse';
import { fuzzParams } from '../test-support/fuzz-params';
import { QUERY_PIECES as PIECES } from '../test-support/query-pieces';

const PARAMS = fuzzParams(1000, 0x9e7);

/** Time budget for one parse. */
const BUDGET_MS = 50;
const INTERNAL_ERROR = 'the query could not be read';

/**
 * Parses `text`, asserting it did not throw, stayed within the budget (the best of three tries
 * when the first is slow, so that a GC pause or a busy machine does not count) and reported
 * any error inside the input.
 */
function parseChecked(text: string): ParseResult {
  let result: ParseResult | undefined;
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && best >= BUDGET_MS; attempt++) {
    const started = performance.now();
    result = parseQuery(text);
    best = Math.min(best, performance.now() - started);
  }
  expect(best, `parse time of a ${text.length}-char query`).toBeLessThan(BUDGET_MS);
  if (result === undefined) throw new Error('no parse result');
  if (!result.ok) {
    const { position, length, message } = result.error;
    expect(message).not.toBe(INTERNAL_ERROR);
    expect(message.length).toBeGreaterThan(0);
    expect(Number.isInteger(position) && Number.isInteger(length)).toBe(true);
    expect(position).toBeGreaterThanOrEqual(0);
    expect(length).toBeGreaterThanOrEqual(0);
    expect(position + length).toBeLessThanOrEqual(text.length);
  }
  return result;
}

/** A parsed query prints back to text that parses to the same tree. */
function expectRoundTrip(text: string, result: ParseResult): void {
  if (!result.ok || result.ast.kind === 'all') return;
  const printed = formatQuery(result.ast);
  expect(parseQuery(printed), `${text} → ${printed}`).toEqual(result);
}

// ---- arbitraries ----------------------------------------------------------------------

const soup = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 400 })
  .map((parts) => parts.join(''));

const word = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
const field = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 3 }).map((parts) => `@${parts.join('.')}`),
  fc.constantFrom('host', 'service', 'source', 'status', 'env', '@validity'),
);
const plainValue = fc.oneof(
  word,
  fc.integer().map(String),
  word.map((w) => `${w}*`),
  word.map((w) => `*${w}?`),
  fc.string({ maxLength: 12 }).map((s) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`),
);
const fieldValue = fc.oneof(
  { weight: 4, arbitrary: plainValue },
  fc.tuple(fc.constantFrom('>', '>=', '<', '<='), fc.integer()).map(([op, n]) => `${op}${n}`),
  fc
    .tuple(fc.constantFrom('[', '{'), fc.integer(), fc.integer(), fc.constantFrom(']', '}'))
    .map(([open, low, high, close]) => `${open}${low} TO ${high}${close}`),
  fc.array(plainValue, { minLength: 1, maxLength: 3 }).map((values) => `(${values.join(' OR ')})`),
  fc.constant('*'),
);
const term = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(field, fieldValue).map(([f, v]) => `${f}:${v}`) },
  { weight: 1, arbitrary: plainValue },
);

/** Well-formed queries from the grammar (depth bounded well below MAX_DEPTH). */
const validQuery: fc.Arbitrary<string> = fc.letrec<{ query: string }>((tie) => ({
  query: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    term,
    fc.tuple(tie('query'), tie('query')).map(([a, b]) => `${a} ${b}`),
    fc.tuple(tie('query'), tie('query')).map(([a, b]) => `${a} AND ${b}`),
    fc.tuple(tie('query'), tie('query')).map(([a, b]) => `${a} OR ${b}`),
    tie('query').map((q) => `NOT ${q}`),
    tie('query').map((q) => `(${q})`),
    tie('query').map((q) => `-(${q})`),
  ),
})).query;

/** Long and deep inputs: nesting around, inside and past the depth limit. */
const deep = fc
  .record({
    depth: fc.integer({ min: 0, max: 2000 }),
    close: fc.integer({ min: 0, max: 2000 }),
    open: fc.constantFrom('(', '@x:(', 'NOT (', '-(', '( ', 'a OR ('),
    inner: fc.oneof(
      term,
      soup.map((s) => s.slice(0, 40)),
    ),
    chain: fc.constantFrom('', 'NOT ', '-', 'a AND ', 'a OR ', '"', '\\'),
    chainLength: fc.integer({ min: 0, max: 1500 }),
  })
  .map(
    ({ depth, close, open, inner, chain, chainLength }) =>
      `${open.repeat(depth)}${chain.repeat(chainLength)}${inner}${')'.repeat(close)}`,
  );

// ---- properties -----------------------------------------------------------------------

describe('parseQuery (fuzz)', () => {
  it('never throws or fails internally on arbitrary text, and points inside it', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 4096 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expectRoundTrip(t, parseChecked(t));
      }),
      PARAMS,
    );
  });

  it('never throws or fails internally on token soup, and prints back what it parses', () => {
    fc.assert(
      fc.property(soup, (t) => {
        expectRoundTrip(t, parseChecked(t));
      }),
      PARAMS,
    );
  });

  it('stays fast and precise on deep nesting and long chains of a few kB', () => {
    fc.assert(
      fc.property(deep, (t) => {
        const result = parseChecked(t);
        expectRoundTrip(t, result);
      }),
      PARAMS,
    );
  });

  it('parses every query built from the grammar, to a tree that prints back the same', () => {
    fc.assert(
      fc.property(validQuery, (t) => {
        const result = parseChecked(t);
        expect(result.ok ? 'ok' : result.error, t).toBe('ok');
        expectRoundTrip(t, result);
      }),
      PARAMS,
    );
  });

  it('accepts nesting up to the depth limit and refuses one more, at the extra parenthesis', () => {
    // A value group `field:( … )` counts as one more level: keep terms without one.
    const flat = term.filter((t) => !t.includes('('));
    fc.assert(
      fc.property(flat, fc.integer({ min: 1, max: MAX_DEPTH + 1 }), (t, depth) => {
        const text = `${'('.repeat(depth)}${t}${')'.repeat(depth)}`;
        const result = parseChecked(text);
        if (depth <= MAX_DEPTH) {
          expect(result.ok).toBe(true);
        } else {
          expect(result.ok ? undefined : result.error.position).toBe(MAX_DEPTH);
        }
      }),
      PARAMS,
    );
  });
});
