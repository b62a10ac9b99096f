/**
 * Selection by row position for the keyboard: the view store selects events by key, but
 * j/k and PageDown move by row index. This hook remembers the index of the last selected
 * row, scrolls a target row into view and selects it as soon as its data is in the window
 * (a jump to a far row first scrolls, then selects when the window arrives).
 */
import { useCallback, useEffect, useRef } from 'react';
import type { EventRow, RowWindow } from '../../protocol/messages';
import { selectEvent } from '../../state/view-store';

export interface KeyboardSelection {
  /** Selected row index: from the window when the selected row is in it, else the last one known. */
  readonly selectedIndex: () => number | undefined;
  /** Selects the row at `index` (now, or when its data arrives). */
  readonly selectIndex: (index: number) => void;
  /** Records that the row at `index` was selected some other way (a click). */
  readonly noteSelected: (index: number) => void;
}

function rowAt(window: RowWindow | undefined, index: number): EventRow | undefined {
  if (window === undefined) return undefined;
  const row = window.rows[index - window.rowOffset];
  return row !== undefined && row.rowIndex === index ? row : undefined;
}

export function useKeyboardSelection(
  rowWindow: RowWindow | undefined,
  selectedKey: number | undefined,
  reveal: (index: number) => void,
): KeyboardSelection {
  const cursor = useRef<number | undefined>(undefined);
  const pending = useRef<number | undefined>(undefined);

  // A far jump waits for its row: select it once the window holds it.
  useEffect(() => {
    const index = pending.current;
    if (index === undefined) return;
    const row = rowAt(rowWindow, index);
    if (row === undefined) return;
    pending.current = undefined;
    selectEvent(row);
  }, [rowWindow]);

  // Selection cleared elsewhere (a new data set): forget the position too.
  useEffect(() => {
    if (selectedKey === undefined && pending.current === undefined) cursor.current = undefined;
  }, [selectedKey]);

  const selectedIndex = useCallback((): number | undefined => {
    if (pending.current !== undefined) return pending.current;
    if (selectedKey === undefined) return undefined;
    const found = rowWindow?.rows.find((row) => row.key === selectedKey);
    return found?.rowIndex ?? cursor.current;
  }, [rowWindow, selectedKey]);

  const selectIndex = useCallback(
    (index: number) => {
      cursor.current = index;
      reveal(index);
      const row = rowAt(rowWindow, index);
      if (row === undefined) {
        pending.current = index;
      } else {
        pending.current = undefined;
        selectEvent(row);
      }
    },
    [rowWindow, reveal],
  );

  const noteSelected = useCallback((index: number) => {
    cursor.current = index;
    pending.current = undefined;
  }, []);

  return { selectedIndex, selectIndex, noteSelected };
}
