/**
 * Format checks used by the generated validator. `date-time` is RFC 3339 (as the
 * standard format of JSON Schema): a full date, `T` (or `t`, or a space), a time with
 * optional fraction, and `Z` or a numeric offset; month, day (leap years included), hour,
 * minute and second ranges are checked. Written with character codes rather than regular
 * expressions because every event carries a dozen such times.
 */
import { daysInMonth } from '../../lib/calendar';

function digits(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

export function isDateTime(s: string): boolean {
  if (s.length < 20) return false;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  if (year < 0 || s[4] !== '-' || s[7] !== '-' || month < 1 || month > 12) return false;
  if (day < 1 || day > daysInMonth(year, month)) return false;
  const t = s[10];
  if (t !== 'T' && t !== 't' && t !== ' ') return false;
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  if (s[13] !== ':' || s[16] !== ':' || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    return false;
  }
  if (second < 0 || second > 60) return false;
  let i = 19;
  if (s[i] === '.') {
    i++;
    const start = i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) return false;
  }
  const zone = s[i];
  if (zone === 'Z' || zone === 'z') return i + 1 === s.length;
  if (zone !== '+' && zone !== '-') return false;
  // `±HH`, `±HHMM` or `±HH:MM`, as the standard format accepts.
  const offsetHour = digits(s, i + 1, 2);
  const rest = s.length - (i + 3);
  const minuteAt = rest === 3 && s[i + 3] === ':' ? i + 4 : rest === 2 ? i + 3 : -1;
  if (offsetHour < 0 || offsetHour > 23 || (rest !== 0 && minuteAt < 0)) return false;
  const offsetMinute = rest === 0 ? 0 : digits(s, minuteAt, 2);
  return offsetMinute >= 0 && offsetMinute <= 59;
}

/** The format definitions the validator refers to, by JSON Schema format name. */
export const FORMATS: Readonly<
  Record<string, { readonly type: 'string'; readonly validate: (s: string) => boolean }>
> = {
  'date-time': { type: 'string', validate: isDateTime },
};
