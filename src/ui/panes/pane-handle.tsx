/**
 * The slim handle a collapsed side panel leaves on the right edge: it names what the panel
 * holds and restores it on a click, Enter or Space (Enter in the table restores it too).
 */
import type { MouseEvent } from 'react';
import { useViewStore } from '../../state/view-store';
import { PANE_HANDLE_ID, restorePane } from './pane-collapse';

export function PaneHandle() {
  const panel = useViewStore((s) => s.sidePanel);
  const what = panel === 'problems' ? 'Problems' : 'Event';
  return (
    <button
      id={PANE_HANDLE_ID}
      type="button"
      className="panel-reopen"
      data-testid="pane-handle"
      aria-expanded={false}
      aria-label={`Show the ${what.toLowerCase()} panel`}
      title={`Show the ${what.toLowerCase()} panel (Enter in the table)`}
      // A keyboard press (no pointer, detail 0) hands the focus on to the panel's resizer.
      onClick={(event: MouseEvent) => restorePane(event.detail === 0)}
    >
      ‹ {what}
    </button>
  );
}
