/**
 * Rules mode under the query row: the rule box and its errors and unknown-field notes, the
 * policy picker and the report of the last policy run.
 */
import { useId } from 'react';
import { useSearchStore } from '../../state/search-store';
import { PolicyOpen } from './policy-open';
import { PolicyReport } from './policy-report';
import { RuleBox } from './rule-box';
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
      </div>
      <RuleErrors id={errorsId} />
      <RuleNotes />
      <PolicyReport />
    </div>
  );
}
