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

export function compilePathReader(path: string): PathReader {
  const segments = path.split('.');
  const general = compilePath(path);
  return (root) => {
    let value: unknown = root;
    for (const segment of segments) {
      if (!isRecord(value)) return normalizeResolved(general(root));
      const next = value[segment];
      if (next === undefined && !Object.hasOwn(value, segment)) {
        return normalizeResolved(general(root));
      }
      value = next;
    }
    return typeof value === 'object' && value !== null ? normalizeResolved(general(root)) : value;
  };
}
