/**
 * Marks of one lane for a time window and a width: its events (times sorted, a slice of the
 * lane set's columns) counted per cell of `cellPx` pixels, so that dense marks become one
 * counted mark instead of overdrawing. A cell with one event is that event's own mark; a cell
 * with several shows their count and the category most of them have.
 *
 * Cost: a binary search for the window's start, then one step per event inside the window;
 * the output arrays are reused across calls (`LaneBuckets`), so a frame allocates nothing.
 */
import { lowerBound } from '../../lib/lower-bound';
import type { TimeRange } from '../../protocol/messages';

export class LaneBuckets {
  /** Cells filled by the last `fill`. */
  count = 0;
  /** Left pixel of each cell (a multiple of `cellPx`). */
  x = new Int32Array(64);
  /** Events in each cell. */
  events = new Uint32Array(64);
  /** Index (in the set's event columns) of each cell's first event. */
  first = new Uint32Array(64);
  /** The category most of the cell's events have (ties: the first seen). */
  category = new Uint8Array(64);
  private readonly tally = new Uint32Array(256);

  private grow(): void {
    const next = this.x.length * 2;
    const copy = <T extends Int32Array | Uint32Array | Uint8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.x = copy(this.x, new Int32Array(next));
    this.events = copy(this.events, new Uint32Array(next));
    this.first = copy(this.first, new Uint32Array(next));
    this.category = copy(this.category, new Uint8Array(next));
  }

  /**
   * Counts events `[from, to)` of `timeMs` (sorted) that fall in `window`, drawn `width` px
   * wide, per cell of `cellPx` px.
   */
  fill(
    timeMs: Float64Array,
    categories: Uint8Array,
    from: number,
    to: number,
    window: TimeRange,
    width: number,
    cellPx: number,
  ): void {
    this.count = 0;
    const span = window.toMs - window.fromMs;
    if (!(span > 0) || width <= 0) return;
    const pxPerMs = width / span;
    let i = lowerBound(timeMs, from, to, window.fromMs);
    let cell = -1;
    let best = 0;
    for (; i < to; i++) {
      const t = timeMs[i] as number;
      if (t >= window.toMs) break;
      const x = Math.floor(((t - window.fromMs) * pxPerMs) / cellPx) * cellPx;
      const c = categories[i] as number;
      if (x !== cell) {
        if (this.count > 0) this.clearTally(categories, i);
        if (this.count === this.x.length) this.grow();
        cell = x;
        this.x[this.count] = x;
        this.events[this.count] = 0;
        this.first[this.count] = i;
        this.category[this.count] = c;
        this.count++;
        best = 0;
      }
      const n = this.count - 1;
      this.events[n] = (this.events[n] as number) + 1;
      const seen = (this.tally[c] as number) + 1;
      this.tally[c] = seen;
      if (seen > best) {
        best = seen;
        this.category[n] = c;
      }
    }
    if (this.count > 0) this.clearTally(categories, i);
  }

  /** Zeroes the tally of the last cell, whose events end before `end`: only its categories. */
  private clearTally(categories: Uint8Array, end: number): void {
    for (let j = this.first[this.count - 1] as number; j < end; j++) {
      this.tally[categories[j] as number] = 0;
    }
  }
}
