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
      order: 'top',
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
      order: 'top',
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
      order: 'top',
    });
    expect(result.values.map((v) => v.value)).toEqual(['/etc/passwd']);
  });

  it('lists the rarest values first, ties by text, leaving out values absent from the view', () => {
    const values = [undefined, 'exec', 'open', 'bpf', 'ptrace', 'chmod'];
    const counts = Uint32Array.of(7, 900, 50, 1, 0, 1);
    const result = facetResult({
      field: 'f',
      counts,
      values,
      absentCode: 0,
      limit: 3,
      search: undefined,
      order: 'rare',
    });
    expect(result.values).toEqual([
      { value: 'bpf', count: 1 },
      { value: 'chmod', count: 1 },
      { value: 'open', count: 50 },
    ]);
    expect(result.distinct).toBe(4);
    expect(result.missing).toBe(7);
  });

  it('finds the rarest values among many frequent ones, not the top ones reversed', () => {
    const n = 10_000;
    const values = ['', ...Array.from({ length: n }, (_, i) => `v${i}`)];
    // Every value is frequent but a scattered few; the top 25 never hold them.
    const counts = Uint32Array.from(values, (_, i) =>
      i === 0 ? 0 : i % 997 === 0 ? 1 + (i % 5) : 1000 + ((i * 7919) % 5000),
    );
    const rare = facetResult({
      field: 'f',
      counts,
      values,
      absentCode: 0,
      limit: 5,
      search: undefined,
      order: 'rare',
    });
    const expected = values
      .slice(1)
      .map((value, i) => ({ value, count: counts[i + 1] as number }))
      .sort((a, b) => a.count - b.count || (a.value < b.value ? -1 : 1))
      .slice(0, 5);
    expect(rare.values).toEqual(expected);
    expect(Math.max(...rare.values.map((v) => v.count))).toBeLessThan(1000);
    const top = facetResult({
      field: 'f',
      counts,
      values,
      absentCode: 0,
      limit: 25,
      search: undefined,
      order: 'top',
    });
    expect(top.values.some((v) => v.count < 1000)).toBe(false);
  });

  it('keeps the search filter when listing the rarest values', () => {
    const result = facetResult({
      field: 'f',
      counts: Uint32Array.of(0, 9, 2, 5),
      values: [undefined, '/etc/passwd', '/tmp/x', '/etc/shadow'],
      absentCode: 0,
      limit: 10,
      search: 'etc',
      order: 'rare',
    });
    expect(result.values).toEqual([
      { value: '/etc/shadow', count: 5 },
      { value: '/etc/passwd', count: 9 },
    ]);
  });
});
