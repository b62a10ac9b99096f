/**
 * The main area below the bars: the empty state while nothing is open, else the event
 * table with the side panel (or the tab that reopens it).
 */
import { useIngestStore } from '../state/ingest-store';
import { openSidePanel, useIsSidePanelOpen } from '../ui/common/layout-store';
import { EmptyState } from '../ui/empty/empty-state';
import { SidePanel } from '../ui/panes/side-panel';
import { EventTable } from '../ui/table/event-table';

export function MainArea() {
  // The table shows from the start of a load; a load that failed before any record keeps
  // the empty state (with the error above it) so the user can try again.
  const hasData = useIngestStore(
    (s) =>
      s.progress.state === 'loading' ||
      s.progress.state === 'ready' ||
      s.progress.counts.records > 0 ||
      s.progress.partial,
  );
  const isPanelOpen = useIsSidePanelOpen();
  return (
    <main className="main">
      {hasData ? (
        <>
          <EventTable />
          {isPanelOpen ? (
            <SidePanel />
          ) : (
            <button
              type="button"
              className="panel-reopen"
              title="Show the event panel (Enter)"
              onClick={() => openSidePanel()}
            >
              ‹ Event
            </button>
          )}
        </>
      ) : (
        <EmptyState />
      )}
    </main>
  );
}
