/**
 * A column of field values, dictionary-encoded: each row holds the code of its value, and
 * each distinct value is kept once. Values are what a path resolves to in an event: nothing
 * (code 0), one scalar, or a list (several values reached through arrays, or an object).
 * Predicates and sort ranks are computed once per distinct value, then applied through the
 * codes, which is what makes queries over a million rows take milliseconds.
 *
 * Codes start one byte wide and widen as the dictionary grows (most fields have few
 * distinct values), so a low-cardinality column costs about one byte per event.
 */
import { lowerBound } from '../lib/lower-bound';
import { grownTo } from './growable';

export type Codes = Uint8Array | Uint16Array | Uint32Array;

/** A resolved value: `undefined` (absent), a scalar, or a list of the values reached. */
export type ColumnValue = unknown;

/** A column's rows as another thread sends them: codes (dense, or sparse by key) and values. */
export interface ColumnRows {
  /** Values by code; code 0 is "absent". */
  readonly values: readonly ColumnValue[];
  readonly dense?: Codes;
  readonly sparse?: { readonly keys: Uint32Array; readonly codes: Codes };
}

const INITIAL_CAPACITY = 1024;

/** `codes` in a wider array once `distinct` no longer fits its element type (else itself). */
export function widened(codes: Codes, distinct: number): Codes {
  if (codes instanceof Uint8Array && distinct > 0xff) {
    const next = new Uint16Array(codes.length);
    next.set(codes);
    return next;
  }
  if (codes instanceof Uint16Array && distinct > 0xffff) {
    const next = new Uint32Array(codes.length);
    next.set(codes);
    return next;
  }
  return codes;
}

function isStringList(value: readonly unknown[]): value is readonly string[] {
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

function sameStrings(a: unknown, b: readonly string[]): boolean {
  if (!Array.isArray(a) || a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Dictionary key of a value: scalars stand for themselves; a list of strings (the common
 * list: `process.args`) by its strings joined with NUL, cheaper than JSON (a NUL inside one
 * could make two lists share a key: `encode` checks the list itself); any other list or
 * object by its JSON text.
 */
function lookupKey(value: ColumnValue): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value) && isStringList(value)) return `\u0001${value.join('\u0000')}`;
  return `\u0000${JSON.stringify(value)}`;
}

/** The values a resolved list stands for, as `compilePath` returned them. */
export function normalizeResolved(resolved: readonly unknown[]): ColumnValue {
  if (resolved.length === 0) return undefined;
  const first = resolved[0];
  if (resolved.length === 1 && (typeof first !== 'object' || first === null)) return first;
  return resolved;
}

/** The list of values a stored value stands for (empty when absent). */
export function valuesOf(value: ColumnValue): readonly unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Rows a sparse column holds a value for, as row keys in increasing order with their codes.
 * A field most events lack (a connect's address, a registry key) costs about five bytes per
 * event that has it instead of one byte per event.
 */
interface SparseRows {
  keys: Uint32Array;
  codes: Codes;
  count: number;
}

/** A sparse column turns dense once its entries would cost more than dense codes. */
function sparseOutgrown(count: number, length: number, codeBytes: number): boolean {
  return count * (4 + codeBytes) > length * codeBytes;
}

/** A zeroed code array for `length` rows, wide enough for `distinct` codes. */
function codesFor(distinct: number, length: number): Codes {
  if (distinct > 0xffff) return new Uint32Array(length);
  return distinct > 0xff ? new Uint16Array(length) : new Uint8Array(length);
}

export class ValueColumn {
  /** Codes by row key, once the column is dense; `undefined` while it is sparse. */
  private dense: Codes | undefined;
  private sparse: SparseRows | undefined = {
    keys: new Uint32Array(16),
    codes: new Uint8Array(16),
    count: 0,
  };
  /** Rows the column covers (reserved), whether or not they hold a value. */
  private length = INITIAL_CAPACITY;
  /** Distinct values by code; code 0 is "absent". */
  readonly values: ColumnValue[] = [undefined];
  private readonly lookup = new Map<unknown, number>();
  private bytes = 0;

  set(key: number, value: ColumnValue): void {
    this.setCode(key, this.encode(value));
  }

  /** The rows `[0, count)` and the values their codes stand for, to merge elsewhere. */
  exportRows(count: number): ColumnRows {
    const values = this.values.slice();
    if (this.dense !== undefined) return { values, dense: this.dense.slice(0, count) };
    const { keys, codes, count: entries } = this.sparse as SparseRows;
    const n = lowerBound(keys, 0, entries, count);
    return { values, sparse: { keys: keys.slice(0, n), codes: codes.slice(0, n) } };
  }

  /**
   * Appends another column's rows `[0, count)` as rows `[base, base + count)`: each of its
   * values is encoded here once, then its codes are mapped row by row.
   */
  appendRows(base: number, count: number, rows: ColumnRows): void {
    this.reserve(base + count);
    const remap = new Uint32Array(rows.values.length);
    for (let code = 1; code < rows.values.length; code++) {
      remap[code] = this.encode(rows.values[code]);
    }
    if (rows.dense !== undefined) {
      const codes = rows.dense;
      const n = Math.min(count, codes.length);
      for (let k = 0; k < n; k++) {
        const code = codes[k] as number;
        if (code !== 0) this.setCode(base + k, remap[code] as number);
      }
      return;
    }
    const { keys, codes } = rows.sparse as { keys: Uint32Array; codes: Codes };
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      if (key >= count) break;
      this.setCode(base + key, remap[codes[i] as number] as number);
    }
  }

  private setCode(key: number, code: number): void {
    if (key >= this.length) this.length = Math.max(key + 1, this.length * 2);
    const sparse = this.sparse;
    if (sparse !== undefined) {
      const last = sparse.count === 0 ? -1 : (sparse.keys[sparse.count - 1] as number);
      if (key > last) {
        if (code === 0) return;
        if (sparse.count === sparse.keys.length) {
          sparse.keys = grownTo(sparse.keys, sparse.count + 1);
          sparse.codes = grownTo(sparse.codes, sparse.count + 1);
        }
        sparse.keys[sparse.count] = key;
        sparse.codes[sparse.count++] = code;
        if (!sparseOutgrown(sparse.count, this.length, sparse.codes.BYTES_PER_ELEMENT)) return;
      }
      // An outgrown column, or a row written out of order: dense from now on.
      this.dense = this.codes;
      this.sparse = undefined;
    }
    let dense = this.dense as Codes;
    if (key >= dense.length) dense = grownTo(dense, key + 1);
    this.dense = dense;
    dense[key] = code;
  }

  /**
   * Codes by row key (0 for rows without a value). Dense columns give their own array; a
   * sparse one builds it, so callers take it once per pass, not per row.
   */
  get codes(): Codes {
    if (this.dense !== undefined) return this.dense;
    const { keys, codes, count } = this.sparse as SparseRows;
    const out = codesFor(this.values.length, this.length);
    for (let i = 0; i < count; i++) out[keys[i] as number] = codes[i] as number;
    return out;
  }

  /** True while the column stores only the rows that hold a value. */
  get isSparse(): boolean {
    return this.sparse !== undefined;
  }

  /** Makes room for rows `[0, length)`; rows never set read as absent (code 0). */
  reserve(length: number): void {
    if (length > this.length) this.length = length;
    if (this.dense !== undefined && length > this.dense.length) {
      this.dense = grownTo(this.dense, length);
    }
  }

  code(key: number): number {
    if (this.dense !== undefined) return this.dense[key] ?? 0;
    const { keys, codes, count } = this.sparse as SparseRows;
    const at = lowerBound(keys, 0, count, key);
    return at < count && keys[at] === key ? (codes[at] as number) : 0;
  }

  value(key: number): ColumnValue {
    return this.values[this.code(key)];
  }

  /** `out[i - from] = table[code of row i]` for the rows of `[from, to)`. */
  mapRange(from: number, to: number, table: ArrayLike<number>, out: Uint8Array): void {
    this.eachCode(from, to, out, table, false);
  }

  /** `out[i - from] |= table[code of row i]` for the rows of `[from, to)`. */
  orRange(from: number, to: number, table: ArrayLike<number>, out: Uint8Array): void {
    this.eachCode(from, to, out, table, true);
  }

  /** Number of codes in use, absent included. */
  get size(): number {
    return this.values.length;
  }

  get byteLength(): number {
    const sparse = this.sparse;
    const rows =
      sparse === undefined
        ? (this.dense as Codes).byteLength
        : sparse.keys.byteLength + sparse.codes.byteLength;
    return rows + this.bytes;
  }

  private eachCode(
    from: number,
    to: number,
    out: Uint8Array,
    table: ArrayLike<number>,
    or: boolean,
  ): void {
    const dense = this.dense;
    if (dense !== undefined) {
      if (or)
        for (let i = from; i < to; i++)
          out[i - from] = (out[i - from] as number) | (table[dense[i] ?? 0] as number);
      else for (let i = from; i < to; i++) out[i - from] = table[dense[i] ?? 0] as number;
      return;
    }
    const { keys, codes, count } = this.sparse as SparseRows;
    const absent = table[0] as number;
    let at = lowerBound(keys, 0, count, from);
    if (or && absent !== 0) {
      // Rows without a value take the absent code's result too: walk the whole range.
      for (let i = from; i < to; i++) {
        const hit =
          at < count && keys[at] === i ? (table[codes[at++] as number] as number) : absent;
        out[i - from] = (out[i - from] as number) | hit;
      }
      return;
    }
    if (!or) out.fill(absent, 0, to - from);
    for (; at < count; at++) {
      const key = keys[at] as number;
      if (key >= to) break;
      const hit = table[codes[at] as number] as number;
      out[key - from] = or ? (out[key - from] as number) | hit : hit;
    }
  }

  private encode(value: ColumnValue): number {
    if (value === undefined) return 0;
    let key = lookupKey(value);
    let code = this.lookup.get(key);
    if (code !== undefined && Array.isArray(value) && isStringList(value)) {
      if (!sameStrings(this.values[code], value)) {
        // Two lists joined to the same text (NULs inside): the second is keyed by its JSON.
        key = `\u0000${JSON.stringify(value)}`;
        code = this.lookup.get(key);
      }
    }
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.lookup.set(key, code);
      this.bytes += typeof key === 'string' ? key.length * 2 + 56 : 40;
      if (this.dense !== undefined) this.dense = widened(this.dense, code);
      else if (this.sparse !== undefined) this.sparse.codes = widened(this.sparse.codes, code);
    }
    return code;
  }
}
