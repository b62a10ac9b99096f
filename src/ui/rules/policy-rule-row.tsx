/**
 * One rule of a policy report (`policy-rule`): its id and description, its verdict (matched,
 * undecided, not matched, skipped, error), its decided matches and undecided events, and why
 * it was skipped, failed or left events undecided (filters that could not be decided, fields
 * exports lack). Activating the rule puts its expression in the rule box and applies it, so
 * the table shows its events. Rule texts come from the file: shown as text only.
 */
import { formatInt } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import type { PolicyRuleReport } from '../../protocol/messages';
import { applyRule } from '../../state/search-store';
import { Mirror } from '../search/text-errors';
import { VERDICT_LABELS, verdictOf } from './rule-verdict';

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
      {rule.undecidedFilters.map((filter) => (
        <p key={filter} className="policy-rule-why" data-testid="policy-rule-undecided-filter">
          filter <code>{visibleText(filter).text}</code> could not be decided for this agent:
          whether it loads the rule is unknown, so the events it would match are undecided
        </p>
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

function Count({ value, isShown }: { readonly value: number; readonly isShown: boolean }) {
  if (!isShown) return <span className="policy-rule-num dim">—</span>;
  return <span className={`policy-rule-num${value === 0 ? ' dim' : ''}`}>{formatInt(value)}</span>;
}

export function PolicyRuleRow({
  rule,
  isActive,
}: {
  readonly rule: PolicyRuleReport;
  readonly isActive: boolean;
}) {
  const isRunnable = rule.status === 'compiled';
  const verdict = verdictOf(rule);
  return (
    <li
      className="policy-rule"
      data-testid="policy-rule"
      data-rule-id={rule.id}
      data-status={rule.status}
      data-verdict={verdict}
      data-matches={rule.matches}
      data-undecided={rule.undecided}
      aria-current={isActive}
    >
      <button
        type="button"
        className="policy-rule-button"
        disabled={!isRunnable}
        title={isRunnable ? 'Show this rule’s events in the table' : undefined}
        onClick={() => applyRule(rule.expression)}
      >
        <span className="policy-rule-id">{visibleText(rule.id).text}</span>
        <span className={`policy-verdict policy-verdict--${verdict}`}>
          {VERDICT_LABELS[verdict]}
        </span>
        <Count value={rule.matches} isShown={isRunnable} />
        <Count value={rule.undecided} isShown={isRunnable} />
      </button>
      <div className="policy-rule-body">
        {rule.description !== undefined && (
          <p className="policy-rule-description">{visibleText(rule.description).text}</p>
        )}
        <RuleDetail rule={rule} />
      </div>
    </li>
  );
}
