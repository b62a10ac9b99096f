import { describe, expect, it } from 'vitest';
import { FIELD_CATALOG, fieldInfo } from '../common/field-catalog';
import type { FieldInfo } from '../common/field-catalog';
import { matchFields } from './match-fields';

const fields = (typed: string, limit = 100) =>
  matchFields(FIELD_CATALOG, typed, limit).matches.map((m) => m.info.field);

describe('matchFields', () => {
  it('puts prefix matches first, indexed fields before others, shallow before deep', () => {
    const found = fields('@pro');
    expect(found[0]).toBe('@process.comm');
    expect(found.every((f) => f.startsWith('@pro'))).toBe(true);
    const firstSlow = found.findIndex((f) => fieldInfo(f)?.isIndexed !== true);
    const lastFast = found.map((f) => fieldInfo(f)?.isIndexed).lastIndexOf(true);
    expect(lastFast).toBeLessThan(firstSlow);
  });

  it('treats the @ as optional and ignores case', () => {
    expect(fields('HOS')).toContain('host');
    expect(fields('EVT.NA')).toEqual(['@evt.name']);
    expect(fields('@evt.na')).toEqual(['@evt.name']);
  });

  it('finds path segments and substrings after prefixes', () => {
    const found = matchFields(FIELD_CATALOG, 'port', 500).matches;
    expect(found.map((m) => m.info.field)).toContain('@network.destination.port');
    expect(found.every((m) => m.rank >= 1)).toBe(true);
    const ranks = found.map((m) => m.rank);
    expect([...ranks].sort()).toEqual(ranks);
    expect(matchFields(FIELD_CATALOG, 'ostnam', 10).matches[0]?.rank).toBe(2);
  });

  it('counts what the limit leaves out and lists everything for an empty name', () => {
    const all = matchFields(FIELD_CATALOG, '@', 20);
    expect(all.matches).toHaveLength(20);
    expect(all.more).toBe(FIELD_CATALOG.length - 20);
    expect(matchFields(FIELD_CATALOG, 'zzzz', 20)).toEqual({ matches: [], more: 0 });
  });

  it('breaks the remaining ties by depth, then alphabetically', () => {
    const catalog: FieldInfo[] = [
      { field: '@b.x', type: 'string', description: '', isIndexed: false, inSchema: true },
      { field: '@a.x', type: 'string', description: '', isIndexed: false, inSchema: true },
      { field: '@c', type: 'string', description: '', isIndexed: false, inSchema: true },
    ];
    expect(matchFields(catalog, '', 10).matches.map((m) => m.info.field)).toEqual([
      '@c',
      '@a.x',
      '@b.x',
    ]);
  });
});
