/**
 * A SECL leaf decided at most once per distinct value of a column: `table[code]` is the
 * leaf's three-valued result for the value with that code, or `UNDECIDED` until an event with
 * that value is first looked at. Deciding lazily means a rule only pays for the values its
 * candidate events have (a `chmod` rule never decides the paths only `open` events hold). The
 * table follows the column's dictionary as it grows while loading.
 */
import { coverCodes } from '../index/growable';
import type { ColumnValue, ValueColumn } from '../index/value-column';
import type { Tri } from '../secl';

/** Marks a code whose value has not been decided yet (outside the `Tri` values). */
export const UNDECIDED = 3;

export class TriTable {
  private table = new Uint8Array(0);

  constructor(
    private readonly column: ValueColumn,
    private readonly decide: (value: ColumnValue) => Tri,
  ) {}

  /** The table covering every code the column has now (new codes `UNDECIDED`). */
  current(): Uint8Array {
    this.table = coverCodes(this.table, this.column.size, UNDECIDED);
    return this.table;
  }

  /** Decides the value with `code` and remembers it (in the array `current()` returned). */
  decideCode(code: number): Tri {
    const result = this.decide(this.column.values[code]);
    this.table[code] = result;
    return result;
  }

  /** The result for `code`, deciding it on first use. */
  resultOf(code: number): Tri {
    const known = this.current()[code] as number;
    return known === UNDECIDED ? this.decideCode(code) : (known as Tri);
  }
}
