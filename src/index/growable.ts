/**
 * Growth of append-only typed-array columns: a copy at (at least) double the capacity, so
 * a column of n values costs at most 2n slots and appends are amortised O(1).
 */
type TypedArray = Float64Array | Uint32Array | Uint16Array | Uint8Array | Int32Array;

export function grownTo<T extends TypedArray>(column: T, minLength: number): T {
  let capacity = Math.max(1, column.length * 2);
  while (capacity < minLength) capacity *= 2;
  const next = new (column.constructor as new (length: number) => T)(capacity);
  next.set(column as never);
  return next;
}

/**
 * A per-code table (one byte per code of a growing dictionary) made to cover `size` codes:
 * the same array while it is large enough, else a copy at least twice as large whose new
 * slots hold `fill`.
 */
export function coverCodes(
  table: Uint8Array<ArrayBuffer>,
  size: number,
  fill = 0,
): Uint8Array<ArrayBuffer> {
  if (size <= table.length) return table;
  const next = new Uint8Array(Math.max(size, table.length * 2, 16));
  if (fill !== 0) next.fill(fill);
  next.set(table);
  return next;
}
