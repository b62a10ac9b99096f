/**
 * The active cell of the selected row and the actions on a cell's value. A click on a cell
 * makes its column the active one, h/l move it; f / Shift+F filter on its value and m opens
 * its menu (see `table-keys.ts`); a right-click opens the menu of the cell under the pointer.
 * The menu itself is `FieldMenu`; this hook says which value it acts on and where it opens.
 */
import { useCallback, useState } from 'react';
import type { MouseEvent, ReactNode, RefObject } from 'react';
import type { EventRow } from '../../protocol/messages';
import { filterBy } from '../../state/search-store';
import { cellTarget } from './cell-value';
import { FieldMenu } from './field-menu';
import type { FieldTarget } from './field-menu';
import { anchorBelow } from './popup-menu';
import type { MenuAnchor } from './popup-menu';

interface OpenCellMenu {
  readonly target: FieldTarget;
  readonly anchor: MenuAnchor;
}

export interface CellActions {
  /** Column of the active cell (in the selected row). */
  readonly activeColumn: string | undefined;
  readonly setActiveColumn: (column: string) => void;
  readonly moveActiveColumn: (step: -1 | 1) => void;
  readonly filterActiveCell: (exclude: boolean) => void;
  /** Opens the menu of the active cell of the selected row, under that cell. */
  readonly openActiveCellMenu: () => void;
  /** Opens the menu of a cell at the pointer (a right-click). */
  readonly openCellMenu: (row: EventRow, column: string, event: MouseEvent) => void;
  /** The open menu, to render. */
  readonly menu: ReactNode;
}

function fieldTarget(row: EventRow, column: string): FieldTarget {
  const { field, value, canFilter } = cellTarget(row, column);
  return { field, value, canFilter, afterColumn: column };
}

/** The cell of `column` in the row element with id `rowDomId`. */
function cellElement(rowDomId: string | undefined, column: string): HTMLElement | null {
  if (rowDomId === undefined) return null;
  return (
    document
      .getElementById(rowDomId)
      ?.querySelector<HTMLElement>(`[data-column="${CSS.escape(column)}"]`) ?? null
  );
}

/** Scrolls the grid sideways so the cell is in view, clear of the pinned columns. */
function revealCell(cell: HTMLElement, scroller: HTMLElement | null): void {
  if (scroller === null || cell.classList.contains('is-pinned')) return;
  const pinned = [...(cell.parentElement?.querySelectorAll<HTMLElement>('.is-pinned') ?? [])];
  const pinnedWidth = pinned.reduce((sum, el) => sum + el.offsetWidth, 0);
  const left = cell.offsetLeft - pinnedWidth;
  const right = cell.offsetLeft + cell.offsetWidth - scroller.clientWidth;
  if (left < scroller.scrollLeft) scroller.scrollLeft = left;
  else if (right > scroller.scrollLeft) scroller.scrollLeft = Math.min(left, right);
}

export function useCellActions(
  visibleColumns: readonly string[],
  selectedRow: EventRow | undefined,
  selectedDomId: string | undefined,
  scrollRef: RefObject<HTMLDivElement | null>,
): CellActions {
  const [chosen, setActiveColumn] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<OpenCellMenu | undefined>(undefined);
  // A hidden or removed column hands the active cell to the first visible one.
  const activeColumn =
    chosen !== undefined && visibleColumns.includes(chosen) ? chosen : visibleColumns[0];
  const close = useCallback(() => setOpen(undefined), []);

  const moveActiveColumn = (step: -1 | 1) => {
    const at = activeColumn === undefined ? -1 : visibleColumns.indexOf(activeColumn);
    const next = visibleColumns[Math.max(0, Math.min(visibleColumns.length - 1, at + step))];
    if (next === undefined) return;
    setActiveColumn(next);
    const cell = cellElement(selectedDomId, next);
    if (cell !== null) revealCell(cell, scrollRef.current);
  };

  const filterActiveCell = (exclude: boolean) => {
    if (selectedRow === undefined || activeColumn === undefined) return;
    const target = cellTarget(selectedRow, activeColumn);
    if (target.canFilter && target.field !== undefined) {
      filterBy(target.field, target.value, exclude);
    }
  };

  const openActiveCellMenu = () => {
    if (selectedRow === undefined || activeColumn === undefined) return;
    const cell = cellElement(selectedDomId, activeColumn);
    const anchor = cell === null ? { x: 80, y: 80 } : anchorBelow(cell);
    // The cell is no control that toggles the menu: a press on it closes the menu.
    setOpen({
      target: fieldTarget(selectedRow, activeColumn),
      anchor: { x: anchor.x, y: anchor.y },
    });
  };

  const openCellMenu = useCallback((row: EventRow, column: string, event: MouseEvent) => {
    setActiveColumn(column);
    setOpen({ target: fieldTarget(row, column), anchor: { x: event.clientX, y: event.clientY } });
  }, []);

  const menu =
    open === undefined ? null : (
      <FieldMenu target={open.target} anchor={open.anchor} onClose={close} />
    );

  return {
    activeColumn,
    setActiveColumn,
    moveActiveColumn,
    filterActiveCell,
    openActiveCellMenu,
    openCellMenu,
    menu,
  };
}
