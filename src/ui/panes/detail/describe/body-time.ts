/**
 * Times as the body writes them (RFC 3339 with nanoseconds, `2026-11-20T08:00:14.188130294Z`)
 * shown as read, only easier on the eye: `2026-11-20 08:00:14.188130294 UTC`. Digits are never
 * rounded; text that is not such a time is returned unchanged. Epoch milliseconds (some
 * producers write numbers) go through the page's usual UTC format.
 */
import { formatUtcTime } from '../../../../lib/format';

const RFC3339 = /^(\d{4}-\d\d-\d\d)[Tt ](\d\d:\d\d:\d\d(?:\.\d+)?)(Z|z|[+-]\d\d:?\d\d)?$/;

export function formatBodyTime(text: string): string {
  const match = RFC3339.exec(text);
  if (match === null) return text;
  const [, day, time, zone] = match;
  const suffix = zone === undefined ? '' : zone === 'Z' || zone === 'z' ? ' UTC' : ` ${zone}`;
  return `${day} ${time}${suffix}`;
}

/** Epoch milliseconds as shown elsewhere on the page. */
export function formatEpochMs(ms: number): string {
  return `${formatUtcTime(ms)} UTC`;
}
