/**
 * The highlighted option of a suggestion list, moved with ArrowUp / ArrowDown (wrapping).
 * Nothing is highlighted at first, so Enter still submits what was typed; the highlight is
 * dropped whenever `resetKey` (what the list was made for) changes.
 */
import { useState } from 'react';

export interface ListCursor {
  /** Index of the highlighted option, -1 for none. */
  readonly active: number;
  move(delta: 1 | -1): void;
  set(index: number): void;
}

export function useListCursor(count: number, resetKey: string): ListCursor {
  const [state, setState] = useState({ key: resetKey, active: -1 });
  const active = state.key === resetKey && state.active < count ? state.active : -1;
  return {
    active,
    move(delta) {
      if (count === 0) return;
      const next = active < 0 ? (delta > 0 ? 0 : count - 1) : (active + delta + count) % count;
      setState({ key: resetKey, active: next });
    },
    set(index) {
      setState({ key: resetKey, active: index });
    },
  };
}
