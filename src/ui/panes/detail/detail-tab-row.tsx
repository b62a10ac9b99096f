/**
 * The row of the event's view tabs. It never wraps: the tabs that do not fit go into a
 * "More" menu beside the tab list (the chosen tab always stays on the row, see
 * `tab-overflow.ts`). The list keeps its tab semantics (`tablist`, `tab`, `aria-selected`)
 * and keys (arrows, Home, End, over every view, those in the menu included); the menu is a
 * plain menu of the other views.
 */
import { useState } from 'react';
import type { DetailTab } from '../../../state/view-store';
import { anchorBelow, PopupMenu } from '../../table/popup-menu';
import type { MenuAnchor } from '../../table/popup-menu';
import { onTabListKeyDown, tabIndexOf } from '../../common/tab-keys';
import { useTabOverflow } from './use-tab-overflow';

interface DetailTabRowProps {
  readonly tabs: readonly DetailTab[];
  readonly labels: Readonly<Record<DetailTab, string>>;
  readonly chosen: DetailTab;
  readonly idPrefix: string;
  readonly onChoose: (tab: DetailTab) => void;
}

export function DetailTabRow({ tabs, labels, chosen, idPrefix, onChoose }: DetailTabRowProps) {
  const { row, measure, shown } = useTabOverflow(tabs.length, tabs.indexOf(chosen), tabs.join());
  const [menu, setMenu] = useState<MenuAnchor | undefined>(undefined);
  const onRow = shown === undefined ? tabs : shown.flatMap((i) => tabs[i] ?? []);
  const inMenu = tabs.filter((t) => !onRow.includes(t));

  return (
    <div className="tab-row" ref={row}>
      <div
        className="tab-list"
        role="tablist"
        aria-label="Event views"
        onKeyDown={(event) =>
          onTabListKeyDown(event, tabs, chosen, onChoose, (t) => `${idPrefix}-tab-${t}`)
        }
      >
        {onRow.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${t}`}
            aria-selected={t === chosen}
            tabIndex={tabIndexOf(t === chosen)}
            aria-controls={`${idPrefix}-panel`}
            className="tab"
            onClick={() => onChoose(t)}
          >
            {labels[t]}
          </button>
        ))}
      </div>
      {inMenu.length > 0 && (
        <button
          type="button"
          className="tab tab-more"
          data-testid="detail-tabs-more"
          aria-haspopup="menu"
          aria-expanded={menu !== undefined}
          title={`More views: ${inMenu.map((t) => labels[t]).join(', ')}`}
          onClick={(event) =>
            setMenu(menu === undefined ? anchorBelow(event.currentTarget) : undefined)
          }
        >
          More ▾
        </button>
      )}
      {menu !== undefined && inMenu.length > 0 && (
        <PopupMenu
          anchor={menu}
          label="More views"
          testId="detail-tabs-menu"
          items={inMenu.map((t) => ({ action: t, label: labels[t], run: () => onChoose(t) }))}
          onClose={() => setMenu(undefined)}
        />
      )}
      {/* Every tab and the More button, laid out as on the row, to measure them. */}
      <div className="tab-list tab-measure" ref={measure} aria-hidden="true">
        {tabs.map((t) => (
          <button key={t} type="button" className="tab" tabIndex={-1}>
            {labels[t]}
          </button>
        ))}
        <button type="button" className="tab tab-more" tabIndex={-1}>
          More ▾
        </button>
      </div>
    </div>
  );
}
