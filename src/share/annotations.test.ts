import { describe, expect, it } from 'vitest';
import {
  ANNOTATIONS_KEY,
  MAX_NOTE_LENGTH,
  getAnnotation,
  listAnnotations,
  listStarred,
  mergeAnnotations,
  parseAnnotations,
  removeAnnotation,
  setNote,
  setStarred,
} from './annotations';
import { memoryStorage } from './local-store';

describe('annotations', () => {
  it('stars, notes and forgets events by id', () => {
    const storage = memoryStorage();
    setStarred(storage, 'f1:7', true, 10);
    setNote(storage, 'f1:9', 'reads /etc/shadow', 11);
    setStarred(storage, 'AQAAAY:1', true, 12);
    expect(listStarred(storage)).toEqual(['f1:7', 'AQAAAY:1']);
    setNote(storage, 'f1:7', 'first shell', 13);
    expect(getAnnotation(storage, 'f1:7')).toEqual({
      eventId: 'f1:7',
      starred: true,
      note: 'first shell',
      updatedMs: 13,
    });
    setStarred(storage, 'f1:7', false, 14);
    expect(listStarred(storage)).toEqual(['AQAAAY:1']);
    setNote(storage, 'f1:7', '', 15);
    expect(getAnnotation(storage, 'f1:7')).toBeUndefined();
    removeAnnotation(storage, 'f1:9');
    expect(listAnnotations(storage).map((a) => a.eventId)).toEqual(['AQAAAY:1']);
  });

  it('refuses notes that are too long and ids that are not ids', () => {
    const storage = memoryStorage();
    expect(setNote(storage, 'e', 'x'.repeat(MAX_NOTE_LENGTH + 1), 1).ok).toBe(false);
    expect(setStarred(storage, '', true, 1).ok).toBe(false);
    expect(listAnnotations(storage)).toEqual([]);
  });

  it('never throws on corrupted storage', () => {
    for (const text of ['', '{', '"x"', '[{"eventId": 5}, {"eventId": "a", "starred": "yes"}]']) {
      const storage = memoryStorage([[ANNOTATIONS_KEY, text]]);
      expect(listStarred(storage)).toEqual([]);
      expect(setStarred(storage, 'a', true, 1).ok).toBe(true);
      expect(listStarred(storage)).toEqual(['a']);
    }
  });

  it('parses entries one by one, counting the invalid ones', () => {
    const parsed = parseAnnotations(
      [
        { eventId: 'a', starred: true },
        { eventId: 'b', note: 'n', updatedMs: 3 },
        { eventId: 'c' },
        { eventId: 'd', note: 7 },
        null,
      ],
      99,
    );
    expect(parsed.annotations).toEqual([
      { eventId: 'a', starred: true, note: '', updatedMs: 99 },
      { eventId: 'b', starred: false, note: 'n', updatedMs: 3 },
    ]);
    expect(parsed.dropped).toBe(2);
  });

  it('merges by keeping the newer entry of an event', () => {
    const a = (eventId: string, note: string, updatedMs: number) => ({
      eventId,
      starred: false,
      note,
      updatedMs,
    });
    const merge = mergeAnnotations(
      [a('x', 'old', 1), a('y', 'mine', 5)],
      [a('x', 'new', 2), a('y', 'theirs', 4), a('z', 'z', 1), a('x', 'new', 3)],
    );
    expect(merge.annotations).toEqual([a('x', 'new', 2), a('y', 'mine', 5), a('z', 'z', 1)]);
    expect([merge.added, merge.updated, merge.unchanged]).toEqual([1, 1, 2]);
  });
});
