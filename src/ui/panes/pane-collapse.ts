/**
 * Collapsing the side panel to its handle and restoring it, with the keyboard focus following:
 * the resizer's Enter collapses and focuses the handle, the handle restores and, when it had
 * the focus, hands it to the resizer, so Enter toggles back and forth. The state change is
 * flushed first so the element to focus is in the page.
 */
import { flushSync } from 'react-dom';
import { closeSidePanel, openSidePanel } from '../common/layout-store';

/** The resizer on the open panel's edge. */
export const PANE_RESIZER_ID = 'side-panel-resizer';
/** The handle a collapsed panel leaves. */
export const PANE_HANDLE_ID = 'side-panel-handle';

export function collapsePane(moveFocus: boolean): void {
  flushSync(closeSidePanel);
  if (moveFocus) document.getElementById(PANE_HANDLE_ID)?.focus();
}

export function restorePane(moveFocus: boolean): void {
  flushSync(() => openSidePanel());
  if (moveFocus) document.getElementById(PANE_RESIZER_ID)?.focus();
}
