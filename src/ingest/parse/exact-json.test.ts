import { describe, expect, it } from 'vitest';
import { parseExact, stringifyExact } from './exact-json';

describe('exact JSON', () => {
  it('keeps integers past 2^53 digit for digit', () => {
    const text = '{"dd":{"trace_id":18446744073709551615,"span_id":9007199254740993},"n":12}';
    const out = stringifyExact(parseExact(text), 0);
    expect(out).toBe(text);
  });
  it('leaves safe numbers and look-alike strings alone', () => {
    const value = parseExact('{"a":1.5,"s":"18446744073709551615"}');
    expect(value).toEqual({ a: 1.5, s: '18446744073709551615' });
  });
});
