/**
 * The search row above the timeline: the Search | Rules switch, the query box, starred only,
 * then the chips (the query's pivots in words, the active time range, a quiet mark while the
 * engine applies the view); under them the query's errors, the rules panel in rules mode, and
 * notes on how the view was answered. What follows the box wraps onto further rows rather
 * than narrow it (search.css).
 */
import { useId, useState } from 'react';
import { useSearchStore } from '../../state/search-store';
import { ModeSwitch } from '../rules/mode-switch';
import { RulesPanel } from '../rules/rules-panel';
import { StarredFilter } from '../share/starred-filter';
import { TimeChip } from '../timeline/time-chip';
import { QueryBox } from './query-box';
import { PivotLabels } from './pivot-labels';
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
  const isRulesMode = useSearchStore((s) => s.spec.mode === 'rules');
  const [isQueryEdited, setQueryEdited] = useState(false);
  return (
    <section className="search-bar" aria-label="Search">
      <div className="search-row">
        <ModeSwitch />
        <QueryBox errorsId={hasErrors ? errorsId : undefined} onEditedChange={setQueryEdited} />
        <StarredFilter />
        <PivotLabels isQueryEdited={isQueryEdited} />
        <TimeChip />
        <PendingMark />
      </div>
      <QueryErrors id={errorsId} />
      {isRulesMode && <RulesPanel />}
      <SearchNotes />
    </section>
  );
}
