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
