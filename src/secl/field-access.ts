/**
 * How a SECL field is read from an event body: the JSON paths it reads (relative to the body,
 * or to one element of an iterator such as `process.ancestors`) and the conversion to SECL
 * values. Per-value conversions work on values flattened across iterator elements; aggregate
 * ones (argument strings, flag masks) need one element at a time.
 */
import { argsFlags, argsOptions, argsString } from './args';
import type { ConstTable } from './constant-table';
import { bitsOfNames, constantValue } from './constant-table';
import { isPublicIp } from './ip';
import { parseTimestampNs } from './time';
import type { Operand, SeclValue, ValueType } from './values';
import {
  EMPTY_OPERAND,
  UNKNOWN_OPERAND,
  jsonToBool,
  jsonToInt,
  jsonToIp,
  jsonToString,
  operandOf,
} from './values';

export type Resolved = readonly (readonly unknown[])[];

/** What an absent value reads as: the type's zero value (`""`, `0`, `false`), or unknown. */
export type Absent = 'zero' | 'unknown';

export interface Accessor {
  /** JSON paths, relative to the body or to an iterator element, in `compilePath` syntax. */
  readonly paths: readonly string[];
  readonly type: Exclude<ValueType, 'any'>;
  /** Each JSON value converts on its own (`undefined`: not convertible). */
  readonly convert?: (value: unknown) => SeclValue | undefined;
  /** Or the values of one object at once. */
  readonly aggregate?: (resolved: Resolved) => Operand;
  /** A list field (argv, flags): absence is the empty list. */
  readonly list: boolean;
  readonly absent: Absent;
  /** Which conversion this is, for compilers that translate it (`clickhouse/sql`). */
  readonly conversion: Conversion;
  /** The named constants an `enum` or `bits` conversion reads. */
  readonly table?: ConstTable;
}

export type Conversion =
  | 'string'
  | 'int'
  | 'bool'
  | 'ip'
  | 'enum'
  | 'bits'
  | 'rights'
  | 'length'
  | 'time'
  | 'public'
  | 'args'
  | 'args-flags'
  | 'args-options'
  | 'envp'
  | 'count'
  | 'outcome';

const ZERO: Record<Exclude<ValueType, 'any'>, SeclValue | undefined> = {
  string: '',
  int: 0n,
  bool: false,
  ip: undefined,
};

function convertAll(
  values: readonly unknown[],
  convert: (v: unknown) => SeclValue | undefined,
): Operand {
  const out: SeclValue[] = [];
  let partial = false;
  for (const v of values) {
    const c = convert(v);
    if (c === undefined) partial = true;
    else out.push(c);
  }
  return operandOf(out, partial);
}

/** The field's values in one object (the body, or one iterator element). */
export function readObject(accessor: Accessor, resolved: Resolved): Operand {
  if (accessor.aggregate !== undefined) return accessor.aggregate(resolved);
  const values = resolved.find((r) => r.length > 0);
  if (values === undefined) {
    if (accessor.list) return EMPTY_OPERAND;
    const zero = ZERO[accessor.type];
    return accessor.absent === 'zero' && zero !== undefined ? operandOf([zero]) : UNKNOWN_OPERAND;
  }
  return convertAll(values, accessor.convert ?? (() => undefined));
}

/** The field's values over values flattened across iterator elements (no absent default). */
export function readFlat(accessor: Accessor, resolved: Resolved): Operand {
  const values = resolved.find((r) => r.length > 0) ?? [];
  return convertAll(values, accessor.convert ?? (() => undefined));
}

// Converters.

const asString = (v: unknown) => jsonToString(v);
const asInt = (v: unknown) => jsonToInt(v);
const asBool = (v: unknown) => jsonToBool(v);
const asIp = (v: unknown) => jsonToIp(v);

function base(
  conversion: Conversion,
  paths: readonly string[],
  type: Accessor['type'],
  absent: Absent,
  list = false,
): Pick<Accessor, 'paths' | 'type' | 'absent' | 'list' | 'conversion'> {
  return { paths, type, absent, list, conversion };
}

export function stringAccess(paths: readonly string[], absent: Absent, list = false): Accessor {
  return { ...base('string', paths, 'string', absent, list), convert: asString };
}

export function intAccess(paths: readonly string[], absent: Absent, list = false): Accessor {
  return { ...base('int', paths, 'int', absent, list), convert: asInt };
}

export function boolAccess(paths: readonly string[], absent: Absent): Accessor {
  return { ...base('bool', paths, 'bool', absent), convert: asBool };
}

export function ipAccess(paths: readonly string[], list = false): Accessor {
  return { ...base('ip', paths, 'ip', 'unknown', list), convert: asIp };
}

/** An enumeration written as a name (`"SIGKILL"`) or a number. */
export function enumAccess(
  paths: readonly string[],
  table: ConstTable,
  absent: Absent,
  list = false,
): Accessor {
  const convert = (v: unknown) => (typeof v === 'string' ? constantValue(table, v) : jsonToInt(v));
  return { ...base('enum', paths, 'int', absent, list), convert, table };
}

/** A bit mask written as names: a list (`["O_CREAT", "O_WRONLY"]`) or `"A | B"`. */
export function bitsAccess(paths: readonly string[], table: ConstTable, absent: Absent): Accessor {
  const aggregate = (resolved: Resolved): Operand => {
    const values = resolved.find((r) => r.length > 0);
    if (values === undefined) return absent === 'zero' ? operandOf([0n]) : UNKNOWN_OPERAND;
    const bits = bitsOfNames(table, values);
    return bits === undefined ? UNKNOWN_OPERAND : operandOf([bits]);
  };
  return { ...base('bits', paths, 'int', absent), aggregate, table };
}

/** `mode & 07777`. */
export function rightsAccess(paths: readonly string[], absent: Absent): Accessor {
  const convert = (v: unknown) => {
    const mode = jsonToInt(v);
    return mode === undefined ? undefined : mode & 0o7777n;
  };
  return { ...base('rights', paths, 'int', absent), convert };
}

function utf8Length(text: string): number {
  let n = 0;
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}

/** `.length` of a string field: its length in bytes, as Go's `len`. */
export function lengthAccess(paths: readonly string[], absent: Absent): Accessor {
  const convert = (v: unknown) => (typeof v === 'string' ? BigInt(utf8Length(v)) : undefined);
  return { ...base('length', paths, 'int', absent), convert };
}

/** An RFC 3339 time as nanoseconds since the epoch. */
export function timeAccess(paths: readonly string[]): Accessor {
  const convert = (v: unknown) => (typeof v === 'string' ? parseTimestampNs(v) : jsonToInt(v));
  return { ...base('time', paths, 'int', 'unknown'), convert };
}

/** Whether an IP address is public. */
export function publicAccess(paths: readonly string[]): Accessor {
  const convert = (v: unknown) => {
    const ip = jsonToIp(v);
    return ip === undefined ? undefined : isPublicIp(ip);
  };
  return { ...base('public', paths, 'bool', 'unknown'), convert };
}

function stringsOf(values: readonly unknown[]): string[] | undefined {
  const out: string[] = [];
  for (const v of values) {
    if (typeof v !== 'string') return undefined;
    out.push(v);
  }
  return out;
}

function fromArgs(
  conversion: 'args' | 'args-flags' | 'args-options',
  paths: readonly string[],
  absent: Absent,
  list: boolean,
  derive: (args: string[]) => readonly string[],
): Accessor {
  const aggregate = (resolved: Resolved): Operand => {
    const values = resolved.find((r) => r.length > 0);
    if (values === undefined && absent === 'unknown') return UNKNOWN_OPERAND;
    const args = stringsOf(values ?? []);
    return args === undefined ? UNKNOWN_OPERAND : operandOf(derive(args));
  };
  return { ...base(conversion, paths, 'string', absent, list), aggregate };
}

/** The arguments joined by spaces (`process.args`). */
export function joinAccess(paths: readonly string[], absent: Absent): Accessor {
  return fromArgs('args', paths, absent, false, (args) => [argsString(args)]);
}

export function flagsAccess(paths: readonly string[], absent: Absent): Accessor {
  return fromArgs('args-flags', paths, absent, true, argsFlags);
}

export function optionsAccess(paths: readonly string[], absent: Absent): Accessor {
  return fromArgs('args-options', paths, absent, true, argsOptions);
}

/** `envp` (`NAME=value`): exports carry the value only for some variables; others are unknown. */
export function envpAccess(paths: readonly string[]): Accessor {
  const convert = (v: unknown) => (typeof v === 'string' && v.includes('=') ? v : undefined);
  return { ...base('envp', paths, 'string', 'zero', true), convert };
}

/** The number of elements (`process.ancestors.length`). */
export function countAccess(paths: readonly string[]): Accessor {
  const aggregate = (resolved: Resolved): Operand => operandOf([BigInt(resolved[0]?.length ?? 0)]);
  return { ...base('count', paths, 'int', 'zero'), aggregate };
}

/** `evt.outcome` for `<type>.retval`: the value is the outcome name, compared by `retval.ts`. */
export function outcomeAccess(paths: readonly string[]): Accessor {
  return { ...base('outcome', paths, 'int', 'unknown'), convert: asString };
}
