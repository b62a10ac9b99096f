/**
 * How a SECL field is read from the events table's leaf arrays, as `secl/field-access.ts`
 * reads it from a body: per JSON path, whether it is present, whether some converted value
 * passes a test (written over `value`), and whether some value cannot be read (which makes a
 * result unknown unless another value decides it).
 *
 * Leaf by leaf (text `v`, kind `k`):
 * - string: strings, and numbers as their JSON text;
 * - int: safe integers, decimal (to 38 digits) or `0x` (to 16 digits) strings — longer
 *   integers, which the tab still reads, count as unreadable here;
 * - bool: booleans, and the strings `true` / `false`;
 * - enum: a constant's name (`SIGKILL`), or an integer as above.
 * Whole values: `args` (argv joined by spaces: every leaf a string) and flag masks (`bits`:
 * names as a list and/or `A | B` texts, or integers, OR-ed; any unknown name makes it
 * unreadable). Names are trimmed of spaces only, where the tab trims all white space.
 * Other conversions (flags and options of argv, `is_public`, times) have no SQL form here.
 */
import type { Accessor } from '../../secl/field-access';
import type { ConstTable } from '../../secl/constant-table';
import type { ParamBag } from './params';
import {
  EMPTY,
  FALSE_TEXT,
  PIPE,
  SECL_HEX_RE,
  SECL_INT_RE,
  SPACE_TEXT,
  TRUE_TEXT,
  ZERO_TEXT,
} from './sql-constants';

export interface FieldReading {
  /** The converted value, as tests over it are written. */
  readonly value: string;
  /** Some value at path `p` (bound; `below`: the bound `p.`) passes `test`. */
  hit(p: string, below: string, test: string): string;
  /** Some value at `p` cannot be read (`below`: the bound `p.`, objects under the path). */
  unreadable(p: string, below: string): string;
}

const MAX_SAFE_INTEGER = '9007199254740991';
const LEAVES = 'attr_paths, attr_values, attr_kinds';
const SAFE_INTEGER = `(k = 1 AND toFloat64OrZero(v) = floor(toFloat64OrZero(v)) AND abs(toFloat64OrZero(v)) <= ${MAX_SAFE_INTEGER})`;

function hexValue(text: string): string {
  return `toInt128(reinterpretAsUInt64(reverse(unhex(substring(trimBoth(${text}), 3)))))`;
}

function intText(text: string): { ok: string; value: string } {
  return {
    ok: `(match(${text}, ${SECL_INT_RE}) OR match(${text}, ${SECL_HEX_RE}))`,
    value: `if(match(${text}, ${SECL_HEX_RE}), ${hexValue(text)}, toInt128OrZero(trimBoth(${text})))`,
  };
}

/** A name of `table`, or an integer text, as its value. */
function namedValue(text: string, table: ConstTable, bag: ParamBag): { ok: string; value: string } {
  const names = bag.bind(Object.keys(table), 'Array(String)');
  const values = bag.bind(Object.values(table).map(String), 'Array(String)');
  const name = `trimBoth(${text})`;
  const int = intText(text);
  return {
    ok: `(has(${names}, ${name}) OR ${int.ok})`,
    value: `if(has(${names}, ${name}), toInt128OrZero(transform(${name}, ${names}, ${values}, ${ZERO_TEXT})), ${int.value})`,
  };
}

function leafReading(ok: string, value: string): FieldReading {
  return {
    value,
    hit: (p, _below, test) => `arrayExists((p, v, k) -> p = ${p} AND ${ok} AND ${test}, ${LEAVES})`,
    unreadable: (p, below) =>
      `arrayExists((p, v, k) -> (p = ${p} AND NOT ${ok}) OR startsWith(p, ${below}), ${LEAVES})`,
  };
}

/** A value made of all the leaves at a path: readable when every leaf is (`leafOk`). */
function wholeReading(leafOk: string, aggregate: (p: string) => string): FieldReading {
  const unreadable = (p: string, below: string) =>
    `arrayExists((p, v, k) -> (p = ${p} AND NOT ${leafOk}) OR startsWith(p, ${below}), ${LEAVES})`;
  return {
    value: 'x',
    // A whole value exists only when every leaf reads.
    hit: (p, below, test) =>
      `((NOT ${unreadable(p, below)}) AND arrayExists(x -> ${test}, [${aggregate(p)}]))`,
    unreadable,
  };
}

function bitsReading(table: ConstTable, bag: ParamBag): FieldReading {
  const part = namedValue('t', table, bag);
  const partOk = `(trimBoth(t) = ${EMPTY} OR ${part.ok})`;
  const leafOk = `((k = 1 AND toFloat64OrZero(v) = floor(toFloat64OrZero(v))) OR (k = 0 AND arrayAll(t -> ${partOk}, splitByChar(${PIPE}, v))))`;
  const partValue = `if(trimBoth(t) = ${EMPTY}, toInt128(0), ${part.value})`;
  const leafValue = `if(k = 1, toInt128OrZero(v), arrayFold((acc, t) -> bitOr(acc, ${partValue}), splitByChar(${PIPE}, v), toInt128(0)))`;
  return wholeReading(
    leafOk,
    (p) =>
      `arrayFold((acc, y) -> bitOr(acc, y), arrayMap((p, v, k) -> if(p = ${p}, ${leafValue}, toInt128(0)), ${LEAVES}), toInt128(0))`,
  );
}

/** The SQL reading of `accessor`, or undefined when it has none here. */
export function fieldReading(accessor: Accessor, bag: ParamBag): FieldReading | undefined {
  switch (accessor.conversion) {
    case 'string':
      return leafReading('(k = 0 OR k = 1)', 'v');
    case 'int': {
      const int = intText('v');
      return leafReading(
        `(${SAFE_INTEGER} OR (k = 0 AND ${int.ok}))`,
        `if(k = 1, toInt128OrZero(v), ${int.value})`,
      );
    }
    case 'bool':
      return leafReading(
        `(k = 2 OR (k = 0 AND (v = ${TRUE_TEXT} OR v = ${FALSE_TEXT})))`,
        `v = ${TRUE_TEXT}`,
      );
    case 'enum': {
      if (accessor.table === undefined) return undefined;
      const named = namedValue('v', accessor.table, bag);
      return leafReading(
        `(${SAFE_INTEGER} OR (k = 0 AND ${named.ok}))`,
        `if(k = 1, toInt128OrZero(v), ${named.value})`,
      );
    }
    case 'args':
      return wholeReading(
        'k = 0',
        (p) =>
          `arrayStringConcat(arrayFilter((v, p) -> p = ${p}, attr_values, attr_paths), ${SPACE_TEXT})`,
      );
    case 'bits':
      return accessor.table === undefined ? undefined : bitsReading(accessor.table, bag);
    default:
      return undefined;
  }
}
