/**
 * The report of a policy run (`policy-report`): per rule its id, match count, and errors (with
 * the position in its expression), unknown-field notes or the reason it was skipped. Matching
 * rules come first. While the run is under way it shows its progress; a cancelled run's report
 * holds the rules done before the stop, marked partial. Activating a rule puts its expression in the rule box and applies it, so
 * the table shows its matches. Rule texts come from the file: shown as text only.
 */
import { useState } from 'react';
import { formatDuration, formatInt } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import type { PolicyReport as Report, PolicyRuleReport } from '../../protocol/messages';
import { useDatasetId } from '../../state/ingest-store';
import { applyRule, useSearchStore } from '../../state/search-store';
import { Mirror } from '../search/text-errors';
import { PolicyProgress } from './policy-progress';
import { closePolicyReport, usePolicyStore } from './policy-store';

type Show = 'all' | 'matching' | 'problems';

function order(rules: readonly PolicyRuleReport[]): PolicyRuleReport[] {
  const rank = (r: PolicyRuleReport) =>
    r.matches > 0 ? 0 : r.status === 'error' ? 1 : r.status === 'compiled' ? 2 : 3;
  return [...rules].sort((a, b) => rank(a) - rank(b) || b.matches - a.matches);
}

function RuleDetail({ rule }: { readonly rule: PolicyRuleReport }) {
  if (rule.status === 'skipped') {
    return (
      <p className="policy-rule-why" data-testid="policy-rule-reason">
        skipped: {rule.reason}
      </p>
    );
  }
  return (
    <>
      {rule.errors.map((error) => (
        <div
          key={`${error.position}:${error.message}`}
          className="policy-rule-error"
          data-testid="policy-rule-error"
        >
          {error.length > 0 && <Mirror query={rule.expression} error={error} />}
          <p className="query-error-text">
            {error.message} <span className="dim">(at character {error.position + 1})</span>
          </p>
        </div>
      ))}
      {rule.unknownNotes.length > 0 && (
        <p className="policy-rule-why">
          unknown offline: {rule.unknownNotes.map((n) => n.field).join(', ')}
        </p>
      )}
      {rule.notes.map((note) => (
        <p key={note} className="policy-rule-why">
          {note}
        </p>
      ))}
    </>
  );
}

function RuleRow({ rule, active }: { readonly rule: PolicyRuleReport; readonly active: boolean }) {
  const runnable = rule.status === 'compiled';
  return (
    <li
      className="policy-rule"
      data-testid="policy-rule"
      data-rule-id={rule.id}
      data-status={rule.status}
      data-matches={rule.matches}
      aria-current={active}
    >
      <button
        type="button"
        className="policy-rule-button"
        disabled={!runnable}
        title={runnable ? 'Show this rule’s matches' : undefined}
        onClick={() => applyRule(rule.expression)}
      >
        <span className="policy-rule-id">{visibleText(rule.id).text}</span>
        <span className={`policy-rule-count policy-rule-count--${rule.status}`}>
          {rule.status === 'compiled' ? formatInt(rule.matches) : rule.status}
        </span>
      </button>
      {rule.description !== undefined && (
        <p className="policy-rule-description">{visibleText(rule.description).text}</p>
      )}
      <RuleDetail rule={rule} />
    </li>
  );
}

function Totals({ report }: { readonly report: Report }) {
  const count = (test: (r: PolicyRuleReport) => boolean) => report.rules.filter(test).length;
  return (
    <p className="policy-totals" data-testid="policy-totals" data-partial={report.cancelled}>
      {report.cancelled && (
        <strong className="policy-partial" data-testid="policy-partial">
          Cancelled — partial: {formatInt(report.rules.length)} of {formatInt(report.ruleTotal)}{' '}
          rules run.{' '}
        </strong>
      )}
      {formatInt(report.rules.length)} rules (version {report.version ?? '?'}, as agent{' '}
      {report.agentVersion}): {formatInt(count((r) => r.matches > 0))} matched,{' '}
      {formatInt(count((r) => r.status === 'compiled'))} evaluated,{' '}
      {formatInt(count((r) => r.status === 'skipped'))} skipped,{' '}
      {formatInt(count((r) => r.status === 'error'))} with errors — over {formatInt(report.total)}{' '}
      events in {formatDuration(report.elapsedMs)}
    </p>
  );
}

export function PolicyReport() {
  const { fileName, running, progress, report, error } = usePolicyStore();
  const inForce = useSearchStore((s) => s.summary?.spec.rule);
  const datasetId = useDatasetId();
  const [show, setShow] = useState<Show>('all');
  if (fileName === undefined) return null;
  const stale = report !== undefined && report.datasetId !== datasetId;
  const rules =
    report === undefined
      ? []
      : order(report.rules).filter(
          (r) =>
            show === 'all' ||
            (show === 'matching'
              ? r.matches > 0
              : r.status !== 'compiled' || r.unknownNotes.length > 0),
        );
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
            <option value="all">all rules</option>
            <option value="matching">matching rules</option>
            <option value="problems">skipped, errors, unknowns</option>
          </select>
        )}
        <button type="button" className="button button--small" onClick={closePolicyReport}>
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
          <ul className="policy-rules">
            {rules.map((rule, i) => (
              <RuleRow key={`${rule.id}:${i}`} rule={rule} active={inForce === rule.expression} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
