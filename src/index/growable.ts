/**
 * Append-only typed-array columns that grow by doubling, so a column of n values costs
 * at most 2n slots and appends are amortised O(1).
 */
type TypedArray = Float64Array | Uint32Array | Uint16Array | Uint8Array | Int32Array;
type TypedArrayConstructor<T extends TypedArray> = new (length: number) => T;

export class GrowableColumn<T extends TypedArray> {
  private data: T;

  constructor(
    private readonly ctor: TypedArrayConstructor<T>,
    initialCapacity = 1024,
  ) {
    this.data = new ctor(initialCapacity);
  }

  set(index: number, value: number): void {
    if (index >= this.data.length) {
      let capacity = this.data.length * 2;
      while (capacity <= index) capacity *= 2;
      const next = new this.ctor(capacity);
      next.set(this.data as never);
      this.data = next;
    }
    this.data[index] = value;
  }

  get(index: number): number {
    return this.data[index] as number;
  }

  /** A view of the first `length` values (shares memory with the column). */
  view(length: number): T {
    return this.data.subarray(0, length) as T;
  }

  get byteLength(): number {
    return this.data.byteLength;
  }
}
