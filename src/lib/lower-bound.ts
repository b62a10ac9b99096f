/** Binary search over a sorted numeric array, for the views that window sorted columns. */

/** First index in `[from, to)` of sorted `values` whose value is ≥ `value` (`to` when none). */
export function lowerBound(
  values: ArrayLike<number>,
  from: number,
  to: number,
  value: number,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
