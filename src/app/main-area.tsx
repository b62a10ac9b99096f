/**
 * The main area below the bars: the empty state while nothing is open, else three columns —
 * the facets panel (or the tab that reopens it), the workspace (query bar, the comparison with
 * a baseline when one is open, timeline, event table or the full-width lanes in its place) and
 * the side panel (or the handle that restores it). The side panel takes no room
 * until it has something to show (an event selected, or the problems list asked for).
 */
import { useIngestStore } from '../state/ingest-store';
import { useSidePanelState } from '../ui/common/layout-store';
import { EmptyState } from '../ui/empty/empty-state';
import { useFacetStore } from '../state/facet-store';
import { FacetsPanel, FacetsReopen } from '../ui/facets/facets-panel';
import { TableOrLanes } from '../ui/lanes/table-or-lanes';
import { PaneHandle } from '../ui/panes/pane-handle';
import { SidePanel } from '../ui/panes/side-panel';
import { ComparePanel } from '../ui/compare/compare-panel';
import { SearchBar } from '../ui/search/search-bar';
import { Timeline } from '../ui/timeline/timeline';

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
  const panelState = useSidePanelState();
  const isFacetsOpen = useFacetStore((s) => s.isOpen);
  return (
    <main className="main">
      {hasData ? (
        <>
          {isFacetsOpen ? <FacetsPanel /> : <FacetsReopen />}
          <div className="workspace">
            <SearchBar />
            <ComparePanel />
            <Timeline />
            <TableOrLanes />
          </div>
          {panelState === 'collapsed' ? (
            <PaneHandle />
          ) : (
            // Mounted but hidden while it has nothing to show: the problems list is then
            // already in the page when it is asked for.
            <SidePanel isHidden={panelState === 'none'} />
          )}
        </>
      ) : (
        <EmptyState />
      )}
    </main>
  );
}
