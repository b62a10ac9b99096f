import { describe, expect, it } from 'vitest';
import { readJson } from '../json-model';
import { writeJson } from './json-write';
import { valuePaths } from './value-paths';

describe('writeJson', () => {
  it('writes numbers exactly and keeps repeated keys', () => {
    const node = readJson('{"id": 12345678901234567891, "k": 1, "k": [true, null, "\\u202e"]}');
    expect(writeJson(node, '')).toBe(
      '{\n"id": 12345678901234567891,\n"k": 1,\n"k": [\ntrue,\nnull,\n"\u202e"\n]\n}',
    );
    expect(writeJson(readJson('[[[1]]]', 1))).toBeUndefined();
  });
});

describe('valuePaths', () => {
  it('addresses every value by a typeable path', () => {
    const paths = valuePaths(
      readJson('{"process": {"args": ["-c", "x"]}, "mount": {"mountpoint.path": "/run"}}'),
    );
    expect([...paths.keys()]).toEqual([
      'process',
      'process.args',
      'process.args[0]',
      'process.args[1]',
      'mount',
      'mount["mountpoint.path"]',
    ]);
    expect(paths.get('process.args[1]')).toEqual({ kind: 'string', value: 'x' });
  });

  it('stops at the limit', () => {
    const big = readJson(JSON.stringify({ a: Array.from({ length: 100 }, (_, i) => i) }));
    expect(valuePaths(big, 10).size).toBe(10);
  });
});
