import { describe, expect, it } from 'vitest';
import { NodeTimes } from './process-times';

describe('NodeTimes', () => {
  it('gives back every text exactly, canonical or not', () => {
    const times = new NodeTimes(2);
    const texts = [
      '',
      '2026-11-20T08:00:12.511395378Z',
      '1970-01-01T00:00:00.000000000Z',
      '2024-02-29T23:59:59.999999999Z',
      '2106-02-07T06:28:14.999999999Z',
      '2106-02-07T06:28:15.000000000Z',
      '1969-12-31T23:59:59.000000000Z',
      '2024-02-30T00:00:00.000000000Z',
      '2026-11-20T24:00:00.000000000Z',
      '2026-11-20T08:00:00.00000000xZ',
      '2026-11-20T08:00:00.1Z',
      '2026-11-20T08:00:00.123456789+02:00',
    ];
    texts.forEach((text, id) => times.set(id, text));
    texts.forEach((text, id) => {
      expect(times.get(id)).toBe(text);
      expect(times.isKnown(id)).toBe(text !== '');
    });
    for (let ms = 0; ms < 4e12; ms += 7_777_777_777) {
      const text = `${new Date(ms).toISOString().slice(0, 20)}${String(ms % 1e9).padStart(9, '0')}Z`;
      times.set(1, text);
      expect(times.get(1)).toBe(text);
    }
  });

  it('matches a prepared text and compares nodes as texts', () => {
    const times = new NodeTimes(4);
    times.set(1, '2026-11-20T08:00:12.511395378Z');
    times.set(2, '2026-11-20T08:00:12.511395378Z');
    times.set(3, '2026-11-20T08:00:12.5Z');
    times.prepare('2026-11-20T08:00:12.511395378Z');
    expect([1, 2, 3].map((id) => times.matchesPrepared(id))).toEqual([true, true, false]);
    times.prepare('2026-11-20T08:00:12.5Z');
    expect([1, 2, 3].map((id) => times.matchesPrepared(id))).toEqual([false, false, true]);
    expect(times.same(1, 2)).toBe(true);
    expect(times.same(1, 3)).toBe(false);
    expect(times.byteLength).toBeGreaterThan(4 * 8);
  });
});
