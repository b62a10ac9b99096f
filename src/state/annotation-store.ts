/**
 * Stars and notes on events as the page sees them: a mirror of what `share/annotations.ts`
 * keeps in browser storage, by event id, re-read when another tab changes it or a file is
 * imported. Writes go to storage first; a refused write leaves the mirror as it was and
 * comes back as the reason.
 */
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Annotation } from '../share/annotations';
import { ANNOTATIONS_KEY, listAnnotations, setNote, setStarred } from '../share/annotations';
import { browserStorage } from '../share/browser-storage';

interface AnnotationState {
  readonly byId: ReadonlyMap<string, Annotation>;
}

function read(): ReadonlyMap<string, Annotation> {
  return new Map(listAnnotations(browserStorage()).map((a) => [a.eventId, a]));
}

export const useAnnotationStore = create<AnnotationState>(() => ({ byId: read() }));

/** Re-reads storage (after an import, or a change made in another tab). */
export function reloadAnnotations(): void {
  useAnnotationStore.setState({ byId: read() });
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === ANNOTATIONS_KEY || event.key === null) reloadAnnotations();
  });
}

/** Stars or unstars an event; the reason when storage refused it. */
export function starEvent(eventId: string, starred: boolean): string | undefined {
  const result = setStarred(browserStorage(), eventId, starred, Date.now());
  reloadAnnotations();
  return result.ok ? undefined : result.reason;
}

export function noteEvent(eventId: string, note: string): string | undefined {
  const result = setNote(browserStorage(), eventId, note, Date.now());
  reloadAnnotations();
  return result.ok ? undefined : result.reason;
}

export const useAnnotation = (eventId: string | undefined) =>
  useAnnotationStore((s) => (eventId === undefined ? undefined : s.byId.get(eventId)));

/** Ids of the starred events; the same array while the stars stay the same. */
export const useStarredIds = () =>
  useAnnotationStore(
    useShallow((s) => [...s.byId.values()].filter((a) => a.starred).map((a) => a.eventId)),
  );
