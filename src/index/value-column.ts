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
import { grownTo } from './growable';

export type Codes = Uint8Array | Uint16Array | Uint32Array;

/** A resolved value: `undefined` (absent), a scalar, or a list of the values reached. */
export type ColumnValue = unknown;

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

export class ValueColumn {
  codes: Codes = new Uint8Array(INITIAL_CAPACITY);
  /** Distinct values by code; code 0 is "absent". */
  readonly values: ColumnValue[] = [undefined];
  private readonly lookup = new Map<unknown, number>();
  private bytes = 0;

  set(key: number, value: ColumnValue): void {
    // Encode first: a new value may widen `codes`, and the write must go to the new array.
    const code = this.encode(value);
    if (key >= this.codes.length) this.codes = grownTo(this.codes, key + 1);
    this.codes[key] = code;
  }

  /** Makes room for rows `[0, length)`; rows never set read as absent (code 0). */
  reserve(length: number): void {
    if (length > this.codes.length) this.codes = grownTo(this.codes, length);
  }

  code(key: number): number {
    return this.codes[key] ?? 0;
  }

  value(key: number): ColumnValue {
    return this.values[this.codes[key] ?? 0];
  }

  /** Number of codes in use, absent included. */
  get size(): number {
    return this.values.length;
  }

  get byteLength(): number {
    return this.codes.byteLength + this.bytes;
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
      this.codes = widened(this.codes, code);
    }
    return code;
  }
}
