/**
 * Value counts of a field over the matching events: one pass over the matching rows counting
 * codes, then the distinct values expanded to their texts (a list counts once for each of
 * its values), filtered by the search text and ranked by count: the most frequent first, or
 * the least frequent first (picked from all the values, not the top ones reversed).
 */
import type { ColumnValue } from '../index/value-column';
import { valuesOf } from '../index/value-column';
import type { FacetOrder, FacetResult, FacetValue } from '../protocol/messages';

/** Text of one value as a facet shows it (and as a query would match it). */
export function valueText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Counts per code of `codes[key]` over `keys`. */
export function countCodes(keys: Uint32Array, codes: ArrayLike<number>, size: number): Uint32Array {
  const counts = new Uint32Array(size);
  for (let i = 0; i < keys.length; i++) {
    const code = codes[keys[i] as number] as number;
    counts[code] = (counts[code] as number) + 1;
  }
  return counts;
}

export interface FacetInput {
  readonly field: string;
  readonly counts: Uint32Array;
  /** Value of each code; code 0 is "absent" unless `absentCode` says otherwise. */
  readonly values: readonly ColumnValue[];
  readonly absentCode: number;
  readonly limit: number;
  readonly search: string | undefined;
  readonly order: FacetOrder;
}

export function facetResult(input: FacetInput): FacetResult {
  const { counts, values, absentCode, limit } = input;
  const needle = input.search?.trim().toLowerCase() ?? '';
  const byText = new Map<string, number>();
  let missing = 0;
  for (let code = 0; code < counts.length; code++) {
    const count = counts[code] as number;
    if (count === 0) continue;
    if (code === absentCode) {
      missing += count;
      continue;
    }
    const texts = new Set<string>();
    for (const v of valuesOf(values[code])) {
      const text = valueText(v);
      if (text !== undefined) texts.add(text);
    }
    if (texts.size === 0) missing += count;
    for (const text of texts) {
      if (needle !== '' && !text.toLowerCase().includes(needle)) continue;
      byText.set(text, (byText.get(text) ?? 0) + count);
    }
  }
  const ranked = rankedValues(byText, limit, input.order);
  return { field: input.field, values: ranked, distinct: byText.size, missing };
}

const byValue = (a: FacetValue, b: FacetValue): number =>
  a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
const mostFirst = (a: FacetValue, b: FacetValue): number => b.count - a.count || byValue(a, b);
const rarestFirst = (a: FacetValue, b: FacetValue): number => a.count - b.count || byValue(a, b);

/**
 * The `limit` most (`top`) or least (`rare`) frequent values. With many distinct values (file
 * paths), only those at or past the limit-th count in that order are sorted: a numeric sort
 * of the counts finds it.
 */
function rankedValues(
  byText: ReadonlyMap<string, number>,
  limit: number,
  order: FacetOrder,
): FacetValue[] {
  const k = Math.max(0, limit);
  if (k === 0 || byText.size === 0) return [];
  const isRare = order === 'rare';
  let isCandidate = (_count: number) => true;
  if (byText.size > 4 * k) {
    const counts = Uint32Array.from(byText.values()).sort();
    const threshold = counts[isRare ? k - 1 : counts.length - k] as number;
    isCandidate = isRare ? (count) => count <= threshold : (count) => count >= threshold;
  }
  const candidates: FacetValue[] = [];
  for (const [value, count] of byText) if (isCandidate(count)) candidates.push({ value, count });
  return candidates.sort(isRare ? rarestFirst : mostFirst).slice(0, k);
}
