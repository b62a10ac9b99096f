/**
 * Keys of a tab list, as the WAI-ARIA tabs pattern has them (automatic activation): Left and
 * Right choose the previous or next tab (wrapping), Home and End the first or last, and the
 * focus follows the chosen tab. Only the chosen tab is in the Tab order (`tabIndexOf`), so
 * Tab moves past the list in one step.
 */
import type { KeyboardEvent } from 'react';

/** The tab `key` would choose among `tabs` from `chosen`, or undefined for other keys. */
export function tabForKey<T>(tabs: readonly T[], chosen: T, key: string): T | undefined {
  const at = Math.max(0, tabs.indexOf(chosen));
  const n = tabs.length;
  if (n === 0) return undefined;
  if (key === 'ArrowRight') return tabs[(at + 1) % n];
  if (key === 'ArrowLeft') return tabs[(at - 1 + n) % n];
  if (key === 'Home') return tabs[0];
  if (key === 'End') return tabs[n - 1];
  return undefined;
}

/** A tab list's keydown handler: chooses the tab and focuses it once rendered (by id). */
export function onTabListKeyDown<T>(
  event: KeyboardEvent,
  tabs: readonly T[],
  chosen: T,
  choose: (tab: T) => void,
  idOf: (tab: T) => string,
): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const next = tabForKey(tabs, chosen, event.key);
  if (next === undefined) return;
  event.preventDefault();
  choose(next);
  requestAnimationFrame(() => document.getElementById(idOf(next))?.focus());
}

/** Roving tab index: the chosen tab is the list's one Tab stop. */
export function tabIndexOf(isChosen: boolean): number {
  return isChosen ? 0 : -1;
}
