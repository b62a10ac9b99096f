/**
 * Header row of the event table. Each header is a sort button (click, Enter or Space sorts
 * by the column, again turns the order around; `aria-sort` tells which way), a ⋮ button for
 * the column menu and a resize handle. Dragging a header onto another moves it there.
 * Widths and pinned offsets come from CSS variables set on the grid (see `column-slots.ts`).
 */
import { useCallback, useState } from 'react';
import type { Header, ReactTable } from '@tanstack/react-table';
import type { EventRow, SortSpec } from '../../protocol/messages';
import { visibleText, visibleTitle } from '../../lib/visible-text';
import { useIngestStore } from '../../state/ingest-store';
import { setSort } from '../../state/search-store';
import { schemaFieldInfo } from '../common/field-catalog';
import type { TableFeatureSet } from './columns';
import { columnLabel } from './column-labels';
import { ColumnHeaderMenu } from './column-header-menu';
import type { ColumnSlot } from './column-slots';
import { slotClass, slotStyle } from './column-slots';
import { BUILT_IN_ENTRIES } from './column-catalog';
import { anchorBelow } from './popup-menu';
import type { MenuAnchor } from './popup-menu';
import { ariaSort, nextSort } from './sort-order';
import { useColumnDrag } from './use-column-drag';

interface TableHeaderProps {
  readonly table: ReactTable<TableFeatureSet, EventRow>;
  readonly slots: readonly ColumnSlot[];
  readonly sort: SortSpec;
}

const NO_FIELDS: readonly string[] = [];

function columnDescription(id: string): string | undefined {
  return BUILT_IN_ENTRIES.find((e) => e.id === id)?.description ?? schemaFieldInfo(id)?.description;
}

interface OpenMenu {
  readonly column: string;
  readonly canHide: boolean;
  readonly anchor: MenuAnchor;
}

export function TableHeader({ table, slots, sort }: TableHeaderProps) {
  const indexing = useIngestStore((s) => s.progress.indexing?.fields ?? NO_FIELDS);
  const [menu, setMenu] = useState<OpenMenu | undefined>(undefined);
  const drag = useColumnDrag();
  const closeMenu = useCallback(() => setMenu(undefined), []);

  const slotById = new Map(slots.map((s) => [s.id, s]));

  const renderHeader = (header: Header<TableFeatureSet, EventRow, unknown>, index: number) => {
    const id = header.column.id;
    const slot = slotById.get(id) ?? {
      id,
      isPinned: false,
      isLastPinned: false,
      isFirst: index === 0,
    };
    const label = columnLabel(id);
    const description = columnDescription(id);
    const direction = ariaSort(sort, id);
    const isIndexing = indexing.includes(id);
    const classes = [
      'et-cell et-cell--header',
      slotClass(slot),
      drag.dragged === id ? ' is-dragged' : '',
      drag.dropTarget === id && drag.dragged !== id ? ' is-drop-target' : '',
    ].join('');
    return (
      <div
        key={header.id}
        className={classes}
        role="columnheader"
        aria-colindex={index + 1}
        aria-sort={direction === 'none' ? undefined : direction}
        data-testid="column-header"
        data-column={id}
        style={slotStyle(slot)}
        onPointerDown={(event) => drag.onPointerDown(id, event)}
      >
        <button
          type="button"
          className="et-sort"
          data-testid="column-sort"
          title={`Sort by ${visibleTitle(label, 200)}${description === undefined ? '' : ` — ${description}`}. Drag to move the column.`}
          onClick={() => setSort(nextSort(sort, id))}
        >
          <span className="et-header-label">{visibleText(label, 120).text}</span>
          {direction !== 'none' && (
            <span className="et-sort-mark" aria-hidden="true">
              {direction === 'ascending' ? '▲' : '▼'}
            </span>
          )}
          {isIndexing && (
            <span className="et-indexing" title="Reading this field from the events">
              indexing…
            </span>
          )}
        </button>
        <button
          type="button"
          className="et-header-menu"
          data-testid="column-menu-button"
          aria-haspopup="menu"
          aria-expanded={menu?.column === id}
          aria-label={`Column options: ${visibleTitle(label, 120)}`}
          title="Column options"
          onClick={(event) =>
            setMenu(
              menu?.column === id
                ? undefined
                : {
                    column: id,
                    canHide: header.column.getCanHide(),
                    anchor: anchorBelow(event.currentTarget),
                  },
            )
          }
        >
          ⋮
        </button>
        {header.column.getCanResize() && (
          <span
            className={`et-resizer${header.column.getIsResizing() ? ' is-resizing' : ''}`}
            role="separator"
            aria-orientation="vertical"
            aria-label="Resize column (double-click to reset)"
            onMouseDown={header.getResizeHandler()}
            onTouchStart={header.getResizeHandler()}
            onDoubleClick={() => header.column.resetSize()}
          />
        )}
      </div>
    );
  };

  return (
    <div className="et-header" role="rowgroup">
      {table.getHeaderGroups().map((group) => (
        <div key={group.id} className="et-row et-row--header" role="row" aria-rowindex={1}>
          {group.headers.map(renderHeader)}
        </div>
      ))}
      {menu !== undefined && (
        <ColumnHeaderMenu
          column={menu.column}
          canHide={menu.canHide}
          sort={sort}
          anchor={menu.anchor}
          onClose={closeMenu}
        />
      )}
    </div>
  );
}
