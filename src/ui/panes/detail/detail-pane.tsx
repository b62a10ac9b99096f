/**
 * The selected event's pane: asks the engine for the event's detail (re-read from the file
 * on demand) and shows header, summary, findings and views. Nothing stale is shown while the next
 * event loads, so what is on screen always belongs to the selection.
 */
import { memo, useId } from 'react';
import { useEventAnswer } from '../../../state/use-event-answer';
import { useViewStore } from '../../../state/view-store';
import { EventDetailView } from './event-detail';

// Memoized: the side panel re-renders on load progress, this pane only on its own data.
export const DetailPane = memo(function DetailPane() {
  const selectedKey = useViewStore((s) => s.selectedKey);
  const result = useEventAnswer('event.detail', selectedKey);
  const idPrefix = useId();
  return (
    <section
      className="detail-pane"
      data-testid="detail-pane"
      aria-label="Selected event"
      aria-busy={result.status === 'loading'}
    >
      {result.status === 'none' && (
        <p className="pane-empty">
          Select an event in the table (click it, or focus the table and press j / k) to see its
          fields, schema findings and the record as read.
        </p>
      )}
      {result.status === 'loading' && <p className="pane-loading">Loading event…</p>}
      {result.status === 'error' && (
        <p className="notice notice--error" role="alert">
          This event could not be read: {result.message}
        </p>
      )}
      {result.status === 'ready' && <EventDetailView detail={result.value} idPrefix={idPrefix} />}
    </section>
  );
});
