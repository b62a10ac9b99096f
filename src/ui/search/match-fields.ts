/**
 * Ranks catalog fields against what the analyst has typed of a field name. Matching is
 * case-insensitive; `@` is optional (typing `pro` finds `@process.pid` as well as typing
 * `@pro` does). Best first:
 *
 * 1. the field starts with the typed text (`@pro` → `@process.pid`);
 * 2. a later path segment (after `.` or `_`) starts with it (`port` →
 *    `@network.source.port`);
 * 3. the field merely contains it.
 *
 * Ties go to indexed (fast) fields, then shallower paths, then alphabetical order. Runs on the
 * main thread per keystroke: one pass over ~850 precomputed lowercase keys.
 */
import type { FieldInfo } from '../common/field-catalog';

export interface FieldMatch {
  readonly info: FieldInfo;
  /** 0 prefix, 1 segment prefix, 2 substring. */
  readonly rank: number;
}

export interface FieldMatches {
  readonly matches: readonly FieldMatch[];
  /** Matches beyond `limit` that were left out. */
  readonly more: number;
}

interface Keyed {
  readonly info: FieldInfo;
  /** Lowercase field without the leading `@`. */
  readonly key: string;
  readonly depth: number;
}

const keyedCache = new WeakMap<readonly FieldInfo[], readonly Keyed[]>();

function keyed(catalog: readonly FieldInfo[]): readonly Keyed[] {
  let keys = keyedCache.get(catalog);
  if (keys === undefined) {
    keys = catalog.map((info) => ({
      info,
      key: info.field.replace(/^@/, '').toLowerCase(),
      depth: info.field.split('.').length,
    }));
    keyedCache.set(catalog, keys);
  }
  return keys;
}

function rankOf(key: string, typed: string): number | undefined {
  if (typed === '' || key.startsWith(typed)) return 0;
  const at = key.indexOf(typed);
  if (at < 0) return undefined;
  for (let i = at; i >= 0; i = key.indexOf(typed, i + 1)) {
    const before = key.charAt(i - 1);
    if (before === '.' || before === '_') return 1;
  }
  return 2;
}

/** Fields matching `typed` (with or without `@`), best first, at most `limit`. */
export function matchFields(
  catalog: readonly FieldInfo[],
  typed: string,
  limit: number,
): FieldMatches {
  const needle = typed.replace(/^@/, '').toLowerCase();
  const found: { item: Keyed; rank: number }[] = [];
  for (const item of keyed(catalog)) {
    const rank = rankOf(item.key, needle);
    if (rank !== undefined) found.push({ item, rank });
  }
  found.sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(b.item.info.isIndexed) - Number(a.item.info.isIndexed) ||
      a.item.depth - b.item.depth ||
      (a.item.key < b.item.key ? -1 : a.item.key > b.item.key ? 1 : 0),
  );
  return {
    matches: found.slice(0, limit).map(({ item, rank }) => ({ info: item.info, rank })),
    more: Math.max(0, found.length - limit),
  };
}
