/**
 * View state of the page: selection, theme and which panel is open. Holds ids and
 * descriptors only, never event rows.
 */
import { create } from 'zustand';

export type Theme = 'dark' | 'light';
export type SidePanel = 'detail' | 'problems';
export const DETAIL_TABS = [
  'fields',
  'processes',
  'lanes',
  'tree',
  'raw',
  'envelope',
  'record',
] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];

interface ViewState {
  /** Internal key of the selected event (see `EventRow.key`). */
  readonly selectedKey: number | undefined;
  /** Its event id, what a link names it by. */
  readonly selectedId: string | undefined;
  /** The detail pane's view of it (`fields`, `processes`, `tree`, `raw`, …). */
  readonly detailTab: DetailTab;
  readonly theme: Theme;
  readonly sidePanel: SidePanel;
  /** A request to scroll the table to a row (a link's selected event); `seq` tells repeats apart. */
  readonly reveal: { readonly rowIndex: number; readonly seq: number } | undefined;
}

function initialTheme(): Theme {
  if (typeof window === 'undefined') return 'dark';
  const stored = window.localStorage.getItem('theme');
  if (stored === 'light' || stored === 'dark') return stored;
  return window.matchMedia?.('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

export const useViewStore = create<ViewState>(() => ({
  selectedKey: undefined,
  selectedId: undefined,
  detailTab: 'fields',
  theme: initialTheme(),
  sidePanel: 'detail',
  reveal: undefined,
}));

/** Selects an event (a row of the table, or one a link names), or clears the selection. */
export function selectEvent(
  event: { readonly key: number; readonly eventId: string } | undefined,
): void {
  useViewStore.setState({
    selectedKey: event?.key,
    selectedId: event?.eventId,
    sidePanel: 'detail',
  });
}

/** Selects the event a link named, once found, leaving the panel as the link set it. */
export function restoreSelection(event: { readonly key: number; readonly eventId: string }): void {
  useViewStore.setState({ selectedKey: event.key, selectedId: event.eventId });
}

export function revealRow(rowIndex: number): void {
  useViewStore.setState((s) => ({ reveal: { rowIndex, seq: (s.reveal?.seq ?? 0) + 1 } }));
}

export function showDetailTab(detailTab: DetailTab): void {
  useViewStore.setState({ detailTab });
}

export function showPanel(sidePanel: SidePanel): void {
  useViewStore.setState({ sidePanel });
}

export function setTheme(theme: Theme): void {
  window.localStorage.setItem('theme', theme);
  useViewStore.setState({ theme });
}
