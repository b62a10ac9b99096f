/**
 * The analyst's own marks on the selected event: a star and a free-text note, kept in this
 * browser by event id (so the same file opened again shows them), carried in saved-view
 * exports and event exports. The note is saved as it is typed (after a short pause), when
 * the box is left, and when another event is selected before the pause is over.
 */
import { useEffect, useRef, useState } from 'react';
import { MAX_NOTE_LENGTH } from '../../../share/annotations';
import { noteEvent, starEvent, useAnnotation } from '../../../state/annotation-store';

const SAVE_DELAY_MS = 400;

export function EventAnnotation({ eventId }: { readonly eventId: string }) {
  const annotation = useAnnotation(eventId);
  const isStarred = annotation?.starred === true;
  const stored = annotation?.note ?? '';
  // Text typed and not saved yet; otherwise the stored note shows (also one changed in
  // another tab or by an import). The parent keys this by event id.
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);
  // The note typed and not saved yet, for the unmount below (state is gone by then).
  const pending = useRef<string | undefined>(undefined);
  const text = draft ?? stored;

  const save = (note: string) => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    pending.current = undefined;
    if (note !== stored) setError(noteEvent(eventId, note));
    setDraft(undefined);
  };

  // Selecting another row replaces this pane (it is keyed by event id), and the browser need
  // not send a blur to a box that is taken out of the page: a note still waiting is saved here.
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      if (pending.current !== undefined) noteEvent(eventId, pending.current);
    },
    [eventId],
  );

  return (
    <div className="event-annotation">
      <button
        type="button"
        className={`button button--small star-toggle${isStarred ? ' is-on' : ''}`}
        aria-pressed={isStarred}
        data-testid="star-toggle"
        title="Star this event (s in the table); starred events can be shown alone"
        onClick={() => setError(starEvent(eventId, !isStarred))}
      >
        {isStarred ? '★ Starred' : '☆ Star'}
      </button>
      <textarea
        className="event-note"
        data-testid="event-note"
        aria-label="Note on this event (kept in this browser)"
        placeholder="Note (kept in this browser)"
        rows={text === '' ? 1 : 3}
        maxLength={MAX_NOTE_LENGTH}
        value={text}
        onChange={(event) => {
          const note = event.target.value;
          setDraft(note);
          pending.current = note;
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => save(note), SAVE_DELAY_MS);
        }}
        onBlur={() => {
          if (draft !== undefined) save(draft);
        }}
        onKeyDown={(event) => event.stopPropagation()}
      />
      {error !== undefined && (
        <p className="notice notice--warn" role="alert">
          Not saved: {error}.
        </p>
      )}
    </div>
  );
}
