/**
 * Keyset paging of a view's rows on a ClickHouse source. The engine remembers the sort key of
 * every `ANCHOR_EVERY`-th row it has fetched (an anchor); a window is then read from the
 * nearest anchor before it (`WHERE key > anchor ORDER BY key`) or after it (the same,
 * reversed), or from either end of the view. The window's distance from that anchor is the
 * only OFFSET of the query, so scrolling reads a few rows past a known key, never an OFFSET
 * scan from the top; a jump far past every anchor (dragging the scrollbar to the middle of a
 * billion rows) pays one OFFSET as long as the distance to the nearest anchor or end, and the
 * rows it returns become anchors for the windows around it.
 */

/** One value of a row's sort key. */
export type KeyValue = string | number | bigint;

export const ANCHOR_EVERY = 256;

export interface WindowPlan {
  /** Read in the key's order (`forward`) or in reverse and flip the rows (`backward`). */
  readonly direction: 'forward' | 'backward';
  /** Key of the row to start after (forward) or before (backward); undefined: from the end. */
  readonly after: readonly KeyValue[] | undefined;
  readonly offset: number;
  readonly limit: number;
}

export class KeysetAnchors {
  private readonly anchors = new Map<number, readonly KeyValue[]>();

  /** Keeps the key of row `rowIndex` if it is an anchor row. */
  record(rowIndex: number, key: readonly KeyValue[]): void {
    if (rowIndex % ANCHOR_EVERY === 0) this.anchors.set(rowIndex, key);
  }

  /** Forgets every anchor (the view changed). */
  clear(): void {
    this.anchors.clear();
  }

  /** How to read rows `[start, end)` of a view of `total` rows with the fewest rows skipped. */
  plan(start: number, end: number, total: number): WindowPlan {
    let below = -1;
    let above = total;
    for (const index of this.anchors.keys()) {
      if (index < start && index > below) below = index;
      if (index >= end && index < above) above = index;
    }
    const forwardSkip = start - below - 1;
    const backwardSkip = above - end;
    if (forwardSkip <= backwardSkip) {
      return {
        direction: 'forward',
        after: below < 0 ? undefined : this.anchors.get(below),
        offset: forwardSkip,
        limit: end - start,
      };
    }
    return {
      direction: 'backward',
      after: above >= total ? undefined : this.anchors.get(above),
      offset: backwardSkip,
      limit: end - start,
    };
  }
}
