// Value matching: globs (correctness and no backtracking blow-up), exact matches across JSON
// types, comparisons of numbers, big integers, dates and text, ranges, and free-text matching.
import { describe, expect, it } from 'vitest';
import { compileGlob, escapeGlob } from './glob';
import { compileTextMatch, compileValueMatch } from './match-value';
import { parseTime } from './order';

describe('compileGlob', () => {
  const cases: [string, string, boolean][] = [
    ['/etc/*', '/etc/shadow', true],
    ['/etc/*', '/etc/', true],
    ['/etc/*', '/etcx', false],
    ['*shadow', '/etc/shadow', true],
    ['*shadow', '/etc/shadow-', false],
    ['?hadow', 'shadow', true],
    ['?hadow', 'hadow', false],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'a-b-b-c', true],
    ['a*b*c', 'acb', false],
    ['a?c*', 'abcdef', true],
    ['*a?c', 'xxabcabd', false],
    ['*a?c', 'xxabdabc', true],
    ['*', '', true],
    ['', '', true],
    ['', 'a', false],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['a\\?', 'a?', true],
    ['a\\\\b', 'a\\b', true],
    ['😀?', '😀😀', true],
    ['?', '😀', true],
    ['??', '😀', false],
    ['*?b', '😀b', true],
    ['日本*', '日本語', true],
  ];
  it.each(cases)('%j ~ %j is %j', (pattern, text, expected) => {
    expect(compileGlob(pattern)(text)).toBe(expected);
  });

  it('matches case-insensitively on request', () => {
    const match = compileGlob('*sh?dow', { caseInsensitive: true });
    expect(match('/ETC/SHADOW')).toBe(true);
    expect(match('/etc/shadow-')).toBe(false);
    expect(compileGlob('Shadow')('shadow')).toBe(false);
  });

  it('escapes literal text', () => {
    const text = 'a*b?c\\d';
    expect(compileGlob(escapeGlob(text))(text)).toBe(true);
    expect(compileGlob(escapeGlob(text))('a*b?c\\dx')).toBe(false);
  });

  it('stays fast on patterns that make backtracking matchers explode', () => {
    const pattern = '*a'.repeat(30) + '*b';
    const text = 'a'.repeat(5000);
    const started = performance.now();
    expect(compileGlob(pattern)(text)).toBe(false);
    expect(compileGlob('*a?'.repeat(30) + 'b')(text)).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('compileValueMatch', () => {
  it('matches exact values by type', () => {
    const exact = (value: string) => compileValueMatch({ kind: 'exact', value });
    expect(exact('open')('open')).toBe(true);
    expect(exact('open')('Open')).toBe(false);
    expect(exact('4121')(4121)).toBe(true);
    expect(exact('4121.0')(4121)).toBe(true);
    expect(exact('4121')('4121')).toBe(true);
    expect(exact('4121')(4122)).toBe(false);
    expect(exact('true')(true)).toBe(true);
    expect(exact('12345678901234567890')(12345678901234567890n)).toBe(true);
    expect(exact('12345678901234567891')(12345678901234567890n)).toBe(false);
    expect(exact('null')(null)).toBe(false);
    expect(exact('x')({ x: 1 })).toBe(false);
  });

  it('matches wildcards against the text of scalars', () => {
    const wild = compileValueMatch({ kind: 'wildcard', pattern: '41*' });
    expect(wild(4121)).toBe(true);
    expect(wild('41')).toBe(true);
    expect(wild(5141)).toBe(false);
    expect(wild(null)).toBe(false);
  });

  it('tells existing values from missing ones', () => {
    const exists = compileValueMatch({ kind: 'exists' });
    expect([0, '', false, {}, 'x'].every(exists)).toBe(true);
    expect(exists(null)).toBe(false);
    expect(exists(undefined)).toBe(false);
  });

  it('compares numbers, numeric strings and big integers numerically', () => {
    const gt = compileValueMatch({ kind: 'compare', op: '>', value: '1000' });
    expect(gt(1001)).toBe(true);
    expect(gt(1000)).toBe(false);
    expect(gt('999.5')).toBe(false);
    expect(gt('10000')).toBe(true);
    expect(gt('abc')).toBe(false);
    expect(gt(true)).toBe(false);
    const big = compileValueMatch({ kind: 'compare', op: '>=', value: '9007199254740993' });
    expect(big(9007199254740993n)).toBe(true);
    expect(big(9007199254740992n)).toBe(false);
    expect(big('9007199254740993')).toBe(true);
  });

  it('compares RFC 3339 dates by time, to the nanosecond', () => {
    const after = compileValueMatch({ kind: 'compare', op: '>', value: '2026-11-20T10:00:00Z' });
    expect(after('2026-11-20T10:00:00.000000001Z')).toBe(true);
    expect(after('2026-11-20T10:00:00Z')).toBe(false);
    expect(after('2026-11-20T11:30:00+02:00')).toBe(false);
    expect(after('2026-11-20T09:30:00-01:00')).toBe(true);
    expect(after('2026-11-21')).toBe(true);
    expect(after('not a date')).toBe(false);
    expect(parseTime('2026-02-29T00:00:00Z')).toBeUndefined();
    expect(parseTime('2028-02-29T00:00:00Z')).toBeDefined();
    expect(parseTime('2026-11-20T24:00:00Z')).toBeUndefined();
  });

  it('compares other text by code units', () => {
    const before = compileValueMatch({ kind: 'compare', op: '<', value: 'm' });
    expect(before('apple')).toBe(true);
    expect(before('zebra')).toBe(false);
    expect(before('5')).toBe(false);
  });

  it('checks range bounds with their inclusiveness and open ends', () => {
    const range = (low: string | undefined, high: string | undefined, inclusive: boolean) =>
      compileValueMatch({
        kind: 'range',
        low,
        high,
        lowInclusive: inclusive,
        highInclusive: inclusive,
      });
    expect([99, 100, 150, 200, 201].map(range('100', '200', true))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect([100, 150, 200].map(range('100', '200', false))).toEqual([false, true, false]);
    expect([5, 1e9].map(range('100', undefined, true))).toEqual([false, true]);
    expect(['x', 5, null].map(range(undefined, undefined, true))).toEqual([true, true, false]);
  });
});

describe('compileTextMatch', () => {
  it('finds words and phrases anywhere, ignoring case', () => {
    expect(compileTextMatch({ kind: 'exact', value: 'Shadow' })('/etc/shadow')).toBe(true);
    expect(compileTextMatch({ kind: 'exact', value: 'file was' })('A File Was opened')).toBe(true);
    expect(compileTextMatch({ kind: 'exact', value: 'x' })('/etc/shadow')).toBe(false);
  });

  it('matches a pattern against the whole text or one of its words, ignoring case', () => {
    const matches = (pattern: string, texts: string[]) =>
      texts.map(compileTextMatch({ kind: 'wildcard', pattern }));
    // Starts with, ends with, contains (Datadog's `web*`, `*web`, `*web*`).
    expect(matches('web*', ['web-1', 'WEB', 'a web server', 'cobweb', 'my-web-1'])).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(matches('*web', ['cobweb', 'a cobweb here', 'web-1', 'webs'])).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(matches('*web*', ['cobwebs', 'WEB'])).toEqual([true, true]);
    expect(matches('r??tkit', ['/tmp/rootkit.ko', 'ROOTKIT', 'a rootkit loaded'])).toEqual([
      false,
      true,
      true,
    ]);
    // A pattern spanning words matches the whole text.
    expect(matches('sus*server', ['Suspicious shell from web server'])).toEqual([true]);
  });
});
