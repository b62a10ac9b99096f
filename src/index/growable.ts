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
