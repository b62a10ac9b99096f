/**
 * Reading and writing one JSON value under a browser-storage key through an injected
 * `getItem`/`setItem` pair (localStorage in the page, a Map in tests). Nothing here throws:
 * a missing, unreadable or corrupted value reads as undefined, a refused write (storage full
 * or disabled) comes back as a failed result.
 */

/** The part of the Web Storage API used here; `window.localStorage` satisfies it. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** The parsed value under `key`, or undefined when absent, unreadable or not JSON. */
export function readStored(storage: KeyValueStorage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

export function writeStored(storage: KeyValueStorage, key: string, value: unknown): WriteResult {
  try {
    storage.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return {
      ok: false,
      reason:
        name === 'QuotaExceededError'
          ? 'the browser storage is full'
          : 'the browser storage refused the change',
    };
  }
}

/** An in-memory storage, for tests and for pages where localStorage is disabled. */
export function memoryStorage(initial: Iterable<[string, string]> = []): KeyValueStorage {
  const items = new Map(initial);
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite epoch-ms time, or the fallback. */
export function timeOr(value: unknown, fallbackMs: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallbackMs;
}
