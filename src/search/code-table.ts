/**
 * A predicate decided once per distinct value of a column: `table[code]` is 1 when the value
 * with that code matches. The table grows with the column's dictionary (new values arrive
 * while loading), deciding only the new codes.
 */
import { coverCodes } from '../index/growable';
import type { ColumnValue, ValueColumn } from '../index/value-column';

export class CodeTable {
  private table = new Uint8Array(0);
  private decided = 0;
  /** How many decided codes match. */
  matches = 0;

  constructor(
    private readonly column: ValueColumn,
    private readonly decide: (value: ColumnValue, code: number) => boolean,
  ) {}

  /** The table covering every code the column has now (see also `matches`). */
  current(): Uint8Array {
    const size = this.column.size;
    if (size > this.decided) {
      this.table = coverCodes(this.table, size);
      const values = this.column.values;
      // Code 0 (absent) is decided like any other: `-@x:y` must match events without x.
      for (let code = this.decided; code < size; code++) {
        const match = this.decide(values[code], code);
        this.table[code] = match ? 1 : 0;
        if (match) this.matches++;
      }
      this.decided = size;
    }
    return this.table;
  }
}
