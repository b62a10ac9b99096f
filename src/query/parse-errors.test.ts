// Errors of the search syntax: exact positions and messages, and the depth limit. Arbitrary
// input (never a throw, bounded time, errors inside the text) is covered by parse.fuzz.test.ts.
import { describe, expect, it } from 'vitest';
import type { QueryError } from './parse';
import { MAX_DEPTH, parseQuery } from './parse';

function error(text: string): QueryError | undefined {
  const result = parseQuery(text);
  return result.ok ? undefined : result.error;
}

describe('parseQuery: errors', () => {
  const cases: [string, number, number, string][] = [
    ['@process.pid:', 0, 13, 'expected a value after "@process.pid:"'],
    ['@process.pid: 1000', 0, 13, 'expected a value after "@process.pid:"'],
    ['a @x:)', 2, 3, 'expected a value after "@x:"'],
    ['@x:>', 0, 4, 'expected a value after "@x:>"'],
    ['@x:>= 5', 0, 5, 'expected a value after "@x:>="'],
    ['a OR (b c', 5, 1, 'unclosed parenthesis opened at 5'],
    ['foo (bar (baz) qux', 4, 1, 'unclosed parenthesis opened at 4'],
    ['host:(web-1 OR web-2', 5, 1, 'unclosed parenthesis opened at 5'],
    ['a)', 1, 1, 'unexpected ")"'],
    [')', 0, 1, 'unexpected ")"'],
    ['(a) b) c', 5, 1, 'unexpected ")"'],
    ['"abc', 0, 4, 'unclosed quote'],
    ['a "b \\" c', 2, 7, 'unclosed quote'],
    ['@x:[100 200]', 3, 9, 'range needs "TO": [100 200]'],
    ['@x:[]', 3, 2, 'range needs "TO": []'],
    ['@x:[TO 5]', 4, 2, 'range needs a lower bound before "TO" (use * for none)'],
    ['@x:[1 TO ]', 6, 2, 'range needs an upper bound after "TO" (use * for none)'],
    ['@x:[1 TO 5 6]', 11, 1, 'unexpected "6" in a range'],
    ['@x:[1 2 TO 5]', 6, 1, 'unexpected "2" in a range'],
    ['@x:[1 TO', 3, 1, 'unclosed range opened at 3'],
    ['@x:[1 TO 5) b', 3, 1, 'unclosed range opened at 3'],
    ['@x:[a* TO b]', 4, 2, 'wildcards can\'t be used in a range bound: "a*"'],
    ['@x:>a?', 4, 2, 'wildcards can\'t be compared: "a?"'],
    ['a AND', 2, 3, '"AND" needs a term on both sides'],
    ['AND a', 0, 3, '"AND" needs a term on both sides'],
    ['a AND OR b', 2, 3, '"AND" needs a term on both sides'],
    ['a OR', 2, 2, '"OR" needs a term on both sides'],
    ['(OR b)', 1, 2, '"OR" needs a term on both sides'],
    ['a NOT', 2, 3, '"NOT" needs a term after it'],
    ['NOT AND b', 0, 3, '"NOT" needs a term after it'],
    ['a - b', 2, 1, '"-" needs a term right after it, without a space'],
    ['-', 0, 1, '"-" needs a term right after it, without a space'],
    ['()', 0, 2, 'empty parentheses'],
    ['a ( ) b', 2, 3, 'empty parentheses'],
    ['@x:()', 3, 2, 'empty parentheses'],
    [':foo', 0, 1, 'expected a field name before ":"'],
    ['@:x', 0, 2, 'expected an attribute path after "@"'],
    ['@a..b:c', 0, 5, 'invalid attribute path "@a..b"'],
    ['@a.:c', 0, 3, 'invalid attribute path "@a."'],
    ['foo\\', 3, 1, '"\\" at the end of the query escapes nothing'],
    // Never a silent misread: what other query languages use, refused where it is.
    ['a [1 TO 10]', 2, 9, 'a range needs a field before it, as in @process.pid:[100 TO 200]'],
    ['{a TO *}', 0, 8, 'a range needs a field before it, as in @process.pid:[100 TO 200]'],
    ['-[1 TO 2]', 1, 8, 'a range needs a field before it, as in @process.pid:[100 TO 200]'],
    ['[1 TO 2', 0, 1, 'a range needs a field before it, as in @process.pid:[100 TO 200]'],
    ['>1000', 0, 5, 'a comparison needs a field before it, as in @process.pid:>1000'],
    ['a <= 5', 2, 2, 'a comparison needs a field before it, as in @process.pid:>1000'],
    [
      '@x:[1 TO z]',
      3,
      8,
      'a range between different kinds matches nothing: "1" is a number, "z" is text',
    ],
    [
      '@d:[2026-01-01 TO 2027]',
      3,
      20,
      'a range between different kinds matches nothing: "2026-01-01" is a date, "2027" is a number',
    ],
    ['*:>5', 0, 4, '"*:" takes a value or a pattern, not a comparison'],
    ['*:(a OR [1 TO 2])', 8, 8, '"*:" takes a value or a pattern, not a range'],
    [
      '@process.*:x',
      0,
      10,
      'wildcards can\'t be used in a field name: "@process.*" (*:value searches every attribute)',
    ],
    [
      'env?:x',
      0,
      4,
      'wildcards can\'t be used in a field name: "env?" (*:value searches every attribute)',
    ],
    ['_exists_:', 0, 9, 'expected a field name after "_exists_:"'],
    ['_missing_: @x', 0, 10, 'expected a field name after "_missing_:"'],
    ['_exists_:(@a OR @b)', 0, 9, 'expected a field name after "_exists_:"'],
    ['_exists_:*', 9, 1, '"_exists_:" takes a field name, not a pattern'],
    ['_exists_:""', 0, 11, 'expected a field name after "_exists_:"'],
    ['_exists_:@', 9, 1, 'expected an attribute path after "@"'],
    ['_missing_:@a..b', 10, 5, 'invalid attribute path "@a..b"'],
    ['a&&b', 1, 2, '"&&" needs a space on each side to mean AND'],
    ['a ||b', 2, 2, '"||" needs a space on each side to mean OR'],
    [
      'a & b',
      2,
      1,
      '"&" is not an operator here: write AND (or &&) between terms, or write \\& to search for it',
    ],
    [
      'select|update',
      6,
      1,
      '"|" is not an operator here: write OR (or ||) between terms, or write \\| to search for it',
    ],
    [
      '@evt.name=exec',
      9,
      1,
      '"=" is not an operator here: write field:value (@evt.name:exec), or write \\= to search for it',
    ],
    [
      'a !b',
      2,
      1,
      '"!" is not an operator here: exclude with - or NOT (-@evt.name:exec), or write \\! to search for it',
    ],
    [
      '!@evt.name:exec',
      0,
      1,
      '"!" is not an operator here: exclude with - or NOT (-@evt.name:exec), or write \\! to search for it',
    ],
    [
      'CIDR(@network.client.ip,13.0.0.0/8)',
      0,
      4,
      'functions such as CIDR(…) are not supported (a space before "(" starts a group)',
    ],
    ['a && ', 2, 2, '"AND" needs a term on both sides'],
    ['|| b', 0, 2, '"OR" needs a term on both sides'],
  ];

  it.each(cases)('%j → at %i (+%i): %s', (text, position, length, message) => {
    expect(error(text)).toEqual({ position, length, message });
  });

  it('limits the nesting depth', () => {
    const ok = '('.repeat(MAX_DEPTH) + 'a' + ')'.repeat(MAX_DEPTH);
    expect(parseQuery(ok).ok).toBe(true);
    const deep = '('.repeat(MAX_DEPTH + 1) + 'a' + ')'.repeat(MAX_DEPTH + 1);
    expect(error(deep)).toEqual({
      position: MAX_DEPTH,
      length: 1,
      message: `the query nests deeper than ${MAX_DEPTH} parentheses`,
    });
    const group = '@x:' + '('.repeat(5000);
    expect(error(group)?.message).toBe(`the query nests deeper than ${MAX_DEPTH} parentheses`);
  });

  it('reports errors in huge malformed queries quickly', () => {
    for (const text of [
      '('.repeat(10_000),
      '"'.repeat(10_001),
      'a AND '.repeat(2000),
      '- '.repeat(5000),
    ]) {
      const started = performance.now();
      expect(parseQuery(text).ok).toBe(false);
      expect(performance.now() - started).toBeLessThan(100);
    }
  });
});
