import { describe, expect, it } from 'vitest';
import { listAnnotations, setNote, setStarred } from './annotations';
import { memoryStorage } from './local-store';
import type { KeyValueStorage } from './local-store';
import { listSavedViews, saveView } from './saved-views';
import { SHARE_FILE_FORMAT, exportShareFile, importShareFile } from './share-file';

const T0 = Date.UTC(2024, 4, 1);

function seeded(): KeyValueStorage {
  const storage = memoryStorage();
  saveView(storage, 'execs', { query: '@evt.name:exec' }, T0);
  saveView(
    storage,
    'dns',
    { query: '@evt.name:dns', sort: { column: 'time', descending: true } },
    T0,
  );
  setStarred(storage, 'f:1', true, T0);
  setNote(storage, 'f:2', 'beacon?', T0);
  return storage;
}

describe('share file', () => {
  it('moves views and annotations to another browser', () => {
    const text = exportShareFile(seeded(), T0);
    expect(JSON.parse(text)).toMatchObject({
      format: SHARE_FILE_FORMAT,
      version: 1,
      exportedAt: '2024-05-01T00:00:00.000Z',
    });
    const other = memoryStorage();
    const report = importShareFile(other, text, T0 + 1);
    expect(report).toEqual({
      ok: true,
      views: { added: 2, renamed: [], unchanged: 0, dropped: 0 },
      annotations: { added: 2, updated: 0, unchanged: 0, dropped: 0 },
    });
    expect(listSavedViews(other)).toEqual(listSavedViews(seeded()));
    expect(listAnnotations(other)).toEqual(listAnnotations(seeded()));
    // A second import changes nothing.
    const again = importShareFile(other, text, T0 + 2);
    expect(again.views).toEqual({ added: 0, renamed: [], unchanged: 2, dropped: 0 });
    expect(again.annotations).toEqual({ added: 0, updated: 0, unchanged: 2, dropped: 0 });
  });

  it('exports only the parts asked for', () => {
    const file = JSON.parse(exportShareFile(seeded(), T0, { annotations: false })) as {
      views: unknown[];
      annotations: unknown[];
    };
    expect(file.views).toHaveLength(2);
    expect(file.annotations).toEqual([]);
  });

  it('drops bad entries with a count and renames clashing views', () => {
    const storage = seeded();
    const text = JSON.stringify({
      format: SHARE_FILE_FORMAT,
      version: 1,
      views: [
        { name: 'execs', fragment: 'q=@evt.name:exec%20@process.pid:1' },
        { name: '', fragment: 'q=x' },
        { fragment: 'q=y' },
      ],
      annotations: [{ eventId: 'f:3', starred: true }, { eventId: 42 }, 'junk'],
    });
    const report = importShareFile(storage, text, T0);
    expect(report.ok).toBe(true);
    expect(report.views).toEqual({
      added: 1,
      renamed: [{ from: 'execs', to: 'execs (2)' }],
      unchanged: 0,
      dropped: 2,
    });
    expect(report.annotations).toMatchObject({ added: 1, dropped: 2 });
    expect(listSavedViews(storage).map((v) => v.name)).toEqual(['execs', 'dns', 'execs (2)']);
  });

  it('refuses what is not an export, without touching storage', () => {
    const storage = seeded();
    const before = [listSavedViews(storage), listAnnotations(storage)];
    for (const [text, error] of [
      ['not json', 'the file is not JSON'],
      ['[]', 'the file is not a saved views and annotations export'],
      ['{"format":"other"}', 'the file is not a saved views and annotations export'],
      [
        `{"format":"${SHARE_FILE_FORMAT}","version":9}`,
        'the file comes from a newer version of the explorer',
      ],
    ] as const) {
      const report = importShareFile(storage, text, T0);
      expect(report.ok).toBe(false);
      expect(report.error).toBe(error);
    }
    expect([listSavedViews(storage), listAnnotations(storage)]).toEqual(before);
  });

  it('reports a storage that refuses the import', () => {
    const text = exportShareFile(seeded(), T0);
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('nope');
      },
    };
    const report = importShareFile(full, text, T0);
    expect(report.ok).toBe(false);
    expect(report.error).toBe('views not saved: the browser storage refused the change');
  });
});
