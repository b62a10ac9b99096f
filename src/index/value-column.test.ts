import { describe, expect, it } from 'vitest';
import { DictColumn } from './event-index';
import { compilePathReader } from './path-value';
import { ValueColumn, normalizeResolved, valuesOf } from './value-column';

describe('ValueColumn', () => {
  it('keeps every row right while its codes widen from 8 to 16 to 32 bits', () => {
    const column = new ValueColumn();
    const n = 100_000;
    for (let key = 0; key < n; key++) column.set(key, key % 3 === 0 ? undefined : key);
    expect(column.codes).toBeInstanceOf(Uint32Array);
    for (let key = 0; key < n; key += 997) {
      expect(column.value(key)).toBe(key % 3 === 0 ? undefined : key);
    }
  });

  it('keeps strings, numbers and lists apart, and shares equal values', () => {
    const column = new ValueColumn();
    column.set(0, '1');
    column.set(1, 1);
    column.set(2, ['a', 'b']);
    column.set(3, ['a', 'b']);
    column.set(4, null);
    expect(column.size).toBe(5);
    expect(column.code(2)).toBe(column.code(3));
    expect(valuesOf(column.value(2))).toEqual(['a', 'b']);
    expect(valuesOf(column.value(4))).toEqual([null]);
  });
});

describe('compilePathReader', () => {
  it('reads what the query resolver reads', () => {
    const body = {
      process: { pid: 4, args: ['-a', '-b'], executable: { path: '/bin/x' } },
      mount: { 'mountpoint.path': '/run' },
      ancestors: [{ pid: 1 }, { pid: 2 }],
      obj: { a: 1 },
    };
    expect(compilePathReader('process.pid')(body)).toBe(4);
    expect(compilePathReader('process.args')(body)).toEqual(['-a', '-b']);
    expect(compilePathReader('mount.mountpoint.path')(body)).toBe('/run');
    expect(compilePathReader('ancestors.pid')(body)).toEqual([1, 2]);
    expect(compilePathReader('obj')(body)).toEqual([{ a: 1 }]);
    expect(compilePathReader('process.missing')(body)).toBeUndefined();
    expect(normalizeResolved([])).toBeUndefined();
  });
});

describe('compilePathReader on odd bodies', () => {
  it('ignores inherited properties and scalars on the way', () => {
    expect(compilePathReader('constructor')({})).toBeUndefined();
    expect(compilePathReader('a.b')({ a: 'text' })).toBeUndefined();
    expect(compilePathReader('a.b.c')({ a: { 'b.c': 1 } })).toBe(1);
  });
});

describe('ValueColumn lists', () => {
  it('keeps lists apart that join to the same text', () => {
    const column = new ValueColumn();
    column.set(0, ['a\u0000b']);
    column.set(1, ['a', 'b']);
    column.set(2, ['a', 'b']);
    column.set(3, ['a\u0000b']);
    expect(column.value(0)).toEqual(['a\u0000b']);
    expect(column.value(1)).toEqual(['a', 'b']);
    expect(column.code(2)).toBe(column.code(1));
    expect(column.code(3)).toBe(column.code(0));
    expect(column.size).toBe(3);
  });
});

describe('DictColumn', () => {
  it('keeps every row right while its codes widen', () => {
    const column = new DictColumn();
    for (let key = 0; key < 100_000; key++) column.set(key, key % 5 === 0 ? undefined : `v${key}`);
    expect(column.codes).toBeInstanceOf(Uint32Array);
    for (let key = 0; key < 100_000; key += 999) {
      expect(column.get(key)).toBe(key % 5 === 0 ? '' : `v${key}`);
    }
  });
});

describe('ValueColumn storage', () => {
  /** Row keys of `n` rows that hold a value, one in `every`, with values from `distinct`. */
  function filled(n: number, every: number, distinct: number): ValueColumn {
    const column = new ValueColumn();
    for (let key = 0; key < n; key++) {
      column.reserve(key + 1);
      column.set(key, key % every === 0 ? `v${(key / every) % distinct}` : undefined);
    }
    return column;
  }

  it('stores only the rows with a value while they are few', () => {
    const column = filled(100_000, 50, 300);
    expect(column.isSparse).toBe(true);
    // About 2,000 entries of 4 + 2 bytes, not 100,000 codes.
    expect(column.byteLength - 300 * 60).toBeLessThan(20_000);
    expect(column.value(0)).toBe('v0');
    expect(column.value(50)).toBe('v1');
    expect(column.value(51)).toBeUndefined();
    expect(column.value(99_950)).toBe(`v${1_999 % 300}`);
    expect(column.value(200_000)).toBeUndefined();
    const codes = column.codes;
    expect(codes).toBeInstanceOf(Uint16Array);
    expect(codes[100]).toBe(column.code(100));
    expect(codes[101]).toBe(0);
  });

  it('turns dense once most rows have a value, keeping every row', () => {
    const column = filled(10_000, 2, 7);
    expect(column.isSparse).toBe(false);
    for (let key = 0; key < 10_000; key += 7) {
      expect(column.value(key)).toBe(key % 2 === 0 ? `v${key % 7}` : undefined);
    }
  });

  it('takes a row written out of order or overwritten', () => {
    const column = new ValueColumn();
    column.set(10, 'a');
    column.set(20, 'b');
    column.set(20, 'c');
    expect(column.value(20)).toBe('c');
    column.set(5, 'd');
    expect([column.value(5), column.value(10), column.value(20)]).toEqual(['d', 'a', 'c']);
    column.set(10, undefined);
    expect(column.value(10)).toBeUndefined();
  });

  it('maps and ors ranges the same sparse or dense', () => {
    const sparse = filled(5_000, 40, 5);
    const dense = new ValueColumn();
    for (let key = 0; key < 5_000; key++) dense.set(key, key % 3 === 0 ? 'x' : sparse.value(key));
    for (let key = 0; key < 5_000; key++) dense.set(key, sparse.value(key));
    expect(sparse.isSparse).toBe(true);
    expect(dense.isSparse).toBe(false);
    const table = Uint8Array.from({ length: 8 }, (_, code) => (code % 2 === 0 ? 1 : 0));
    for (const [from, to] of [
      [0, 5_000],
      [37, 41],
      [4_990, 5_100],
    ] as const) {
      const viaSparse = new Uint8Array(to - from);
      const viaDense = new Uint8Array(to - from);
      const expected = Uint8Array.from(
        { length: to - from },
        (_, i) => table[sparse.code(from + i)] as number,
      );
      sparse.mapRange(from, to, table, viaSparse);
      expect(viaSparse).toEqual(expected);
      const orSparse = new Uint8Array(to - from).fill(1, 0, 1);
      sparse.orRange(from, to, table, orSparse);
      expect(orSparse[0]).toBe(1);
      expect(Array.from(orSparse.subarray(1))).toEqual(Array.from(expected.subarray(1)));
      // The dense column holds the same values, under its own codes.
      const denseTable = Uint8Array.from({ length: dense.size }, (_, code) =>
        code === 0
          ? (table[0] as number)
          : (table[sparse.values.indexOf(dense.values[code])] as number),
      );
      dense.mapRange(from, to, denseTable, viaDense);
      expect(viaDense).toEqual(expected);
    }
  });
});
