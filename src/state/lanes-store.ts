/**
 * The process lanes' view state, which a link carries: the zoom window the analyst chose in
 * the lanes (undefined: the lanes show the view's time range, else all of their span), the
 * pinned lanes (process identity keys of the tasks, see `Lane.key`) and the full-width lanes
 * in place of the table (the view's processes, or one process's family), if open.
 *
 * The lanes and the timeline share one time range: choosing a range on the timeline (the
 * view's `range`) drops the lanes' own window, so the lanes show that range; the lanes can
 * hand their window to the timeline (`narrowViewToWindow`).
 */
import { create } from 'zustand';
import type { FullWidthScope, TimeRange } from '../protocol/messages';
import { engine } from './engine';
import { setTimeRange, useSearchStore } from './search-store';
import { revealRow, selectEvent } from './view-store';

interface LanesState {
  readonly window: TimeRange | undefined;
  readonly pinned: readonly string[];
  readonly fullWidth: FullWidthScope | undefined;
  /** Lanes whose subtree is folded away (lane keys); not part of a link. */
  readonly collapsed: readonly string[];
}

export const useLanesStore = create<LanesState>(() => ({
  window: undefined,
  pinned: [],
  fullWidth: undefined,
  collapsed: [],
}));

function toggled(list: readonly string[], key: string): readonly string[] {
  return list.includes(key) ? list.filter((k) => k !== key) : [...list, key];
}

export function setLanesWindow(window: TimeRange | undefined): void {
  useLanesStore.setState({ window });
}

/** Pins the lane of `key` to the top, or unpins it. */
export function togglePinnedLane(key: string): void {
  useLanesStore.setState((s) => ({ pinned: toggled(s.pinned, key) }));
}

/** Folds the subtree below the lane of `key` away, or unfolds it. */
export function toggleCollapsedLane(key: string): void {
  useLanesStore.setState((s) => ({ collapsed: toggled(s.collapsed, key) }));
}

/** Shows the lanes of `scope` in place of the table; undefined goes back to the table. */
export function showFullWidthLanes(scope: FullWidthScope | undefined): void {
  useLanesStore.setState({ fullWidth: scope });
}

/** Replaces the lanes state a link carries (a link being restored). */
export function replaceLanes(state: Pick<LanesState, 'window' | 'pinned' | 'fullWidth'>): void {
  useLanesStore.setState(state);
}

/**
 * Selects an event from its mark; the table scrolls to its row when the view shows it (as a
 * link's selection does).
 */
export async function selectLaneEvent(key: number, eventId: string): Promise<void> {
  selectEvent({ key, eventId });
  const location = await engine().call('event.locate', eventId);
  if (location !== undefined && location.rowIndex >= 0) revealRow(location.rowIndex);
}

/** Narrows the view (table, timeline) to the lanes' window, which then follows the range. */
export function narrowViewToWindow(window: TimeRange): void {
  setTimeRange({ fromMs: Math.floor(window.fromMs), toMs: Math.ceil(window.toMs) });
}

// A range chosen on the timeline (or its chip taken away) is what the lanes show next.
useSearchStore.subscribe((s, prev) => {
  if (s.spec.range !== prev.spec.range && useLanesStore.getState().window !== undefined) {
    setLanesWindow(undefined);
  }
});
