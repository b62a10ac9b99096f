/**
 * One row slot of the event table: an event row, or a light placeholder while the row's
 * data has not arrived. Both are the same component so that a slot keeps its DOM when its
 * content changes (see the keying in `event-table.tsx`). Rows sit at `top` inside the
 * scroll canvas, positioned with `transform`; pinned cells stick to the left edge. The first
 * cell starts with the row's validity mark (`row-mark.tsx`).
 *
 * A click selects the row and makes the clicked cell the active one (where the keyboard's
 * cell actions apply); a right-click opens the cell's action menu.
 */
import { memo } from 'react';
import type { MouseEvent } from 'react';
import { FlexRender } from '@tanstack/react-table';
import type { Row } from '@tanstack/react-table';
import type { EventRow } from '../../protocol/messages';
import type { TableFeatureSet } from './columns';
import type { ColumnSlot } from './column-slots';
import { slotClass, slotStyle } from './column-slots';
import { RowMark } from './row-mark';

interface GridRowProps {
  /** The event's table row, or undefined while its data is on the way. */
  readonly row: Row<TableFeatureSet, EventRow> | undefined;
  readonly rowIndex: number;
  readonly top: number;
  readonly isSelected: boolean;
  /** Starred by the analyst (a mark on the row's left edge). */
  readonly isStarred: boolean;
  readonly domId: string;
  readonly slots: readonly ColumnSlot[];
  /** The active cell's column, given to the selected row only (so other rows stay memoized). */
  readonly activeColumn: string | undefined;
  readonly onSelect: (row: EventRow, column: string | undefined) => void;
  readonly onCellMenu: (row: EventRow, column: string, event: MouseEvent) => void;
}

/** The column of the cell an event happened in. */
function columnOf(event: MouseEvent): string | undefined {
  const cell = (event.target as Element).closest('[data-column]');
  return cell?.getAttribute('data-column') ?? undefined;
}

export const GridRow = memo(function GridRow({
  row,
  rowIndex,
  top,
  isSelected,
  isStarred,
  domId,
  slots,
  activeColumn,
  onSelect,
  onCellMenu,
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
        {slots.map((slot) => (
          <div
            key={slot.id}
            className={`et-cell${slotClass(slot)}`}
            role="gridcell"
            style={slotStyle(slot)}
          >
            <span className="placeholder-bar" />
          </div>
        ))}
      </div>
    );
  }
  const data = row.original;
  const cells = row.getVisibleCells();
  return (
    <div
      id={domId}
      className={`et-row${isSelected ? ' is-selected' : ''}${isStarred ? ' is-starred' : ''}${data.ruleResult === 'unknown' ? ' is-rule-undecided' : ''}`}
      role="row"
      data-testid="event-row"
      data-event-id={data.eventId}
      data-starred={isStarred ? 'true' : undefined}
      data-rule-result={data.ruleResult}
      aria-selected={isSelected}
      aria-rowindex={rowIndex + 2}
      style={position}
      onClick={(event) => onSelect(data, columnOf(event))}
      onContextMenu={(event) => {
        const column = columnOf(event);
        if (column === undefined) return;
        event.preventDefault();
        onCellMenu(data, column, event);
      }}
    >
      {cells.map((cell, i) => {
        const id = cell.column.id;
        const slot = slots[i]?.id === id ? slots[i] : undefined;
        const isActive = activeColumn === id;
        return (
          <div
            key={id}
            className={`et-cell et-cell--${id.startsWith('@') ? 'field' : id}${slot === undefined ? '' : slotClass(slot)}${isActive ? ' is-active' : ''}`}
            data-column={id}
            role="gridcell"
            aria-colindex={i + 1}
            style={slotStyle(
              slot ?? { id, isPinned: false, isLastPinned: false, isFirst: i === 0 },
            )}
          >
            {i === 0 && <RowMark validity={data.validity} />}
            <FlexRender cell={cell} />
          </div>
        );
      })}
    </div>
  );
});
