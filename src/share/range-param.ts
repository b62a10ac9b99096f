/**
 * A time range as two link parameters (the view's `from` / `to`, the lanes' `lanes-from` /
 * `lanes-to`): ISO 8601 UTC times when written; ISO 8601 or integer epoch ms when read. Each
 * part is checked on its own and a bad range is dropped with a notice naming its parameters.
 */
import type { TimeRange } from '../protocol/messages';
import { encodePart, quoteForNotice } from './fragment-text';
import { isTimeMs } from './view-link';

type Notice = (message: string) => void;

/** The two parameter values of `range`. */
export function writeRange(range: TimeRange): [string, string] {
  return [
    encodePart(new Date(range.fromMs).toISOString()),
    encodePart(new Date(range.toMs).toISOString()),
  ];
}

/** Epoch ms from ISO 8601 (`2024-05-01T10:00:00Z`, `2024-05-01`) or integer epoch ms. */
function readTime(key: string, value: string, notice: Notice): number | undefined {
  let ms = Number.NaN;
  if (/^-?\d{1,16}$/.test(value)) ms = Number(value);
  else if (/^[+-]?\d{4,6}-\d\d-\d\d(T|$)/.test(value)) ms = Date.parse(value);
  if (isTimeMs(ms)) return ms;
  notice(`${key}: ${quoteForNotice(value)} is not an ISO 8601 time or epoch ms — ignored`);
  return undefined;
}

/** The range of two decoded parameter values; `keys` name them in notices. */
export function readRange(
  from: string | undefined,
  to: string | undefined,
  notice: Notice,
  [fromKey, toKey]: readonly [string, string],
): TimeRange | undefined {
  if (from === undefined && to === undefined) return undefined;
  if (from === undefined || to === undefined) {
    notice(`${from === undefined ? fromKey : toKey}: missing — a time range needs both, ignored`);
    return undefined;
  }
  const fromMs = readTime(fromKey, from, notice);
  const toMs = readTime(toKey, to, notice);
  if (fromMs === undefined || toMs === undefined) return undefined;
  if (fromMs >= toMs) {
    notice(`${toKey}: the time range ends before it starts — ${fromKey} and ${toKey} ignored`);
    return undefined;
  }
  return { fromMs, toMs };
}
