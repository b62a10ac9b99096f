/**
 * What a policy run says of each rule, in one word: `matched` (at least one event decided
 * true), `undecided` (no decided match, but events it could not decide — unknown fields, or
 * filters that leave its loading unknown), `not-matched` (decided false on every event),
 * `skipped` or `error`. The report's counts, filter and order all come from here.
 */
import type { PolicyRuleReport } from '../../protocol/messages';

export type RuleVerdict = 'matched' | 'undecided' | 'not-matched' | 'skipped' | 'error';

export const VERDICT_LABELS: Readonly<Record<RuleVerdict, string>> = {
  matched: 'matched',
  undecided: 'undecided',
  'not-matched': 'not matched',
  skipped: 'skipped',
  error: 'error',
};

export function verdictOf(rule: PolicyRuleReport): RuleVerdict {
  if (rule.status === 'error') return 'error';
  if (rule.status === 'skipped') return 'skipped';
  if (rule.matches > 0) return 'matched';
  return rule.undecided > 0 ? 'undecided' : 'not-matched';
}

export type VerdictCounts = Readonly<Record<RuleVerdict, number>>;

export function verdictCounts(rules: readonly PolicyRuleReport[]): VerdictCounts {
  const counts = { matched: 0, undecided: 0, 'not-matched': 0, skipped: 0, error: 0 };
  for (const rule of rules) counts[verdictOf(rule)]++;
  return counts;
}

const RANK: Readonly<Record<RuleVerdict, number>> = {
  matched: 0,
  undecided: 1,
  error: 2,
  'not-matched': 3,
  skipped: 4,
};

/** Matched rules first (most matches first), then undecided, errors, not matched, skipped. */
export function reportOrder(rules: readonly PolicyRuleReport[]): PolicyRuleReport[] {
  return [...rules].sort(
    (a, b) =>
      RANK[verdictOf(a)] - RANK[verdictOf(b)] || b.matches - a.matches || b.undecided - a.undecided,
  );
}
