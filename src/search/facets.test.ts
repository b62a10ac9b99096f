import { describe, expect, it } from 'vitest';
import { facetResult } from './facets';

describe('facetResult', () => {
  it('ranks values by count then text, counts lists per value and missing apart', () => {
    const values = [undefined, 'a', 'b', ['b', 'c'], null];
    const counts = Uint32Array.of(3, 5, 2, 4, 1);
    const result = facetResult({
      field: 'f',
      counts,
      values,
      absentCode: 0,
      limit: 2,
      search: undefined,
    });
    expect(result.values).toEqual([
      { value: 'b', count: 6 },
      { value: 'a', count: 5 },
    ]);
    expect(result.distinct).toBe(3);
    expect(result.missing).toBe(4);
  });

  it('finds the top values among many distinct ones', () => {
    const n = 10_000;
    const values = ['', ...Array.from({ length: n }, (_, i) => `v${i}`)];
    const counts = Uint32Array.from(values, (_, i) => (i === 0 ? 0 : (i * 7919) % 1000));
    const result = facetResult({
      field: 'f',
      counts,
      values,
      absentCode: 0,
      limit: 5,
      search: undefined,
    });
    const expected = values
      .slice(1)
      .map((value, i) => ({ value, count: counts[i + 1] as number }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
      .slice(0, 5);
    expect(result.values).toEqual(expected);
  });

  it('keeps only values containing the search text', () => {
    const result = facetResult({
      field: 'f',
      counts: Uint32Array.of(0, 1, 1),
      values: [undefined, '/etc/passwd', '/tmp/x'],
      absentCode: 0,
      limit: 10,
      search: 'ETC',
    });
    expect(result.values.map((v) => v.value)).toEqual(['/etc/passwd']);
  });
});
