/** A dismissible page-level message (for example, a drop that could not be read). */
import { visibleText } from '../../lib/visible-text';
import { showNotice, useNotice } from './layout-store';

export function PageNotice() {
  const notice = useNotice();
  if (notice === undefined) return null;
  return (
    <div className="notice notice--warn page-notice" role="alert">
      <span>{visibleText(notice, 500).text}</span>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        onClick={() => showNotice(undefined)}
      >
        ×
      </button>
    </div>
  );
}
