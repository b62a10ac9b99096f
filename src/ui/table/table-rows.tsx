/**
 * One row slot of the event table: an event row, or a light placeholder while the row's
 * data has not arrived. Both are the same component so that a slot keeps its DOM when its
 * content changes (see the keying in `event-table.tsx`). Rows sit at `top` inside the
 * scroll canvas, positioned with `transform`.
 */
import { memo } from 'react';
import { FlexRender } from '@tanstack/react-table';
import type { Row } from '@tanstack/react-table';
import type { EventRow } from '../../protocol/messages';
import type { TableFeatureSet } from './columns';

interface GridRowProps {
  /** The event's table row, or undefined while its data is on the way. */
  readonly row: Row<TableFeatureSet, EventRow> | undefined;
  readonly rowIndex: number;
  readonly top: number;
  readonly isSelected: boolean;
  readonly domId: string;
  readonly columnIds: readonly string[];
  readonly onSelect: (row: EventRow) => void;
}

export const GridRow = memo(function GridRow({
  row,
  rowIndex,
  top,
  isSelected,
  domId,
  columnIds,
  onSelect,
}: GridRowProps) {
  const position = { transform: `translateY(${top}px)` };
  if (row === undefined) {
    return (
      <div
        className="et-row et-row--placeholder"
        role="row"
        aria-rowindex={rowIndex + 2}
        aria-busy="true"
        style={position}
      >
        {columnIds.map((id) => (
          <div key={id} className="et-cell" role="gridcell" style={{ width: `var(--col-${id})` }}>
            <span className="placeholder-bar" />
          </div>
        ))}
      </div>
    );
  }
  const data = row.original;
  return (
    <div
      id={domId}
      className={`et-row${isSelected ? ' is-selected' : ''}`}
      role="row"
      data-testid="event-row"
      data-event-id={data.eventId}
      aria-selected={isSelected}
      aria-rowindex={rowIndex + 2}
      style={position}
      onClick={() => onSelect(data)}
    >
      {row.getVisibleCells().map((cell, i) => (
        <div
          key={cell.column.id}
          className={`et-cell et-cell--${cell.column.id}`}
          data-column={cell.column.id}
          role="gridcell"
          aria-colindex={i + 1}
          style={{ width: `var(--col-${cell.column.id})` }}
        >
          <FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
});
