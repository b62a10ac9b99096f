/**
 * The process lanes' view state, which a link carries: the zoom window the analyst chose in
 * the lanes (undefined: the lanes show the view's time range, else all of their span) and the
 * pinned lanes (process identity keys of the tasks, see `Lane.key`).
 *
 * The lanes and the timeline share one time range: choosing a range on the timeline (the
 * view's `range`) drops the lanes' own window, so the lanes show that range; the lanes can
 * hand their window to the timeline (`narrowViewToWindow`).
 */
import { create } from 'zustand';
import type { TimeRange } from '../protocol/messages';
import { setTimeRange, useSearchStore } from './search-store';

interface LanesState {
  readonly window: TimeRange | undefined;
  readonly pinned: readonly string[];
}

export const useLanesStore = create<LanesState>(() => ({ window: undefined, pinned: [] }));

export function setLanesWindow(window: TimeRange | undefined): void {
  useLanesStore.setState({ window });
}

/** Pins the lane of `key` to the top, or unpins it. */
export function togglePinnedLane(key: string): void {
  useLanesStore.setState((s) => ({
    pinned: s.pinned.includes(key) ? s.pinned.filter((k) => k !== key) : [...s.pinned, key],
  }));
}

/** Replaces the whole lanes state (a link being restored). */
export function replaceLanes(state: LanesState): void {
  useLanesStore.setState(state, true);
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
