/**
 * Data hook for the table's visible rows: asks the engine for `[start, start + count)` of the
 * current view when the range changes or the view does (new query, sort, data set, or more
 * events while loading: every view answer bumps `viewId`). The latest request wins; the
 * previous window stays on screen until the next one arrives.
 */
import { useEffect, useRef, useState } from 'react';
import type { RowWindow } from '../protocol/messages';
import { engine } from './engine';
import { useViewId } from './search-store';

export function useRowWindow(start: number, count: number): RowWindow | undefined {
  const viewId = useViewId();
  const [window, setWindow] = useState<RowWindow | undefined>(undefined);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (count <= 0 || viewId < 0) return;
    engine()
      .call('rows.window', start, count)
      .then((result) => {
        if (ticket === latest.current) setWindow(result);
      })
      .catch(() => {
        // A failed window keeps the previous rows; the engine reports its own errors.
      });
  }, [start, count, viewId]);

  return window;
}
