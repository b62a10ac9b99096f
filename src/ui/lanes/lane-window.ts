/**
 * The lanes' time window and how it moves: the window that shows a whole lane set, zooming
 * around a point (wheel, pinch, + and -) and panning (drag, arrows), always kept inside the
 * set's span with a margin and never narrower than `MIN_SPAN_MS`.
 *
 * Times are epoch ms; windows are `[fromMs, toMs)`.
 */
import type { Lane, LaneSet, TimeRange } from '../../protocol/messages';

/** The narrowest window: a millisecond, the precision a link keeps. */
export const MIN_SPAN_MS = 1;
/** One zoom step (a `+`, a wheel notch): the window shrinks or grows by this factor. */
export const ZOOM_STEP = 1.5;
/** One pan step (an arrow key), as a share of the window. */
export const PAN_STEP = 0.2;
/** Margin around a set's span, as a share of it, so first and last marks are not on the edge. */
const MARGIN = 0.03;
/** The span shown for a set whose events all share one instant. */
const POINT_SPAN_MS = 1000;

/** The window that shows all of `extent`, with a margin. */
export function fullWindow(extent: TimeRange): TimeRange {
  const span = extent.toMs - extent.fromMs;
  if (!(span > 0)) {
    return { fromMs: extent.fromMs - POINT_SPAN_MS / 2, toMs: extent.toMs + POINT_SPAN_MS / 2 };
  }
  return { fromMs: extent.fromMs - span * MARGIN, toMs: extent.toMs + span * MARGIN };
}

/** The span of the set's events with a margin; all of the set when it has none. */
function eventsWindow(set: LaneSet & { readonly extent: TimeRange }): TimeRange {
  let fromMs = Number.POSITIVE_INFINITY;
  let toMs = Number.NEGATIVE_INFINITY;
  for (const ms of set.events.timeMs) {
    if (ms < fromMs) fromMs = ms;
    if (ms > toMs) toMs = ms;
  }
  return fullWindow(fromMs <= toMs ? { fromMs, toMs } : set.extent);
}

/**
 * The window a lane set opens on: where its focus lane and everything below it lived and acted
 * (a family's root lived for weeks; the shell of interest for minutes); without a focus (a
 * view's lanes), the span of the events, not of the lifetimes of their long-lived ancestors.
 */
export function startWindow(set: LaneSet & { readonly extent: TimeRange }): TimeRange {
  const focus = set.lanes[set.focusLane];
  if (focus === undefined) return eventsWindow(set);
  let fromMs = Number.POSITIVE_INFINITY;
  let toMs = Number.NEGATIVE_INFINITY;
  const { timeMs } = set.events;
  for (let i = set.focusLane; i <= set.focusLane + focus.descendants; i++) {
    const lane = set.lanes[i] as Lane;
    for (const ms of [lane.startMs, lane.endMs]) {
      if (ms < fromMs) fromMs = ms;
      if (ms > toMs) toMs = ms;
    }
    if (lane.eventTo > lane.eventFrom) {
      fromMs = Math.min(fromMs, timeMs[lane.eventFrom] as number);
      toMs = Math.max(toMs, timeMs[lane.eventTo - 1] as number);
    }
  }
  return Number.isFinite(fromMs) && Number.isFinite(toMs)
    ? fullWindow({ fromMs, toMs })
    : fullWindow(set.extent);
}

/** `window` moved (not resized) as little as needed to lie inside `bounds`. */
function within(window: TimeRange, bounds: TimeRange): TimeRange {
  const span = window.toMs - window.fromMs;
  if (span >= bounds.toMs - bounds.fromMs) return bounds;
  if (window.fromMs < bounds.fromMs) return { fromMs: bounds.fromMs, toMs: bounds.fromMs + span };
  if (window.toMs > bounds.toMs) return { fromMs: bounds.toMs - span, toMs: bounds.toMs };
  return window;
}

/**
 * `window` zoomed by `factor` (> 1 zooms in) around `anchorMs`, which stays at the same place
 * on screen; kept inside `fullWindow(extent)`.
 */
export function zoomAround(
  window: TimeRange,
  anchorMs: number,
  factor: number,
  extent: TimeRange,
): TimeRange {
  const bounds = fullWindow(extent);
  const span = window.toMs - window.fromMs;
  const next = Math.min(bounds.toMs - bounds.fromMs, Math.max(MIN_SPAN_MS, span / factor));
  const share = span > 0 ? (anchorMs - window.fromMs) / span : 0.5;
  const fromMs = anchorMs - share * next;
  return within({ fromMs, toMs: fromMs + next }, bounds);
}

/** `window` moved by `deltaMs` (later when positive), kept inside `fullWindow(extent)`. */
export function panBy(window: TimeRange, deltaMs: number, extent: TimeRange): TimeRange {
  return within(
    { fromMs: window.fromMs + deltaMs, toMs: window.toMs + deltaMs },
    fullWindow(extent),
  );
}
