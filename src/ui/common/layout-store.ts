/**
 * Page layout state that is not part of a view: whether the side panel is open, whether
 * the keyboard-shortcuts overlay shows, whether files are being dragged over the page, and
 * a page-level notice.
 * Which panel the side panel shows (event or problems) is view state and lives in the
 * view store.
 */
import { create } from 'zustand';
import { showPanel } from '../../state/view-store';
import type { SidePanel } from '../../state/view-store';

interface LayoutState {
  readonly isSidePanelOpen: boolean;
  readonly isHelpOpen: boolean;
  readonly isDragging: boolean;
  /** A page-level message about something the user did (a drop that could not be read). */
  readonly notice: string | undefined;
}

export const useLayoutStore = create<LayoutState>(() => ({
  isSidePanelOpen: true,
  isHelpOpen: false,
  isDragging: false,
  notice: undefined,
}));

/** Opens the side panel, optionally switching it to `panel`. */
export function openSidePanel(panel?: SidePanel): void {
  if (panel !== undefined) showPanel(panel);
  useLayoutStore.setState({ isSidePanelOpen: true });
}

export function closeSidePanel(): void {
  useLayoutStore.setState({ isSidePanelOpen: false });
}

export function setHelpOpen(isHelpOpen: boolean): void {
  useLayoutStore.setState({ isHelpOpen });
}

export function setDragging(isDragging: boolean): void {
  useLayoutStore.setState({ isDragging });
}

export function showNotice(notice: string | undefined): void {
  useLayoutStore.setState({ notice });
}

export const useIsSidePanelOpen = () => useLayoutStore((s) => s.isSidePanelOpen);
export const useIsHelpOpen = () => useLayoutStore((s) => s.isHelpOpen);
export const useIsDragging = () => useLayoutStore((s) => s.isDragging);
export const useNotice = () => useLayoutStore((s) => s.notice);
