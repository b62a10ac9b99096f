/**
 * Rules mode under the query row: the rule box, its errors, what it decided (matches and
 * undecided events) and why events are undecided, the policy picker and the report of the
 * last policy run (or the button that shows it again).
 */
import { useId } from 'react';
import { useSearchStore } from '../../state/search-store';
import { PolicyOpen } from './policy-open';
import { PolicyReport } from './policy-report';
import { PolicyReportButton } from './policy-report-button';
import { RuleBox } from './rule-box';
import { RuleCounts } from './rule-counts';
import { RuleErrors } from './rule-errors';
import { RuleNotes } from './rule-notes';

export function RulesPanel() {
  const errorsId = useId();
  const hasErrors = useSearchStore((s) => (s.summary?.ruleErrors.length ?? 0) > 0);
  return (
    <div className="rules-panel" data-testid="rules-panel">
      <div className="rules-row">
        <RuleBox errorsId={hasErrors ? errorsId : undefined} />
        <PolicyOpen />
        <PolicyReportButton />
      </div>
      <RuleErrors id={errorsId} />
      <RuleCounts />
      <RuleNotes />
      <PolicyReport />
    </div>
  );
}
