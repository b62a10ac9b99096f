/**
 * Timestamps as SECL sees them: nanoseconds since the epoch, read from the RFC 3339 strings
 * of exports (`2026-11-20T10:15:03.123456789Z`, offsets allowed) with full nanosecond precision.
 */

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9})\d*)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/** Nanoseconds since the epoch, or `undefined` when `text` is not an RFC 3339 date-time. */
export function parseTimestampNs(text: string): bigint | undefined {
  const m = RFC3339.exec(text.trim());
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(ms)) return undefined;
  let ns = BigInt(ms) * 1_000_000n + BigInt((frac ?? '').padEnd(9, '0') || '0');
  if (sign !== undefined) {
    const offset = (BigInt(Number(oh)) * 60n + BigInt(Number(om))) * 60_000_000_000n;
    ns = sign === '+' ? ns - offset : ns + offset;
  }
  return ns;
}

/** Nanoseconds since the epoch as RFC 3339 with nanoseconds (`2026-11-20T10:15:03.123456789Z`). */
export function formatTimestampNs(ns: bigint): string {
  const seconds = ns / 1_000_000_000n - (ns % 1_000_000_000n < 0n ? 1n : 0n);
  const fraction = ns - seconds * 1_000_000_000n;
  const date = new Date(Number(seconds) * 1000);
  if (Number.isNaN(date.getTime())) return ns.toString();
  return `${date.toISOString().slice(0, 19)}.${fraction.toString().padStart(9, '0')}Z`;
}
