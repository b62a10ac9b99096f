/**
 * Value counts of a field over the matching events: one pass over the matching rows counting
 * codes, then the distinct values expanded to their texts (a list counts once for each of
 * its values), filtered by the search text and ranked by count.
 */
import type { ColumnValue } from '../index/value-column';
import { valuesOf } from '../index/value-column';
import type { FacetResult, FacetValue } from '../protocol/messages';

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
  return { field: input.field, values: topValues(byText, limit), distinct: byText.size, missing };
}

const byCountThenValue = (a: FacetValue, b: FacetValue): number =>
  b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/**
 * The `limit` most frequent values. With many distinct values (file paths), only those at or
 * above the limit-th largest count are sorted: a numeric sort of the counts finds it.
 */
function topValues(byText: ReadonlyMap<string, number>, limit: number): FacetValue[] {
  const k = Math.max(0, limit);
  if (k === 0 || byText.size === 0) return [];
  let threshold = 0;
  if (byText.size > 4 * k) {
    const counts = Uint32Array.from(byText.values()).sort();
    threshold = counts[counts.length - k] as number;
  }
  const candidates: FacetValue[] = [];
  for (const [value, count] of byText) if (count >= threshold) candidates.push({ value, count });
  return candidates.sort(byCountThenValue).slice(0, k);
}
