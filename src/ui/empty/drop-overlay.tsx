/** Full-page hint shown while files are dragged over the window. */
import { useIsDragging } from '../common/layout-store';

export function DropOverlay() {
  const isDragging = useIsDragging();
  if (!isDragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-box">Drop files or folders to open them</div>
    </div>
  );
}
