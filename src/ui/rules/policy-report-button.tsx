/**
 * "Policy report" (`policy-report-show`): shows the last policy's report again after Close,
 * until another policy is opened. Only there while a report exists and is hidden.
 */
import { showPolicyReport, usePolicyStore } from './policy-store';

export function PolicyReportButton() {
  const isHidden = usePolicyStore((s) => s.fileName !== undefined && !s.isShown);
  if (!isHidden) return null;
  return (
    <button
      type="button"
      className="button"
      data-testid="policy-report-show"
      title="Show the report of the last policy run"
      onClick={showPolicyReport}
    >
      Policy report
    </button>
  );
}
