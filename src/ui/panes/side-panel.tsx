/**
 * The right-hand panel: the selected event or the problems list, switched by tabs, collapsed
 * to its handle with ×, Esc or its resizer (and restored from the handle, or from the table
 * with Enter or a click). Its width is the analyst's (`pane-width-store.ts`) within the bounds
 * the stylesheet sets, or else a default that follows the window.
 */
import { useId, useRef } from 'react';
import type { CSSProperties, KeyboardEvent, ReactNode } from 'react';
import { formatInt } from '../../lib/format';
import { useIngestStore } from '../../state/ingest-store';
import { usePaneWidth } from '../../state/pane-width-store';
import { showPanel, useViewStore } from '../../state/view-store';
import type { SidePanel as SidePanelName } from '../../state/view-store';
import { closeSidePanel } from '../common/layout-store';
import { focusEventTable } from '../common/focus-table';
import { onTabListKeyDown, tabIndexOf } from '../common/tab-keys';
import { DetailPane } from './detail/detail-pane';
import { PaneResizer } from './pane-resizer';
import { ProblemsPanel } from './problems/problems-panel';

function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  event.preventDefault();
  closeSidePanel();
  focusEventTable();
}

const PANELS: readonly (readonly [SidePanelName, string])[] = [
  ['detail', 'Event'],
  ['problems', 'Problems'],
];

interface PanelBodyProps {
  readonly tabsId: string;
  readonly name: SidePanelName;
  readonly shown: SidePanelName;
  readonly children: ReactNode;
}

/** One tab's panel, named by its tab; hidden while another tab is chosen. */
function PanelBody({ tabsId, name, shown, children }: PanelBodyProps) {
  return (
    <div
      className="side-body"
      role="tabpanel"
      id={`${tabsId}-${name}`}
      aria-labelledby={`${tabsId}-tab-${name}`}
      hidden={shown !== name}
    >
      {children}
    </div>
  );
}

/** `isHidden`: the panel has nothing to show and takes no room (see `useSidePanelState`). */
export function SidePanel({ isHidden }: { readonly isHidden: boolean }) {
  const panel = useViewStore((s) => s.sidePanel);
  const problems = useIngestStore((s) => s.progress.counts.problems);
  const width = usePaneWidth();
  const panelRef = useRef<HTMLElement>(null);
  const id = useId();
  const style =
    width === undefined ? undefined : ({ '--pane-width': `${width}px` } as CSSProperties);
  return (
    <aside
      ref={panelRef}
      id={id}
      className="side-panel"
      data-testid="side-panel"
      aria-label="Details"
      style={style}
      hidden={isHidden}
      onKeyDown={onKeyDown}
    >
      <PaneResizer panelId={id} panel={panelRef} />
      <div className="side-tabs">
        {/* The tab list holds its tabs only; the collapse button sits beside it. */}
        <div
          className="side-tab-list"
          role="tablist"
          aria-label="Panel"
          onKeyDown={(event) =>
            onTabListKeyDown(
              event,
              PANELS.map(([name]) => name),
              panel,
              showPanel,
              (name) => `${id}-tab-${name}`,
            )
          }
        >
          {PANELS.map(([name, label]) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`${id}-tab-${name}`}
              aria-controls={`${id}-${name}`}
              className="tab"
              aria-selected={panel === name}
              tabIndex={tabIndexOf(panel === name)}
              onClick={() => showPanel(name)}
            >
              {label}
              {name === 'problems' && problems > 0 && (
                <span className="count-pill">{formatInt(problems)}</span>
              )}
            </button>
          ))}
        </div>
        <span className="spacer" />
        <button
          type="button"
          className="icon-button"
          aria-label="Collapse panel (Esc)"
          title="Collapse panel (Esc)"
          onClick={closeSidePanel}
        >
          ×
        </button>
      </div>
      {/* Both stay mounted (one hidden) so switching is instant and keeps scroll and paging. */}
      <PanelBody tabsId={id} name="detail" shown={panel}>
        <DetailPane />
      </PanelBody>
      <PanelBody tabsId={id} name="problems" shown={panel}>
        <ProblemsPanel />
      </PanelBody>
    </aside>
  );
}
