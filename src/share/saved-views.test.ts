import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from './local-store';
import { memoryStorage } from './local-store';
import {
  SAVED_VIEWS_KEY,
  deleteView,
  listSavedViews,
  mergeSavedViews,
  openSavedView,
  parseSavedViews,
  renameView,
  saveView,
} from './saved-views';

const T0 = Date.UTC(2024, 4, 1);

describe('saved views', () => {
  it('saves, lists, replaces, renames and deletes', () => {
    const storage = memoryStorage();
    expect(listSavedViews(storage)).toEqual([]);
    expect(saveView(storage, '  shadow reads ', { query: '@file.path:/etc/shadow' }, T0).ok).toBe(
      true,
    );
    saveView(storage, 'execs', { query: '@evt.name:exec', mode: 'search' }, T0 + 1);
    saveView(storage, 'shadow reads', { query: '@file.path:/etc/gshadow' }, T0 + 2);
    expect(listSavedViews(storage)).toEqual([
      {
        name: 'shadow reads',
        fragment: 'q=@file.path:/etc/gshadow',
        createdMs: T0,
        updatedMs: T0 + 2,
      },
      { name: 'execs', fragment: 'q=@evt.name:exec', createdMs: T0 + 1, updatedMs: T0 + 1 },
    ]);
    expect(renameView(storage, 'execs', 'shadow reads', T0 + 3)).toEqual({
      ok: false,
      reason: 'a view of that name exists',
    });
    expect(renameView(storage, 'nope', 'x', T0 + 3).ok).toBe(false);
    expect(renameView(storage, 'execs', 'all execs', T0 + 3).ok).toBe(true);
    expect(listSavedViews(storage).map((v) => v.name)).toEqual(['shadow reads', 'all execs']);
    expect(deleteView(storage, 'shadow reads').ok).toBe(true);
    const [only] = listSavedViews(storage);
    expect(only?.name).toBe('all execs');
    expect(only === undefined ? undefined : openSavedView(only)).toEqual({
      link: { query: '@evt.name:exec' },
      notices: [],
    });
  });

  it('refuses empty and overlong names', () => {
    const storage = memoryStorage();
    expect(saveView(storage, '   ', { query: 'x' }, T0).ok).toBe(false);
    expect(saveView(storage, 'x'.repeat(201), { query: 'x' }, T0).ok).toBe(false);
    expect(listSavedViews(storage)).toEqual([]);
  });

  it('never throws on corrupted or unreadable storage', () => {
    for (const text of ['{', 'null', '42', '{"a":1}', '[1, null, {"name": 3}, {"name": "x"}]']) {
      const storage = memoryStorage([[SAVED_VIEWS_KEY, text]]);
      expect(listSavedViews(storage)).toEqual([]);
      expect(saveView(storage, 'v', { query: 'q' }, T0).ok).toBe(true);
      expect(listSavedViews(storage).map((v) => v.name)).toEqual(['v']);
    }
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      },
    };
    expect(listSavedViews(broken)).toEqual([]);
    expect(saveView(broken, 'v', { query: 'q' }, T0)).toEqual({
      ok: false,
      reason: 'the browser storage is full',
    });
  });

  it('keeps the valid stored entries and the first of a repeated name', () => {
    const stored = JSON.stringify([
      { name: 'a', fragment: 'q=1', createdMs: 5, updatedMs: 6 },
      { name: 'a', fragment: 'q=2' },
      { name: 'b', fragment: '#q=3', createdMs: 'yesterday' },
      { name: 'c' },
    ]);
    const views = listSavedViews(memoryStorage([[SAVED_VIEWS_KEY, stored]]));
    expect(views).toEqual([
      { name: 'a', fragment: 'q=1', createdMs: 5, updatedMs: 6 },
      { name: 'b', fragment: 'q=3', createdMs: 0, updatedMs: 0 },
    ]);
  });
});

describe('parseSavedViews / mergeSavedViews', () => {
  it('counts what it drops', () => {
    expect(parseSavedViews({ not: 'an array' }, T0)).toEqual({ views: [], dropped: 1 });
    const parsed = parseSavedViews(
      [{ name: 'ok', fragment: '' }, { name: '', fragment: '' }, 'x', { name: 'f', fragment: 1 }],
      T0,
    );
    expect(parsed.views).toEqual([{ name: 'ok', fragment: '', createdMs: T0, updatedMs: T0 }]);
    expect(parsed.dropped).toBe(3);
  });

  it('skips identical views and renames clashing ones', () => {
    const v = (name: string, fragment: string) => ({ name, fragment, createdMs: 1, updatedMs: 1 });
    const merge = mergeSavedViews(
      [v('a', 'q=1'), v('b', 'q=2'), v('b (2)', 'q=9')],
      [v('a', 'q=1'), v('b', 'q=3'), v('b', 'q=4'), v('c', 'q=5')],
    );
    expect(merge.views.map((x) => [x.name, x.fragment])).toEqual([
      ['a', 'q=1'],
      ['b', 'q=2'],
      ['b (2)', 'q=9'],
      ['b (3)', 'q=3'],
      ['b (4)', 'q=4'],
      ['c', 'q=5'],
    ]);
    expect(merge.added).toBe(3);
    expect(merge.unchanged).toBe(1);
    expect(merge.renamed).toEqual([
      { from: 'b', to: 'b (3)' },
      { from: 'b', to: 'b (4)' },
    ]);
  });

  it('keeps renamed names within the length limit', () => {
    const long = 'n'.repeat(200);
    const v = (fragment: string) => ({ name: long, fragment, createdMs: 1, updatedMs: 1 });
    const merge = mergeSavedViews([v('q=1')], [v('q=2')]);
    expect(merge.renamed[0]?.to).toHaveLength(200);
    expect(merge.renamed[0]?.to.endsWith(' (2)')).toBe(true);
  });
});
