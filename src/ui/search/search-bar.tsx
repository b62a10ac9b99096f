/**
 * The search row above the timeline: the query box, the active time range as a chip, a quiet
 * mark while the engine applies the view; under them the query's errors and notes on how the
 * view was answered.
 */
import { useId } from 'react';
import { useSearchStore } from '../../state/search-store';
import { TimeChip } from '../timeline/time-chip';
import { QueryBox } from './query-box';
import { QueryErrors } from './query-errors';
import { SearchNotes } from './search-notes';

function PendingMark() {
  const pending = useSearchStore((s) => s.pending);
  return (
    <span className="search-pending" data-testid="search-pending" hidden={!pending}>
      updating…
    </span>
  );
}

export function SearchBar() {
  const errorsId = useId();
  const hasErrors = useSearchStore((s) => s.errors.length > 0);
  return (
    <section className="search-bar" aria-label="Search">
      <div className="search-row">
        <QueryBox errorsId={hasErrors ? errorsId : undefined} />
        <TimeChip />
        <PendingMark />
      </div>
      <QueryErrors id={errorsId} />
      <SearchNotes />
    </section>
  );
}
