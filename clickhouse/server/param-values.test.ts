import { describe, expect, it } from 'vitest';
import { bindValues, parseArrayLiteral, unescapeText } from './param-values';

// Values and their wire form as @clickhouse/client-web writes them (formatQueryParams).
const WIRE: readonly (readonly [string, string])[] = [
  ["it's", "it\\'s"],
  ['back\\slash', 'back\\\\slash'],
  ['tab\there', 'tab\\there'],
  ['new\nline\r', 'new\\nline\\r'],
  ["'); DROP TABLE events; --", "\\'); DROP TABLE events; --"],
  ['\\N', '\\\\N'],
  ['\u0000x', '\u0000x'],
  ['ünï', 'ünï'],
];
const HOSTILE = WIRE.map(([value]) => value);
const quoted = (wire: string): string => `'${wire}'`;

describe('query parameter values from the wire', () => {
  it.each(WIRE)('unescapes a String value as the client escapes it: %j', (value, wire) => {
    expect(unescapeText(wire)).toBe(value);
  });

  it('parses array literals as the client writes them', () => {
    const text = `[${WIRE.map(([, wire]) => quoted(wire)).join(',')}]`;
    expect(parseArrayLiteral(text)).toEqual(HOSTILE);
    expect(parseArrayLiteral('[1, -2, 9007199254740993, NULL, [true]]')).toEqual([
      1,
      -2,
      9007199254740993n,
      null,
      [true],
    ]);
  });

  it('refuses what is not an array literal', () => {
    for (const text of ["['a'", "['a'] x", 'a', "['a' 'b']", '[a b]']) {
      expect(() => parseArrayLiteral(text)).toThrow(/array literal/);
    }
  });

  it('decodes each value by the type its placeholder declares', () => {
    const query = 'SELECT {s:String}, {a:Array(String)}, {n:Int64}, {z:Nullable(String)}';
    const texts = new Map([
      ['s', "a\\'b"],
      ['a', "['x\\'y']"],
      ['n', '42'],
      ['z', '\\N'],
    ]);
    expect(bindValues(query, texts)).toEqual({ s: "a'b", a: ["x'y"], n: '42', z: null });
  });
});
