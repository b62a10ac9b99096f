/**
 * Keyboard map of the event table (the grid has focus): j/k and the arrow keys move the
 * selection, Home/End and PageUp/PageDown jump, Enter opens the event pane, Esc closes it,
 * ArrowLeft/ArrowRight scroll sideways. The selected row has an active cell: h/l move it
 * between columns, f filters the view to its value, Shift+F filters its value out, and m
 * (or the Menu key, or Shift+F10) opens its action menu; s stars or unstars the selected
 * event. Handled keys do not reach the browser.
 */
import type { KeyboardEvent } from 'react';

export interface TableKeyActions {
  readonly totalRows: number;
  /** Rows that fit in the viewport, for PageUp/PageDown. */
  readonly pageRows: number;
  /** Index of the selected row, if known; read when a key is pressed. */
  readonly selectedIndex: () => number | undefined;
  /** First row fully in view, where keyboard selection starts when nothing is selected. */
  readonly firstVisibleIndex: () => number;
  readonly selectIndex: (index: number) => void;
  readonly openDetail: () => void;
  readonly closeDetail: () => void;
  readonly scrollSideways: (dx: number) => void;
  /** Moves the active cell one column left (-1) or right (+1). */
  readonly moveActiveColumn: (step: -1 | 1) => void;
  /** Filters the view to (or, with `exclude`, without) the active cell's value. */
  readonly filterActiveCell: (exclude: boolean) => void;
  readonly openCellMenu: () => void;
  /** Stars the selected event, or takes its star away. */
  readonly toggleStar: () => void;
}

const SIDE_STEP_PX = 80;

export function handleTableKey(event: KeyboardEvent<HTMLElement>, a: TableKeyActions): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const current = a.selectedIndex();
  const from = current ?? a.firstVisibleIndex() - 1;
  let next: number | undefined;
  switch (event.key) {
    case 'j':
    case 'ArrowDown':
      next = from + 1;
      break;
    case 'k':
    case 'ArrowUp':
      next = current === undefined ? a.firstVisibleIndex() : current - 1;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = a.totalRows - 1;
      break;
    case 'PageDown':
      next = from + a.pageRows;
      break;
    case 'PageUp':
      next = (current ?? a.firstVisibleIndex()) - a.pageRows;
      break;
    case 'Enter':
      if (current === undefined) return;
      a.openDetail();
      event.preventDefault();
      return;
    case 'Escape':
      a.closeDetail();
      event.preventDefault();
      return;
    case 'ArrowLeft':
      a.scrollSideways(-SIDE_STEP_PX);
      event.preventDefault();
      return;
    case 'ArrowRight':
      a.scrollSideways(SIDE_STEP_PX);
      event.preventDefault();
      return;
    case 'h':
    case 'l':
      a.moveActiveColumn(event.key === 'h' ? -1 : 1);
      event.preventDefault();
      return;
    case 'f':
    case 'F':
      if (current === undefined) return;
      a.filterActiveCell(event.key === 'F');
      event.preventDefault();
      return;
    case 's':
      if (current === undefined) return;
      a.toggleStar();
      event.preventDefault();
      return;
    case 'F10':
    case 'm':
    case 'ContextMenu':
      if (current === undefined || (event.key === 'F10' && !event.shiftKey)) return;
      a.openCellMenu();
      event.preventDefault();
      return;
    default:
      return;
  }
  event.preventDefault();
  if (a.totalRows <= 0) return;
  a.selectIndex(Math.min(a.totalRows - 1, Math.max(0, next)));
}
