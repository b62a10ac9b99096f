import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSpan, type JsonPath } from './json-span';

function at(text: string, path: JsonPath): string | undefined {
  const span = findSpan(text, path);
  return span === undefined ? undefined : text.slice(span.start, span.end);
}

describe('findSpan', () => {
  const text = ' { "a" : [ 1 , {"b":"x,]}\\"y"} , 3.50e1 ], "c": {"d": null}, "\\u0065": true } ';

  it('finds values by keys and indices, with their original text', () => {
    expect(at(text, [])).toBe(text.trim());
    expect(at(text, ['a', 1, 'b'])).toBe('"x,]}\\"y"');
    expect(at(text, ['a', 2])).toBe('3.50e1');
    expect(at(text, ['c'])).toBe('{"d": null}');
    expect(at(text, ['c', 'd'])).toBe('null');
    expect(at(text, ['e'])).toBe('true');
  });

  it('answers undefined for a path that is not there', () => {
    expect(at(text, ['a', 3])).toBeUndefined();
    expect(at(text, ['a', 'b'])).toBeUndefined();
    expect(at(text, ['c', 0])).toBeUndefined();
    expect(at(text, ['zz'])).toBeUndefined();
    expect(at('[]', [0])).toBeUndefined();
    expect(at('{}', ['a'])).toBeUndefined();
    expect(at('', [])).toBeUndefined();
  });

  it('takes the last of repeated keys, as JSON.parse does', () => {
    expect(at('{"a":1,"a":{"b":2}}', ['a', 'b'])).toBe('2');
  });

  it('agrees with JSON.parse on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.nat(5), { maxLength: 4 }), (value, picks) => {
        const text = JSON.stringify(value, null, picks.length % 2 === 0 ? undefined : 1);
        let expected: unknown = value;
        const path: Array<string | number> = [];
        for (const pick of picks) {
          if (Array.isArray(expected) && expected.length > 0) {
            path.push(pick % expected.length);
            expected = expected[pick % expected.length] as unknown;
          } else if (typeof expected === 'object' && expected !== null) {
            const keys = Object.keys(expected);
            if (keys.length === 0) break;
            const key = keys[pick % keys.length] as string;
            path.push(key);
            expected = (expected as Record<string, unknown>)[key];
          } else break;
        }
        const found = at(text, path);
        expect(found === undefined ? undefined : JSON.parse(found)).toEqual(
          JSON.parse(JSON.stringify(expected)),
        );
      }),
    );
  });
});
