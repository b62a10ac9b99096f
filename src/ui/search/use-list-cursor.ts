/**
 * The highlighted option of a suggestion list, moved with ArrowUp / ArrowDown (wrapping).
 * At first `initial` is highlighted (-1, nothing: Enter still submits what was typed; 0, the
 * first option, where what was typed is only a prefix of what is wanted); the highlight goes
 * back to it whenever `resetKey` (what the list was made for) changes.
 */
import { useState } from 'react';

export interface ListCursor {
  /** Index of the highlighted option, -1 for none. */
  readonly active: number;
  move(delta: 1 | -1): void;
  set(index: number): void;
}

export function useListCursor(count: number, resetKey: string, initial = -1): ListCursor {
  const [state, setState] = useState({ key: resetKey, active: -1 });
  const moved = state.key === resetKey && state.active >= 0 && state.active < count;
  const active = moved ? state.active : initial < count ? initial : -1;
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
