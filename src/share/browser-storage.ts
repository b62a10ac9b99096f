/**
 * The page's storage for saved views and annotations: localStorage when the browser allows
 * it, else an in-memory stand-in (privacy settings can disable storage; the page then keeps
 * them for the session only).
 */
import type { KeyValueStorage } from './local-store';
import { memoryStorage } from './local-store';

let storage: KeyValueStorage | undefined;

export function browserStorage(): KeyValueStorage {
  if (storage !== undefined) return storage;
  try {
    const local = window.localStorage;
    local.getItem('');
    storage = local;
  } catch {
    storage = memoryStorage();
  }
  return storage;
}
