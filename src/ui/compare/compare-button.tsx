/**
 * "Compare with a baseline…" above the event table, once a data set is open: picks files (`open-baseline`) to open as
 * the baseline the open data set is compared with. Files dropped on it open as the baseline
 * too, instead of replacing the open data set as a drop elsewhere on the page does.
 */
import type { DragEvent } from 'react';
import { openBaseline } from '../../state/compare-actions';
import { useIngestStore } from '../../state/ingest-store';
import { captureDrop } from '../common/dropped-files';
import { setDragging, showNotice } from '../common/layout-store';
import { pickBaseline } from '../common/file-pickers';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

function onDrop(event: DragEvent<HTMLButtonElement>): void {
  if (!carriesFiles(event)) return;
  // Not the page's drop: that one would open the files in place of the open data set.
  event.preventDefault();
  event.stopPropagation();
  setDragging(false);
  // Not awaited: progress and errors arrive through the compare store.
  void captureDrop(event.dataTransfer)().then(
    (files) => {
      showNotice(
        files.length === 0 ? 'Nothing to compare with: the drop held no files.' : undefined,
      );
      return openBaseline(files);
    },
    (error: unknown) => showNotice(`The dropped items could not be read: ${String(error)}`),
  );
}

export function CompareButton() {
  const hasData = useIngestStore((s) => s.progress.state !== 'idle');
  if (!hasData) return null;
  return (
    <button
      type="button"
      className="button button--small"
      title="Compare with a baseline: open (or drop here) files of a normal day to see what is new"
      onClick={pickBaseline}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={onDrop}
    >
      Compare with a baseline…
    </button>
  );
}
