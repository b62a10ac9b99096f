/**
 * Header row of the event table: column labels and resize handles. Widths come from the
 * table's sizing state through CSS variables set on the grid (see `event-table.tsx`).
 */
import type { RefObject } from 'react';
import type { ReactTable } from '@tanstack/react-table';
import type { EventRow } from '../../protocol/messages';
import type { TableFeatureSet } from './columns';

interface TableHeaderProps {
  readonly table: ReactTable<TableFeatureSet, EventRow>;
  readonly scrollRef: RefObject<HTMLDivElement | null>;
}

export function TableHeader({ table, scrollRef }: TableHeaderProps) {
  return (
    <div className="et-header" role="rowgroup" ref={scrollRef}>
      {table.getHeaderGroups().map((group) => (
        <div key={group.id} className="et-row et-row--header" role="row" aria-rowindex={1}>
          {group.headers.map((header, i) => (
            <div
              key={header.id}
              className="et-cell et-cell--header"
              role="columnheader"
              aria-colindex={i + 1}
              style={{ width: `var(--col-${header.column.id})` }}
            >
              <span className="et-header-label">
                {header.isPlaceholder ? null : <table.FlexRender header={header} />}
              </span>
              {header.column.getCanResize() && (
                <span
                  className={`et-resizer${header.column.getIsResizing() ? ' is-resizing' : ''}`}
                  role="separator"
                  aria-orientation="vertical"
                  aria-label={`Resize column (double-click to reset)`}
                  onMouseDown={header.getResizeHandler()}
                  onTouchStart={header.getResizeHandler()}
                  onDoubleClick={() => header.column.resetSize()}
                />
              )}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
