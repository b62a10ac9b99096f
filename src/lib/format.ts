/**
 * Display formatting for numbers, sizes, rates, times and durations. Pure functions with a
 * fixed locale (`en-US` digits, `,` thousands separator) so that what the page shows does
 * not depend on the machine it runs on. Sizes use decimal units (1 MB = 1,000,000 bytes),
 * as file managers on most systems show them.
 */

const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `1234567` → `1,234,567`. Non-finite values show as `—`. */
export function formatInt(n: number): string {
  return Number.isFinite(n) ? INTEGER.format(Math.round(n)) : '—';
}

/**
 * A count with its noun, singular for exactly one: `formatCount(1, 'event')` → `1 event`,
 * `formatCount(1234, 'child', 'children')` → `1,234 children`.
 */
export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatInt(n)} ${n === 1 ? singular : plural}`;
}

function oneDecimal(n: number): string {
  // 3 significant digits at most: 1.2, 12.3, 123 (no trailing ".0").
  const fixed = n < 100 ? n.toFixed(1) : n.toFixed(0);
  return fixed.endsWith('.0') ? fixed.slice(0, -2) : fixed;
}

const BYTE_UNITS = ['KB', 'MB', 'GB', 'TB', 'PB'] as const;

/** `412_000_000` → `412 MB`, `3_100_000_000` → `3.1 GB`, `512` → `512 B`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  let value = bytes;
  let unit: string = 'B';
  for (const next of BYTE_UNITS) {
    if (value < 999.5) break;
    value /= 1000;
    unit = next;
  }
  return `${oneDecimal(value)} ${unit}`;
}

const COUNT_UNITS = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
] as const;

/** Short count: `1_234_567` → `1.2M`, `180_000` → `180k`, `950` → `950`. */
export function formatCompact(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  for (const [size, suffix] of COUNT_UNITS) {
    // Round first so 999_950 shows as 1M, not 1000k.
    if (abs >= size * 0.99995) return `${oneDecimal(n / size)}${suffix}`;
  }
  return formatInt(n);
}

/**
 * Items per second from a count and an elapsed time: `180k/s`, or `180k events/s` with a
 * unit; `—` before any time has passed.
 */
export function formatRate(count: number, elapsedMs: number, unit = ''): string {
  if (!(elapsedMs > 0) || !Number.isFinite(count)) return '—';
  const rate = formatCompact((count * 1000) / elapsedMs);
  return unit === '' ? `${rate}/s` : `${rate} ${unit}/s`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Epoch milliseconds → `2026-11-20 08:15:03.123` (UTC). NaN or out of range → `—`. */
export function formatUtcTime(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '—';
  const year = d.getUTCFullYear();
  const yyyy = year >= 0 && year <= 9999 ? pad(year, 4) : String(year);
  return (
    `${yyyy}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `.${pad(d.getUTCMilliseconds(), 3)}`
  );
}

/** `850` → `850 ms`, `12_400` → `12 s`, `184_000` → `3 min 04 s`, `3_720_000` → `1 h 02 min`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const totalSeconds = Math.floor(ms / 1000);
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const totalMinutes = Math.floor(totalSeconds / 60);
  if (totalMinutes < 60) return `${totalMinutes} min ${pad(totalSeconds % 60)} s`;
  return `${Math.floor(totalMinutes / 60)} h ${pad(totalMinutes % 60)} min`;
}

/** `0.4123` → `41%`; clamps to 0–100. */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  return `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%`;
}

/** A 64-hex-digit container id → its usual 12-character short form; other ids unchanged. */
export function shortContainerId(id: string): string {
  return /^[0-9a-f]{13,}$/i.test(id) ? id.slice(0, 12) : id;
}
