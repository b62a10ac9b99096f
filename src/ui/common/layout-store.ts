/**
 * Page layout state that is not part of a view: whether the side panel is open (rather than
 * collapsed to its handle), whether the keyboard-shortcuts overlay shows, whether files are
 * being dragged over the page, and a page-level notice.
 * Which panel the side panel shows (event or problems) is view state and lives in the
 * view store; the panel's width lives in `state/pane-width-store.ts`.
 */
import { create } from 'zustand';
import { showPanel, useViewStore } from '../../state/view-store';
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

/**
 * What the side panel takes on the page: nothing while it has nothing to show (no event
 * selected and the problems list not asked for), else the panel, or its handle when collapsed.
 */
export type SidePanelState = 'none' | 'open' | 'collapsed';

export function useSidePanelState(): SidePanelState {
  const hasContent = useViewStore((s) => s.sidePanel === 'problems' || s.selectedKey !== undefined);
  const isOpen = useLayoutStore((s) => s.isSidePanelOpen);
  if (!hasContent) return 'none';
  return isOpen ? 'open' : 'collapsed';
}

export const useIsHelpOpen = () => useLayoutStore((s) => s.isHelpOpen);
export const useIsDragging = () => useLayoutStore((s) => s.isDragging);
export const useNotice = () => useLayoutStore((s) => s.notice);
