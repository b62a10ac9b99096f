/**
 * Simulation time: nanoseconds relative to the run's start (exact in a double for ~100 days),
 * and its RFC 3339 rendering with a nine-digit fraction, as the agent writes times.
 */

export const NS_PER_MS = 1_000_000;
export const NS_PER_S = 1_000_000_000;
export const NS_PER_MIN = 60 * NS_PER_S;
export const NS_PER_H = 60 * NS_PER_MIN;
export const NS_PER_DAY = 24 * NS_PER_H;

export class TimeFormatter {
  private cachedSecond = Number.NaN;
  private cachedPrefix = '';

  constructor(readonly startMs: number) {}

  /** Epoch milliseconds of a relative time. */
  epochMs(relNs: number): number {
    return this.startMs + Math.floor(relNs / NS_PER_MS);
  }

  /** `2026-11-20T10:15:03.123456789Z` for a relative time (negative = before the start). */
  format(relNs: number): string {
    const msPart = Math.floor(relNs / NS_PER_MS);
    const subNs = relNs - msPart * NS_PER_MS;
    const epochMs = this.startMs + msPart;
    const second = Math.floor(epochMs / 1000);
    if (second !== this.cachedSecond) {
      this.cachedSecond = second;
      this.cachedPrefix = new Date(second * 1000).toISOString().slice(0, 19);
    }
    const fraction = (epochMs - second * 1000) * NS_PER_MS + Math.floor(subNs);
    return `${this.cachedPrefix}.${String(fraction).padStart(9, '0')}Z`;
  }
}

/** Millisecond-precision ISO time (`2026-11-20T10:15:03.123Z`), as log envelopes write it. */
export function isoMillis(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
