import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatBytes,
  formatCompact,
  formatDuration,
  formatInt,
  formatPercent,
  formatRate,
  formatUtcTime,
  shortContainerId,
} from './format';

describe('formatInt', () => {
  it('adds thousands separators', () => {
    expect(formatInt(0)).toBe('0');
    expect(formatInt(999)).toBe('999');
    expect(formatInt(1234567)).toBe('1,234,567');
    expect(formatInt(-4200)).toBe('-4,200');
  });
  it('shows a dash for non-finite values', () => {
    expect(formatInt(Number.NaN)).toBe('—');
  });
});

describe('formatBytes', () => {
  it('uses decimal units with one decimal below 100', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1500)).toBe('1.5 KB');
    expect(formatBytes(412_000_000)).toBe('412 MB');
    expect(formatBytes(3_100_000_000)).toBe('3.1 GB');
    expect(formatBytes(2_000_000)).toBe('2 MB');
  });
  it('moves to the next unit instead of showing 1000', () => {
    expect(formatBytes(999_999)).toBe('1 MB');
    expect(formatBytes(999_400)).toBe('999 KB');
  });
  it('rejects nonsense', () => {
    expect(formatBytes(-1)).toBe('—');
    expect(formatBytes(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatCompact', () => {
  it('shortens large counts', () => {
    expect(formatCompact(950)).toBe('950');
    expect(formatCompact(1234)).toBe('1.2k');
    expect(formatCompact(180_000)).toBe('180k');
    expect(formatCompact(1_234_567)).toBe('1.2M');
    expect(formatCompact(999_999)).toBe('1M');
    expect(formatCompact(5_000_000_000)).toBe('5B');
  });
});

describe('formatRate', () => {
  it('divides by elapsed seconds', () => {
    expect(formatRate(1_800_000, 10_000)).toBe('180k/s');
    expect(formatRate(1_800_000, 10_000, 'events')).toBe('180k events/s');
    expect(formatRate(10, 0)).toBe('—');
  });
});

describe('formatUtcTime', () => {
  it('prints UTC with milliseconds', () => {
    expect(formatUtcTime(Date.UTC(2026, 10, 20, 8, 15, 3, 123))).toBe('2026-11-20 08:15:03.123');
    expect(formatUtcTime(0)).toBe('1970-01-01 00:00:00.000');
  });
  it('shows a dash for missing or impossible times', () => {
    expect(formatUtcTime(Number.NaN)).toBe('—');
    expect(formatUtcTime(9e15)).toBe('—');
  });
});

describe('formatDuration', () => {
  it('picks a readable unit', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_400)).toBe('12 s');
    expect(formatDuration(184_000)).toBe('3 min 04 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
    expect(formatDuration(-5)).toBe('—');
  });
});

describe('formatPercent', () => {
  it('rounds and clamps', () => {
    expect(formatPercent(0.4123)).toBe('41%');
    expect(formatPercent(1.5)).toBe('100%');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
});

describe('shortContainerId', () => {
  it('keeps 12 hex characters of a long id', () => {
    expect(shortContainerId('3f2a9c81b7d64e0f9a1b2c3d4e5f60718293a4b5c6d7e8f9')).toBe(
      '3f2a9c81b7d6',
    );
  });
  it('leaves other ids alone', () => {
    expect(shortContainerId('web-1')).toBe('web-1');
    expect(shortContainerId('')).toBe('');
  });
});

describe('formatCount', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(formatCount(1, 'event')).toBe('1 event');
    expect(formatCount(0, 'event')).toBe('0 events');
    expect(formatCount(2, 'event')).toBe('2 events');
    expect(formatCount(1234, 'child', 'children')).toBe('1,234 children');
    expect(formatCount(1, 'child', 'children')).toBe('1 child');
  });
});
