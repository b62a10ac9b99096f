// One word per policy rule — matched, undecided, not matched, skipped, error — from its decided
// matches and undecided events: a rule with only undecided events is never "matched".
import { describe, expect, it } from 'vitest';
import type { PolicyRuleReport } from '../../protocol/messages';
import { reportOrder, verdictCounts, verdictOf } from './rule-verdict';

function rule(
  id: string,
  fields: Partial<Pick<PolicyRuleReport, 'status' | 'matches' | 'undecided'>>,
): PolicyRuleReport {
  return {
    id,
    description: undefined,
    expression: 'exec.file.name == "sh"',
    status: 'compiled',
    matches: 0,
    undecided: 0,
    undecidedFilters: [],
    errors: [],
    reason: undefined,
    unknownNotes: [],
    notes: [],
    ...fields,
  };
}

const RULES = [
  rule('none', {}),
  rule('unknown_only', { undecided: 2 }),
  rule('both', { matches: 1, undecided: 5 }),
  rule('broken', { status: 'error' }),
  rule('many', { matches: 9 }),
  rule('off', { status: 'skipped' }),
  rule('unknown_more', { undecided: 7 }),
];

describe('policy rule verdicts', () => {
  it('calls a rule matched only with a decided match, undecided with only unknown events', () => {
    expect(RULES.map((r) => [r.id, verdictOf(r)])).toEqual([
      ['none', 'not-matched'],
      ['unknown_only', 'undecided'],
      ['both', 'matched'],
      ['broken', 'error'],
      ['many', 'matched'],
      ['off', 'skipped'],
      ['unknown_more', 'undecided'],
    ]);
  });

  it('counts each verdict once per rule', () => {
    expect(verdictCounts(RULES)).toEqual({
      matched: 2,
      undecided: 2,
      'not-matched': 1,
      skipped: 1,
      error: 1,
    });
    expect(verdictCounts([])).toEqual({
      matched: 0,
      undecided: 0,
      'not-matched': 0,
      skipped: 0,
      error: 0,
    });
  });

  it('orders matched, undecided, errors, not matched, skipped; most events first', () => {
    expect(reportOrder(RULES).map((r) => r.id)).toEqual([
      'many',
      'both',
      'unknown_more',
      'unknown_only',
      'broken',
      'none',
      'off',
    ]);
  });
});
