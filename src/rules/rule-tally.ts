/**
 * Counting a rule's three-valued results: matched (true), undecided (unknown) — everything
 * else did not match. Over every event, or over the keys of a view (the events the query, time
 * range and starred-only keep), so the counts shown always describe the rows shown.
 */
import { Tri } from '../secl';

export interface RuleTally {
  /** Events the rule is true for: matches. */
  readonly matched: number;
  /** Events it could not decide (unknown): neither a match nor a miss. */
  readonly undecided: number;
}

export const NO_TALLY: RuleTally = { matched: 0, undecided: 0 };

/** Tallies `results` (a `Tri` per key), over `keys` when given, else over every key. */
export function tallyResults(results: Uint8Array, keys?: Uint32Array): RuleTally {
  let matched = 0;
  let undecided = 0;
  const count = keys === undefined ? results.length : keys.length;
  for (let i = 0; i < count; i++) {
    const result = results[keys === undefined ? i : (keys[i] as number)];
    if (result === Tri.True) matched++;
    else if (result === Tri.Unknown) undecided++;
  }
  return { matched, undecided };
}
