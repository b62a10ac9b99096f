/**
 * Data hook for the table's visible rows: asks the engine for `[start, start + count)`
 * when the range changes, when a new data set opens, when loading ends (the view order
 * becomes time order then) and, while loading, only as long as the window is not yet full.
 * Loading appends rows, so a full window cannot change until then. The latest request
 * wins; the previous window stays on screen until the next one arrives.
 */
import { useEffect, useRef, useState } from 'react';
import type { RowWindow } from '../protocol/messages';
import { engine } from './engine';
import { useIngestStore } from './ingest-store';

function isFull(window: RowWindow | undefined, start: number, count: number): boolean {
  return window !== undefined && window.rowOffset === start && window.rows.length >= count;
}

export function useRowWindow(start: number, count: number): RowWindow | undefined {
  const datasetId = useIngestStore((s) => s.progress.datasetId);
  const state = useIngestStore((s) => s.progress.state);
  const [window, setWindow] = useState<RowWindow | undefined>(undefined);
  // While the window is not full, every progress tick may bring its missing rows.
  const growth = useIngestStore((s) =>
    isFull(window, start, count) && window?.datasetId === s.progress.datasetId
      ? -1
      : s.progress.counts.events,
  );
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
  }, [start, count, datasetId, state, growth]);

  return window;
}
