/**
 * Reads one attribute path out of an event body for the index, with the same meaning as the
 * query language's `compilePath` (arrays walked, dotted keys reached with plain dots). The
 * common case — plain nested objects down to a scalar — is a direct property walk; anything
 * else (an array on the way, a key containing dots, an object at the end) goes through the
 * general resolver.
 *
 * One difference, on purpose: when an object has both `a` and `a.b` keys, the walk takes `a`
 * where the general resolver prefers the longer key. Real events never have both.
 */
import { compilePath } from '../query/resolve-path';
import { normalizeResolved, type ColumnValue } from './value-column';

export type PathReader = (root: unknown) => ColumnValue;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `object` has a key containing a dot. */
export function hasDottedKey(object: Record<string, unknown>): boolean {
  for (const key in object) if (Object.hasOwn(object, key) && key.includes('.')) return true;
  return false;
}

export function compilePathReader(path: string): PathReader {
  const segments = path.split('.');
  const general = compilePath(path);
  return (root) => {
    let value: unknown = root;
    for (const segment of segments) {
      if (!isRecord(value)) {
        // Arrays are walked by the general resolver; a scalar on the way means no value.
        return Array.isArray(value) ? normalizeResolved(general(root)) : undefined;
      }
      if (!Object.hasOwn(value, segment)) {
        // Missing, unless a key with dots (`mountpoint.path`) holds the rest of the path.
        return hasDottedKey(value) ? normalizeResolved(general(root)) : undefined;
      }
      value = value[segment];
    }
    return typeof value === 'object' && value !== null ? normalizeResolved(general(root)) : value;
  };
}
