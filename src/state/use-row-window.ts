/**
 * Data hook for the table's visible rows: asks the engine for `[start, start + count)`
 * whenever the range or the data changes. The latest request wins; the previous window
 * stays on screen until the next one arrives, so scrolling never flashes empty rows.
 */
import { useEffect, useRef, useState } from 'react';
import type { RowWindow } from '../protocol/messages';
import { engine } from './engine';
import { useIngestStore } from './ingest-store';

export function useRowWindow(start: number, count: number): RowWindow | undefined {
  const revision = useIngestStore((s) => s.revision);
  const [window, setWindow] = useState<RowWindow | undefined>(undefined);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (count <= 0) return;
    engine()
      .call('rows.window', start, count)
      .then((result) => {
        if (ticket === latest.current) setWindow(result);
      })
      .catch(() => {
        // A failed window keeps the previous rows; the engine reports its own errors.
      });
  }, [start, count, revision]);

  return window;
}
