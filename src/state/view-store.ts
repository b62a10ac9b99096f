/**
 * View state of the page: selection, theme and which panel is open. Holds ids and
 * descriptors only, never event rows.
 */
import { create } from 'zustand';

export type Theme = 'dark' | 'light';
export type SidePanel = 'detail' | 'problems';

interface ViewState {
  /** Internal key of the selected event (see `EventRow.key`). */
  readonly selectedKey: number | undefined;
  readonly theme: Theme;
  readonly sidePanel: SidePanel;
}

function initialTheme(): Theme {
  if (typeof window === 'undefined') return 'dark';
  const stored = window.localStorage.getItem('theme');
  if (stored === 'light' || stored === 'dark') return stored;
  return window.matchMedia?.('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

export const useViewStore = create<ViewState>(() => ({
  selectedKey: undefined,
  theme: initialTheme(),
  sidePanel: 'detail',
}));

export function selectEvent(key: number | undefined): void {
  useViewStore.setState({ selectedKey: key, sidePanel: 'detail' });
}

export function showPanel(sidePanel: SidePanel): void {
  useViewStore.setState({ sidePanel });
}

export function setTheme(theme: Theme): void {
  window.localStorage.setItem('theme', theme);
  useViewStore.setState({ theme });
}
