/**
 * Maps the table's scroll position to rows when there are more rows than a browser can
 * give scroll height to.
 *
 * Browsers cap an element's height (Firefox at about 17.9M px, Chrome and Safari at about
 * 33.5M px); at 22 px a row, 1M rows need 22M px. So the scroll area holds at most
 * `MAX_SCROLL_PX / rowHeight` *slots*. While the rows fit, slot i shows row i. Past that,
 * every slot shows row `slot + shift`, where `shift` grows linearly with the scroll position
 * from 0 (top) to `rows - slots` (bottom): the scrollbar still spans the whole data set and
 * both ends are reachable; one pixel of scrolling then moves by more than one pixel of rows.
 * The virtualizer works on slots, positions them with `transform`, and never sees the shift.
 */

/** Kept under Firefox's ~17.9M px limit, the lowest of current browsers. */
export const MAX_SCROLL_PX = 16_000_000;

export interface ScrollGeometry {
  readonly rows: number;
  readonly rowHeight: number;
  /** Height of the scrolling viewport in px. */
  readonly viewportHeight: number;
  readonly maxScrollPx?: number;
}

/** Number of row slots the scroll area holds. */
export function slotCount(rows: number, rowHeight: number, maxScrollPx = MAX_SCROLL_PX): number {
  return Math.max(0, Math.min(rows, Math.floor(maxScrollPx / rowHeight)));
}

function slotScrollMax(g: ScrollGeometry): number {
  return slotCount(g.rows, g.rowHeight, g.maxScrollPx) * g.rowHeight - g.viewportHeight;
}

/** Rows per px of scrolling beyond the first: 0 while every row has its own slot. */
function shiftRate(g: ScrollGeometry): number {
  const slots = slotCount(g.rows, g.rowHeight, g.maxScrollPx);
  const max = slotScrollMax(g);
  return slots >= g.rows || max <= 0 ? 0 : (g.rows - slots) / max;
}

/** How many rows every slot is shifted by at scroll position `scrollTop`. */
export function rowShift(scrollTop: number, g: ScrollGeometry): number {
  const rate = shiftRate(g);
  if (rate === 0) return 0;
  const slots = slotCount(g.rows, g.rowHeight, g.maxScrollPx);
  return Math.min(g.rows - slots, Math.max(0, Math.round(scrollTop * rate)));
}

/** Top of `row` relative to the viewport top, at scroll position `scrollTop`. */
export function rowTop(row: number, scrollTop: number, g: ScrollGeometry): number {
  return (row - rowShift(scrollTop, g)) * g.rowHeight - scrollTop;
}

/**
 * The scroll position that puts `row` at `y` px below the viewport top (clamped to the
 * scroll range). With shifting, rows move in whole-row steps as the position changes, so
 * the estimate is refined by a short local search and lands within a row height of `y`.
 */
export function scrollTopForRow(row: number, y: number, g: ScrollGeometry): number {
  const max = Math.max(0, slotScrollMax(g));
  const rate = shiftRate(g);
  const clamp = (v: number) => Math.min(max, Math.max(0, Math.round(v)));
  const estimate = clamp((row * g.rowHeight - y) / (1 + rate * g.rowHeight));
  if (rate === 0) return estimate;
  // One px of scrolling moves rows by 1 + rate * rowHeight px on average, in steps of a
  // whole row: a scan over a few row steps around the estimate finds the best position.
  const reach = Math.ceil(g.rowHeight + 2 / rate);
  // A position that leaves the row partly outside the viewport only wins if nothing else does.
  const bottom = g.viewportHeight - g.rowHeight;
  const score = (top: number) => {
    const at = rowTop(row, top, g);
    return Math.abs(at - y) + (at < 0 || at > bottom ? g.viewportHeight * 4 : 0);
  };
  let best = estimate;
  let bestError = score(estimate);
  for (let d = -reach; d <= reach; d++) {
    const top = clamp(estimate + d);
    const error = score(top);
    if (error < bestError) {
      best = top;
      bestError = error;
    }
  }
  return best;
}

/** Scroll position that brings `row` fully into view with the least movement, or undefined if it already is. */
export function scrollTopToReveal(
  row: number,
  scrollTop: number,
  g: ScrollGeometry,
): number | undefined {
  const top = rowTop(row, scrollTop, g);
  if (top >= 0 && top + g.rowHeight <= g.viewportHeight) return undefined;
  const y = top < 0 ? 0 : Math.max(0, g.viewportHeight - g.rowHeight);
  return scrollTopForRow(row, y, g);
}
