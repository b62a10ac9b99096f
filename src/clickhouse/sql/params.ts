/**
 * Bound query parameters for ClickHouse SQL: every value that comes from a user (a query term,
 * a rule constant, an event id, a cursor) enters a statement only as a `{name:Type}`
 * placeholder whose value travels beside the SQL text (`query_params`), never inside it.
 *
 * `ParamBag.bind` hands out a fresh placeholder per value; the SQL text a compiler writes is
 * then made only of its own fixed fragments, column names from a fixed list, and these
 * placeholders.
 */

/** The ClickHouse types a placeholder is declared with. */
export type ParamType = 'String' | 'Int64' | 'UInt64' | 'Float64' | 'UInt8' | 'Array(String)';

export type ParamValue = string | number | bigint | readonly string[];

export class ParamBag {
  private readonly values: Record<string, ParamValue> = {};
  private next = 0;

  constructor(private readonly prefix = 'p') {}

  /** The placeholder for `value`, declared as `type` (`{p0:String}`). */
  bind(value: ParamValue, type: ParamType): string {
    const name = `${this.prefix}${this.next++}`;
    this.values[name] = value;
    return `{${name}:${type}}`;
  }

  /** The values to send as `query_params`. */
  params(): Readonly<Record<string, ParamValue>> {
    return { ...this.values };
  }
}
