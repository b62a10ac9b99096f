/**
 * The right-hand panel: the selected event or the problems list, switched by tabs, closed
 * with × or Esc (and reopened from the table with Enter or a click).
 */
import type { KeyboardEvent } from 'react';
import { formatInt } from '../../lib/format';
import { useIngestStore } from '../../state/ingest-store';
import { showPanel, useViewStore } from '../../state/view-store';
import { closeSidePanel } from '../common/layout-store';
import { DetailPane } from './detail/detail-pane';
import { ProblemsPanel } from './problems/problems-panel';

function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  event.preventDefault();
  closeSidePanel();
  // Back to the table so j/k keep working.
  document.querySelector<HTMLElement>('[data-testid="event-table"]')?.focus();
}

export function SidePanel() {
  const panel = useViewStore((s) => s.sidePanel);
  const problems = useIngestStore((s) => s.progress.counts.problems);
  return (
    <aside className="side-panel" aria-label="Details" onKeyDown={onKeyDown}>
      <div className="side-tabs" role="tablist" aria-label="Panel">
        <button
          type="button"
          role="tab"
          className="tab"
          aria-selected={panel === 'detail'}
          onClick={() => showPanel('detail')}
        >
          Event
        </button>
        <button
          type="button"
          role="tab"
          className="tab"
          aria-selected={panel === 'problems'}
          onClick={() => showPanel('problems')}
        >
          Problems
          {problems > 0 && <span className="count-pill">{formatInt(problems)}</span>}
        </button>
        <span className="spacer" />
        <button
          type="button"
          className="icon-button"
          aria-label="Close panel (Esc)"
          title="Close panel (Esc)"
          onClick={closeSidePanel}
        >
          ×
        </button>
      </div>
      {/* Both stay mounted (one hidden) so switching is instant and keeps scroll and paging. */}
      <div className="side-body" role="tabpanel" aria-label="Event" hidden={panel !== 'detail'}>
        <DetailPane />
      </div>
      <div
        className="side-body"
        role="tabpanel"
        aria-label="Problems"
        hidden={panel !== 'problems'}
      >
        <ProblemsPanel />
      </div>
    </aside>
  );
}
