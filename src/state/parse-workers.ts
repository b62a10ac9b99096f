/**
 * How many parsing workers a load uses: one per core unless the page's storage says
 * otherwise (`parse-workers`, a whole number; for measuring how loading scales with cores).
 */
import type { OpenOptions } from '../protocol/messages';

export const PARSE_WORKERS_KEY = 'parse-workers';

export function parseWorkersOption(): Pick<OpenOptions, 'parseWorkers'> {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(PARSE_WORKERS_KEY);
  } catch {
    // Storage refused (private mode, a sandboxed frame): the default.
  }
  const n = Number(stored);
  return stored !== null && Number.isInteger(n) && n >= 1 ? { parseWorkers: n } : {};
}
