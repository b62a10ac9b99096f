/**
 * Moving the lanes' window: Ctrl / ⌘ + wheel and trackpad pinch zoom around the pointer, a
 * sideways wheel or swipe (or Shift + wheel) pans, dragging the track pans; keys on the
 * lanes: `+` / `=` and `-` zoom around the middle, ← and → pan, `0` goes back to the opening window. A plain
 * vertical wheel scrolls the lanes as usual.
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import type { TimeRange } from '../../protocol/messages';
import { PAN_STEP, ZOOM_STEP, panBy, zoomAround } from './lane-window';

interface Navigation {
  readonly window: TimeRange;
  readonly extent: TimeRange;
  /** Track width in px, and its left edge within the scrolling element. */
  readonly width: number;
  readonly trackLeft: number;
  readonly onWindow: (window: TimeRange | undefined) => void;
}

/** Pixels of pointer travel under which a press is a click, not a drag. */
export const CLICK_SLOP_PX = 4;

export function useLaneNavigation(scroll: RefObject<HTMLElement | null>, nav: Navigation) {
  const latest = useRef(nav);
  // Handlers run after a commit, so they read what the last render passed.
  useLayoutEffect(() => {
    latest.current = nav;
  });
  const drag = useRef<{ x: number; window: TimeRange; moved: boolean } | undefined>(undefined);

  useEffect(() => {
    const element = scroll.current;
    if (element === null) return;
    const onWheel = (event: WheelEvent) => {
      const { window, extent, width, trackLeft, onWindow } = latest.current;
      const span = window.toMs - window.fromMs;
      const x = event.clientX - element.getBoundingClientRect().left - trackLeft;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const anchor = window.fromMs + (Math.max(0, Math.min(width, x)) / width) * span;
        onWindow(zoomAround(window, anchor, Math.exp(-event.deltaY / 200), extent));
        return;
      }
      const sideways = event.shiftKey ? event.deltaY : event.deltaX;
      if (Math.abs(sideways) > Math.abs(event.shiftKey ? 0 : event.deltaY)) {
        event.preventDefault();
        onWindow(panBy(window, (sideways / width) * span, extent));
      }
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [scroll]);

  const onKeyDown = (event: KeyboardEvent) => {
    const { window, extent, onWindow } = latest.current;
    const span = window.toMs - window.fromMs;
    const middle = window.fromMs + span / 2;
    const moves: Record<string, () => TimeRange | undefined> = {
      '+': () => zoomAround(window, middle, ZOOM_STEP, extent),
      '=': () => zoomAround(window, middle, ZOOM_STEP, extent),
      '-': () => zoomAround(window, middle, 1 / ZOOM_STEP, extent),
      ArrowLeft: () => panBy(window, -span * PAN_STEP, extent),
      ArrowRight: () => panBy(window, span * PAN_STEP, extent),
      '0': () => undefined,
    };
    const move = moves[event.key];
    if (move === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    onWindow(move());
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    drag.current = { x: event.clientX, window: latest.current.window, moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const start = drag.current;
    if (start === undefined || (event.buttons & 1) === 0) return;
    const dx = event.clientX - start.x;
    if (!start.moved && Math.abs(dx) < CLICK_SLOP_PX) return;
    if (!start.moved) event.currentTarget.setPointerCapture(event.pointerId);
    start.moved = true;
    const { extent, width, onWindow } = latest.current;
    const span = start.window.toMs - start.window.fromMs;
    onWindow(panBy(start.window, (-dx / width) * span, extent));
  };
  /** True when the press ended as a click (no drag). */
  const endPress = (): boolean => {
    const wasClick = drag.current !== undefined && !drag.current.moved;
    drag.current = undefined;
    return wasClick;
  };
  return { onKeyDown, onPointerDown, onPointerMove, endPress };
}
