/**
 * The report of a policy run (`policy-report`), a panel as wide as the table whose height the
 * analyst can drag: the totals by verdict (matched, undecided, not matched, skipped, errors),
 * then one row per rule with its verdict, decided matches and undecided events — matched rules
 * first. While the run is under way it shows its progress; a cancelled run's report holds the
 * rules done before the stop, marked partial. Close hides the panel; the rules row offers it
 * again until another policy is opened.
 */
import { useState } from 'react';
import { formatDuration, formatInt } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import type { PolicyReport as Report } from '../../protocol/messages';
import { useDatasetId } from '../../state/ingest-store';
import { useSearchStore } from '../../state/search-store';
import { PolicyProgress } from './policy-progress';
import { PolicyRuleRow } from './policy-rule-row';
import { closePolicyReport, usePolicyStore } from './policy-store';
import type { RuleVerdict } from './rule-verdict';
import { reportOrder, verdictCounts, verdictOf } from './rule-verdict';

type Show = 'all' | RuleVerdict | 'problems';

const SHOW_OPTIONS: readonly { readonly value: Show; readonly label: string }[] = [
  { value: 'all', label: 'all rules' },
  { value: 'matched', label: 'matched' },
  { value: 'undecided', label: 'undecided' },
  { value: 'not-matched', label: 'not matched' },
  { value: 'problems', label: 'skipped, errors, unknowns' },
];

function isShownBy(show: Show, rule: Report['rules'][number]): boolean {
  if (show === 'all') return true;
  if (show === 'problems') return rule.status !== 'compiled' || rule.unknownNotes.length > 0;
  return verdictOf(rule) === show;
}

function Totals({ report }: { readonly report: Report }) {
  const counts = verdictCounts(report.rules);
  return (
    <p
      className="policy-totals"
      data-testid="policy-totals"
      data-partial={report.cancelled}
      data-matched={counts.matched}
      data-undecided={counts.undecided}
      data-not-matched={counts['not-matched']}
    >
      {report.cancelled && (
        <strong className="policy-partial" data-testid="policy-partial">
          Cancelled — partial: {formatInt(report.rules.length)} of {formatInt(report.ruleTotal)}{' '}
          rules run.{' '}
        </strong>
      )}
      {formatInt(report.rules.length)} rules (version {report.version ?? '?'}, as agent{' '}
      {report.agentVersion}): <strong>{formatInt(counts.matched)} matched</strong>,{' '}
      <strong className="policy-totals-undecided">{formatInt(counts.undecided)} undecided</strong>,{' '}
      {formatInt(counts['not-matched'])} not matched, {formatInt(counts.skipped)} skipped,{' '}
      {formatInt(counts.error)} with errors — over {formatInt(report.total)} events in{' '}
      {formatDuration(report.elapsedMs)}
    </p>
  );
}

function RuleList({ report, show }: { readonly report: Report; readonly show: Show }) {
  const inForce = useSearchStore((s) => s.summary?.spec.rule);
  const rules = reportOrder(report.rules).filter((rule) => isShownBy(show, rule));
  return (
    <div className="policy-table" role="group" aria-label="Rules of the policy">
      <div className="policy-table-head" aria-hidden="true">
        <span>Rule</span>
        <span>Result</span>
        <span className="policy-rule-num">Matches</span>
        <span className="policy-rule-num">Undecided</span>
      </div>
      <ul className="policy-rules">
        {rules.map((rule, i) => (
          <PolicyRuleRow
            key={`${rule.id}:${i}`}
            rule={rule}
            isActive={inForce === rule.expression.trim()}
          />
        ))}
      </ul>
    </div>
  );
}

export function PolicyReport() {
  const { fileName, running, progress, report, error, isShown } = usePolicyStore();
  const datasetId = useDatasetId();
  const [show, setShow] = useState<Show>('all');
  if (fileName === undefined || !isShown) return null;
  const stale = report !== undefined && report.datasetId !== datasetId;
  return (
    <section
      className="policy-report"
      data-testid="policy-report"
      aria-label="Policy report"
      aria-busy={running}
    >
      <header className="policy-report-head">
        <strong>{visibleText(fileName).text}</strong>
        {report !== undefined && (
          <select
            className="policy-show"
            aria-label="Rules shown"
            value={show}
            onChange={(e) => setShow(e.target.value as Show)}
          >
            {SHOW_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
        <button
          type="button"
          className="button button--small"
          data-testid="policy-report-close"
          title="Hide the report (Policy report shows it again)"
          onClick={closePolicyReport}
        >
          Close
        </button>
      </header>
      {running && <PolicyProgress progress={progress} />}
      {error !== undefined && (
        <p className="notice notice--error" role="alert">
          The policy could not be run: {error}
        </p>
      )}
      {stale && (
        <p className="notice notice--warn" data-testid="policy-stale">
          This report is for events that are no longer open: open the policy again to run it on
          these.
        </p>
      )}
      {report !== undefined && !stale && (
        <>
          {report.errors.map((e) => (
            <p key={e} className="notice notice--error" role="alert">
              {e}
            </p>
          ))}
          <Totals report={report} />
          <RuleList report={report} show={show} />
        </>
      )}
    </section>
  );
}
