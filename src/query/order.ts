/**
 * Ordering of values for comparisons and ranges. A query value is classified once: a number
 * (compared with numbers and numeric strings; integers exactly, however long), an RFC 3339 date
 * (compared by time, to the nanosecond, with strings that are dates), or plain text (compared
 * by UTF-16 code units with strings that are neither).
 */
import { daysInMonth } from '../lib/calendar';

export type Scalar = string | number | boolean | bigint | null;

interface NumberKey {
  readonly kind: 'number';
  readonly value: number;
  /** Set for integers, compared exactly. */
  readonly exact: bigint | undefined;
}

interface TimeKey {
  readonly kind: 'time';
  /** Milliseconds since the epoch (floored) and the nanoseconds within that millisecond. */
  readonly ms: number;
  readonly ns: number;
}

interface TextKey {
  readonly kind: 'text';
  readonly value: string;
}

export type OrderKey = NumberKey | TimeKey | TextKey;

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([Zz]|[+-]\d{2}:\d{2})?)?$/;

function numberKey(text: string): NumberKey | undefined {
  if (!NUMERIC.test(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  return { kind: 'number', value, exact: INTEGER.test(text) ? BigInt(text) : undefined };
}

/** Parses an RFC 3339 date-time (seconds and offset optional, offset defaults to UTC) or date. */
export function parseTime(text: string): TimeKey | undefined {
  const m = DATE.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((k) =>
    Number(m[k] ?? 0),
  ) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const fraction = (m[7] ?? '').padEnd(9, '0').slice(0, 9);
  const offset = m[8] ?? 'Z';
  let offsetMinutes = 0;
  if (offset !== 'Z' && offset !== 'z') {
    const sign = offset.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offsetMinutes, second, 0);
  const subSecondNs = Number(fraction);
  const ms = date.getTime() + Math.floor(subSecondNs / 1e6);
  return { kind: 'time', ms, ns: subSecondNs % 1e6 };
}

/** How a query value orders: as a number, a time or text. */
export function queryKey(text: string): OrderKey {
  return numberKey(text) ?? parseTime(text) ?? { kind: 'text', value: text };
}

/** The key of an event value comparable with keys of `kind`, if it has one. */
function valueKey(value: Scalar, kind: OrderKey['kind']): OrderKey | undefined {
  if (typeof value === 'number') {
    if (kind !== 'number' || !Number.isFinite(value)) return undefined;
    return { kind, value, exact: Number.isSafeInteger(value) ? BigInt(value) : undefined };
  }
  if (typeof value === 'bigint') {
    return kind === 'number' ? { kind, value: Number(value), exact: value } : undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (kind === 'number') return numberKey(value);
  if (kind === 'time') return parseTime(value);
  return numberKey(value) === undefined && parseTime(value) === undefined
    ? { kind, value }
    : undefined;
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

function compareKeys(a: OrderKey, b: OrderKey): number {
  if (a.kind === 'number' && b.kind === 'number') {
    if (a.exact !== undefined && b.exact !== undefined) {
      return a.exact < b.exact ? -1 : a.exact > b.exact ? 1 : 0;
    }
    return sign(a.value - b.value);
  }
  if (a.kind === 'time' && b.kind === 'time') return sign(a.ms - b.ms) || sign(a.ns - b.ns);
  if (a.kind === 'text' && b.kind === 'text')
    return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  return Number.NaN;
}

/**
 * The sign of `value` − `query` (-1, 0, 1), or `undefined` when they do not compare (a string
 * against a number, text against a date, a boolean, null).
 */
export function compareToKey(value: Scalar, query: OrderKey): number | undefined {
  const key = valueKey(value, query.kind);
  if (key === undefined) return undefined;
  const result = compareKeys(key, query);
  return Number.isNaN(result) ? undefined : result;
}
