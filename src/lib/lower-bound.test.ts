import { describe, expect, it } from 'vitest';
import { lowerBound } from './lower-bound';

describe('lowerBound', () => {
  const times = Float64Array.from([0, 10, 11, 11, 50]);

  it('finds the first value at or after the one asked for, within the range', () => {
    expect(lowerBound(times, 0, times.length, 11)).toBe(2);
    expect(lowerBound(times, 0, times.length, 11.5)).toBe(4);
    expect(lowerBound(times, 0, times.length, 1000)).toBe(times.length);
    expect(lowerBound(times, 3, 5, 0)).toBe(3);
  });
});
