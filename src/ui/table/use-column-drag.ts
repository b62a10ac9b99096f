/**
 * Moving a column by dragging its header onto another. Pointer events rather than HTML drag
 * and drop: the header is a button, and browsers do not start drags on buttons. A press
 * becomes a drag once the pointer has moved a few px (so a click still sorts); the header
 * under the pointer is the drop target; releasing there moves the column (`dropColumnOn`),
 * Esc cancels. The click that ends a drag is swallowed, so dropping never sorts.
 */
import { useState } from 'react';
import type { PointerEvent } from 'react';
import { dropColumnOn } from '../../state/table-layout-store';

/** Movement in px before a press on a header becomes a drag. */
const DRAG_THRESHOLD_PX = 5;

export interface ColumnDrag {
  /** Column being dragged, while a drag is on. */
  readonly dragged: string | undefined;
  /** Header under the pointer during a drag. */
  readonly dropTarget: string | undefined;
  readonly onPointerDown: (column: string, event: PointerEvent) => void;
}

function headerAt(x: number, y: number): string | undefined {
  const header = document.elementFromPoint(x, y)?.closest('[data-testid="column-header"]');
  return header?.getAttribute('data-column') ?? undefined;
}

function swallowNextClick(): void {
  const swallow = (event: MouseEvent) => {
    event.stopPropagation();
    event.preventDefault();
  };
  window.addEventListener('click', swallow, { capture: true, once: true });
  // If no click follows (released elsewhere), the trap must not catch a later one.
  setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
}

export function useColumnDrag(): ColumnDrag {
  const [dragged, setDragged] = useState<string | undefined>(undefined);
  const [dropTarget, setDropTarget] = useState<string | undefined>(undefined);

  const onPointerDown = (column: string, down: PointerEvent) => {
    if (down.button !== 0 || !down.isPrimary) return;
    // The resize handle and the menu button have their own gestures.
    if ((down.target as Element).closest('.et-resizer, .et-header-menu') !== null) return;
    const startX = down.clientX;
    let isDragging = false;
    let isCancelled = false;
    let target: string | undefined;

    const move = (event: globalThis.PointerEvent) => {
      if (isCancelled) return;
      if (!isDragging && Math.abs(event.clientX - startX) < DRAG_THRESHOLD_PX) return;
      if (!isDragging) {
        isDragging = true;
        setDragged(column);
      }
      target = headerAt(event.clientX, event.clientY);
      setDropTarget(target);
    };
    const cancelOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !isDragging) return;
      event.stopPropagation();
      isCancelled = true;
      setDragged(undefined);
      setDropTarget(undefined);
    };
    const end = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', end);
      window.removeEventListener('keydown', cancelOnEscape, true);
      setDragged(undefined);
      setDropTarget(undefined);
    };
    const up = () => {
      end();
      if (!isDragging) return;
      swallowNextClick();
      if (!isCancelled && target !== undefined && target !== column) dropColumnOn(column, target);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', end);
    window.addEventListener('keydown', cancelOnEscape, true);
  };

  return { dragged, dropTarget, onPointerDown };
}
