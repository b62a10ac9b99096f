/**
 * The event panel's width as the analyst set it (dragging or the keyboard on its resizer),
 * kept in browser storage so a reload keeps it, as the table's layout is kept. Undefined means
 * the default width, which follows the window (see `.side-panel` in `layout.css`).
 *
 * Whether the panel is open is view state (it is in the link); only the width lives here.
 */
import { create } from 'zustand';
import { browserStorage } from '../share/browser-storage';
import { readStored, writeStored } from '../share/local-store';
import { readPaneWidth } from './pane-width';

const STORAGE_KEY = 'pane-width';
/** A drag changes the width on every pointer move: store it once the hand rests. */
const SAVE_DELAY_MS = 300;

interface PaneWidthState {
  /** Width in CSS px, or undefined for the default width. */
  readonly width: number | undefined;
}

function load(): number | undefined {
  return typeof window === 'undefined'
    ? undefined
    : readPaneWidth(readStored(browserStorage(), STORAGE_KEY));
}

export const usePaneWidthStore = create<PaneWidthState>(() => ({ width: load() }));

let saveTimer: ReturnType<typeof setTimeout> | undefined;

function save(): void {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  // A refused write (storage full or disabled) only loses the width on reload.
  writeStored(browserStorage(), STORAGE_KEY, usePaneWidthStore.getState().width ?? null);
}

usePaneWidthStore.subscribe(() => {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, SAVE_DELAY_MS);
});
// A change made just before the page goes away is saved at once.
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => {
    if (saveTimer !== undefined) save();
  });
}

/** Sets the panel's width (already within bounds, see `clampPaneWidth`). */
export function setPaneWidth(width: number): void {
  usePaneWidthStore.setState({ width });
}

/** Back to the default width, which follows the window. */
export function resetPaneWidth(): void {
  usePaneWidthStore.setState({ width: undefined });
}

export const usePaneWidth = () => usePaneWidthStore((s) => s.width);
