import { describe, expect, it } from 'vitest';
import { readJson } from './json-model';

describe('readJson', () => {
  it('reads every kind of value', () => {
    expect(readJson('{"a":[1,-2.5e3,"x",true,false,null],"b":{}}')).toEqual({
      kind: 'object',
      size: 9,
      entries: [
        {
          key: 'a',
          value: {
            kind: 'array',
            size: 7,
            items: [
              { kind: 'number', text: '1' },
              { kind: 'number', text: '-2.5e3' },
              { kind: 'string', value: 'x' },
              { kind: 'literal', text: 'true' },
              { kind: 'literal', text: 'false' },
              { kind: 'literal', text: 'null' },
            ],
          },
        },
        { key: 'b', value: { kind: 'object', entries: [], size: 1 } },
      ],
    });
  });

  it('keeps 64-bit integers exactly', () => {
    const node = readJson('{"trace_id": 12345678901234567891}');
    expect(node).toEqual({
      kind: 'object',
      size: 2,
      entries: [{ key: 'trace_id', value: { kind: 'number', text: '12345678901234567891' } }],
    });
  });

  it('keeps duplicate keys and __proto__ as plain entries', () => {
    const node = readJson('{"__proto__": {"x": 1}, "a": 1, "a": 2}');
    expect(node.kind === 'object' && node.entries.map((e) => e.key)).toEqual([
      '__proto__',
      'a',
      'a',
    ]);
  });

  it('decodes escapes', () => {
    expect(readJson('"a\\n\\u202e\\"\\\\\\/"')).toEqual({ kind: 'string', value: 'a\n\u202e"\\/' });
  });

  it('stops descending past the depth limit', () => {
    const text = `${'['.repeat(50)}"]]"${']'.repeat(50)}`;
    let node = readJson(text, 4);
    for (let i = 0; i < 4; i++) {
      expect(node.kind).toBe('array');
      if (node.kind !== 'array' || node.items[0] === undefined) throw new Error('shape');
      node = node.items[0];
    }
    expect(node).toEqual({ kind: 'deep', chars: 50 - 4 + 4 + 50 - 4 });
  });

  it('survives very deep input without overflowing the stack', () => {
    const depth = 200_000;
    const node = readJson(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(node.kind).toBe('array');
  });

  it('rejects malformed text', () => {
    expect(() => readJson('{"a":}')).toThrow(SyntaxError);
    expect(() => readJson('{"a":1')).toThrow(SyntaxError);
    expect(() => readJson('"abc')).toThrow(SyntaxError);
    expect(() => readJson('[1] x')).toThrow(SyntaxError);
    expect(() => readJson('"a\u0001"')).toThrow(SyntaxError);
    expect(() => readJson('')).toThrow(SyntaxError);
  });
});
