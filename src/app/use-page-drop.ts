/**
 * Drag and drop of files and folders anywhere on the page. While files are dragged over
 * the window an overlay shows; a drop is walked (folders recursively) and opened. Drags
 * that carry no files (text, links) are left to the browser.
 */
import { useEffect } from 'react';
import { openFiles } from '../state/actions';
import { captureDrop } from '../ui/common/dropped-files';
import { setDragging, showNotice } from '../ui/common/layout-store';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function usePageDrop(): void {
  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed: count them.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event) || event.dataTransfer === null) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const collect = captureDrop(event.dataTransfer);
      // Not awaited: progress and errors arrive through the ingest store.
      void collect().then(
        (files) => {
          showNotice(files.length === 0 ? 'Nothing to open: the drop held no files.' : undefined);
          return openFiles(files);
        },
        (error: unknown) => showNotice(`The dropped items could not be read: ${String(error)}`),
      );
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
