/**
 * The table's mark for an event the rule in force could not decide (`rule-undecided`): a `?`
 * at the start of the row's Event cell — in rules mode the view holds the rule's matches *and*
 * the events it leaves undecided, and only the first are matches. Matches carry no mark.
 */
import type { RuleResult } from '../../protocol/messages';

export function RuleResultTag({ result }: { readonly result: RuleResult | undefined }) {
  if (result !== 'unknown') return null;
  return (
    <span
      className="rule-undecided-tag"
      data-testid="rule-undecided"
      role="img"
      aria-label="undecided"
      title="Undecided: the rule could not be decided on this event (the export does not carry what it needs) — not a match"
    >
      ?
    </span>
  );
}
