import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LosslessNumber, compactJsonLine, parseLossless, stringifyLossless } from './lossless-json';

describe('parseLossless / stringifyLossless', () => {
  it('keeps 64-bit integers and long decimals exactly', () => {
    const text =
      '{"dd":{"trace_id":18446744073709551615,"span_id":-9223372036854775808},' +
      '"x":[1,2.5,0.12345678901234567,1e400],"s":"12345678901234567890","k":9007199254740993}';
    const value = parseLossless(text) as Record<string, unknown>;
    expect((value.dd as Record<string, unknown>).trace_id).toEqual(
      new LosslessNumber('18446744073709551615'),
    );
    expect(value.s).toBe('12345678901234567890');
    expect(stringifyLossless(value)).toBe(text);
  });

  it('is JSON.parse / JSON.stringify for ordinary JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(stringifyLossless(parseLossless(text))).toBe(JSON.stringify(JSON.parse(text)));
      }),
    );
  });

  it('does not take a string for a marked number', () => {
    const text = '{"a":"\\u0000abc:123","b":12345678901234567890}';
    expect(stringifyLossless(parseLossless(text))).toBe(text);
  });

  it('throws on invalid JSON, as JSON.parse does', () => {
    expect(() => parseLossless('{"a": 12345678901234567890')).toThrow();
  });
});

describe('compactJsonLine', () => {
  it('puts pretty JSON on one line, strings untouched', () => {
    const pretty =
      '{\n  "a b": "x  y\\n\\" z",\n\t"id": 18446744073709551615,\r\n  "l": [ 1, 2 ]\n}';
    expect(compactJsonLine(pretty)).toBe(
      '{"a b":"x  y\\n\\" z","id":18446744073709551615,"l":[1,2]}',
    );
    expect(compactJsonLine('{"a":"\\\\", "b" : "\\\\\\" "}')).toBe('{"a":"\\\\","b":"\\\\\\" "}');
  });

  it('gives the text JSON.stringify gives for any value written with spacing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(1, 2, '\t', ' \r\n'), (value, indent) => {
        expect(compactJsonLine(JSON.stringify(value, null, indent))).toBe(JSON.stringify(value));
      }),
    );
  });
});
