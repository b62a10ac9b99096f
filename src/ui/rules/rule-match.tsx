/**
 * The detail pane's "Rule" section (`rule-match`), shown while a rule is in force: whether
 * the rule matches the selected event, the rule text with each sub-expression marked by its
 * result, and per sub-expression the field tested, the event's value and true / false /
 * unknown. A policy rule whose loading is undecided is undecided on every event it would
 * match. Values are log content: rendered as text only.
 */
import { visibleText } from '../../lib/visible-text';
import type { RuleExplanation, RuleLeafExplanation, RuleResult } from '../../protocol/messages';
import { useRuleExplanation } from './use-rule-explanation';

const VERDICT: Readonly<Record<RuleResult, string>> = {
  true: 'The rule matches this event',
  false: 'The rule does not match this event',
  unknown: 'Unknown: the export does not carry what the rule needs (not a match)',
};

/** The rule text cut at its leaves' spans (a macro's leaves share the macro name's span). */
function MarkedRule({ explanation }: { readonly explanation: RuleExplanation }) {
  const text = explanation.rule;
  const spans = [...explanation.leaves]
    .filter((l) => l.length > 0)
    .sort((a, b) => a.position - b.position);
  const parts: { text: string; result?: RuleResult }[] = [];
  let at = 0;
  for (const leaf of spans) {
    if (leaf.position < at) continue;
    parts.push({ text: text.slice(at, leaf.position) });
    parts.push({
      text: text.slice(leaf.position, leaf.position + leaf.length),
      result: leaf.result,
    });
    at = leaf.position + leaf.length;
  }
  parts.push({ text: text.slice(at) });
  return (
    <code className="rule-marked">
      {parts.map((part, i) =>
        part.result === undefined ? (
          visibleText(part.text).text
        ) : (
          <mark key={i} className={`rule-leaf-mark rule-leaf-mark--${part.result}`}>
            {visibleText(part.text).text}
          </mark>
        ),
      )}
    </code>
  );
}

function LeafRow({ leaf }: { readonly leaf: RuleLeafExplanation }) {
  return (
    <li
      className="rule-leaf"
      data-testid="rule-leaf"
      data-result={leaf.result}
      data-field={leaf.field ?? ''}
    >
      <span className={`rule-result rule-result--${leaf.result}`}>{leaf.result}</span>
      <code className="rule-leaf-text">{visibleText(leaf.text).text}</code>
      {leaf.macro !== undefined && <span className="dim"> (macro {leaf.macro})</span>}
      {leaf.field !== undefined && (
        <span className="rule-leaf-value">
          {leaf.field} ={' '}
          {leaf.value === undefined ? (
            <span className="dim">unknown</span>
          ) : (
            visibleText(leaf.value).text
          )}
        </span>
      )}
    </li>
  );
}

export function RuleMatch({ eventKey }: { readonly eventKey: number }) {
  const explanation = useRuleExplanation(eventKey);
  if (explanation === undefined) return null;
  return (
    <section
      className="rule-match"
      data-testid="rule-match"
      data-result={explanation.result}
      aria-label="Rule"
    >
      <p className={`rule-verdict rule-verdict--${explanation.result}`}>
        {explanation.undecidedLoad !== undefined && explanation.result === 'unknown'
          ? `Undecided: the agent may not load policy rule ${visibleText(explanation.undecidedLoad.ruleId).text} (its filter could not be decided) — not a match`
          : VERDICT[explanation.result]}
        {!explanation.typeMatches && explanation.eventType !== undefined && (
          <> — it applies to {explanation.eventType} events only</>
        )}
      </p>
      <MarkedRule explanation={explanation} />
      <ul className="rule-leaves">
        {explanation.leaves.map((leaf, i) => (
          <LeafRow key={i} leaf={leaf} />
        ))}
      </ul>
    </section>
  );
}
