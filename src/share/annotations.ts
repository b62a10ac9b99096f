/**
 * Stars and notes on events, keyed by event id (DESIGN.md, "Identity": the same file gives
 * the same ids), kept in browser storage under one versioned key as a JSON array of
 * `{eventId, starred, note, updatedMs}`. An event with no star and no note has no entry.
 * Invalid stored entries are dropped on reading, so corrupted storage never throws.
 */
import type { KeyValueStorage, WriteResult } from './local-store';
import { isRecord, readStored, timeOr, writeStored } from './local-store';

export const ANNOTATIONS_KEY = 'cws-explorer.annotations.v1';
export const MAX_NOTE_LENGTH = 10_000;
export const MAX_EVENT_ID_LENGTH = 1000;

export interface Annotation {
  readonly eventId: string;
  readonly starred: boolean;
  /** Plain text, shown as text; '' when there is none. */
  readonly note: string;
  readonly updatedMs: number;
}

function isEventId(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= MAX_EVENT_ID_LENGTH;
}

/** Valid entries of `value` (an array, as stored or imported), the last of an id winning. */
export function parseAnnotations(
  value: unknown,
  nowMs: number,
): { annotations: Annotation[]; dropped: number } {
  if (!Array.isArray(value)) return { annotations: [], dropped: value === undefined ? 0 : 1 };
  const byId = new Map<string, Annotation>();
  let dropped = 0;
  for (const item of value) {
    const valid =
      isRecord(item) &&
      isEventId(item.eventId) &&
      (item.starred === undefined || typeof item.starred === 'boolean') &&
      (item.note === undefined || typeof item.note === 'string');
    if (!valid) {
      dropped++;
      continue;
    }
    const note = typeof item.note === 'string' ? item.note.slice(0, MAX_NOTE_LENGTH) : '';
    const starred = item.starred === true;
    if (!starred && note === '') continue; // an empty entry says nothing
    byId.set(item.eventId as string, {
      eventId: item.eventId as string,
      starred,
      note,
      updatedMs: timeOr(item.updatedMs, nowMs),
    });
  }
  return { annotations: [...byId.values()], dropped };
}

export function listAnnotations(storage: KeyValueStorage): Annotation[] {
  return parseAnnotations(readStored(storage, ANNOTATIONS_KEY), 0).annotations;
}

export function getAnnotation(storage: KeyValueStorage, eventId: string): Annotation | undefined {
  return listAnnotations(storage).find((a) => a.eventId === eventId);
}

/** Ids of the starred events, in the order they were annotated. */
export function listStarred(storage: KeyValueStorage): string[] {
  return listAnnotations(storage)
    .filter((a) => a.starred)
    .map((a) => a.eventId);
}

export function storeAnnotations(
  storage: KeyValueStorage,
  annotations: readonly Annotation[],
): WriteResult {
  return writeStored(storage, ANNOTATIONS_KEY, annotations);
}

function update(
  storage: KeyValueStorage,
  eventId: string,
  change: (current: Annotation) => Annotation,
  nowMs: number,
): WriteResult {
  if (!isEventId(eventId)) return { ok: false, reason: 'not an event id' };
  const all = listAnnotations(storage);
  const at = all.findIndex((a) => a.eventId === eventId);
  const current = all[at] ?? { eventId, starred: false, note: '', updatedMs: nowMs };
  const next = { ...change(current), updatedMs: nowMs };
  const rest = all.filter((a) => a.eventId !== eventId);
  const keep = next.starred || next.note !== '';
  if (!keep) return at < 0 ? { ok: true } : storeAnnotations(storage, rest);
  if (at < 0) return storeAnnotations(storage, [...all, next]);
  const updated = [...all];
  updated[at] = next;
  return storeAnnotations(storage, updated);
}

export function setStarred(
  storage: KeyValueStorage,
  eventId: string,
  starred: boolean,
  nowMs: number,
): WriteResult {
  return update(storage, eventId, (a) => ({ ...a, starred }), nowMs);
}

/** Sets the note ('' removes it); notes past `MAX_NOTE_LENGTH` are refused, not cut. */
export function setNote(
  storage: KeyValueStorage,
  eventId: string,
  note: string,
  nowMs: number,
): WriteResult {
  if (note.length > MAX_NOTE_LENGTH) return { ok: false, reason: 'the note is too long' };
  return update(storage, eventId, (a) => ({ ...a, note }), nowMs);
}

export function removeAnnotation(storage: KeyValueStorage, eventId: string): WriteResult {
  return update(storage, eventId, (a) => ({ ...a, starred: false, note: '' }), 0);
}

export interface AnnotationsMerge {
  readonly annotations: readonly Annotation[];
  readonly added: number;
  /** Existing entries replaced by a newer imported one. */
  readonly updated: number;
  /** Imported entries equal to, or older than, the existing one. */
  readonly unchanged: number;
}

/** Imported entries join the existing ones; for an id on both sides the newer one wins. */
export function mergeAnnotations(
  existing: readonly Annotation[],
  incoming: readonly Annotation[],
): AnnotationsMerge {
  const byId = new Map(existing.map((a) => [a.eventId, a]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const a of incoming) {
    const current = byId.get(a.eventId);
    if (current === undefined) added++;
    else if (
      a.updatedMs > current.updatedMs &&
      (a.starred !== current.starred || a.note !== current.note)
    ) {
      updated++;
    } else {
      unchanged++;
      continue;
    }
    byId.set(a.eventId, a);
  }
  return { annotations: [...byId.values()], added, updated, unchanged };
}
