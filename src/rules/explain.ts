/**
 * How a rule decides one event, leaf by leaf, for the detail pane: each sub-expression's text,
 * span, field, the event's value(s) of that field (as display text) and its three-valued
 * result, read from the index's columns. Same semantics as the reference `evaluateRule`; a
 * policy rule whose loading is undecided decides no event true (at best unknown).
 */
import type { FieldColumns } from '../index/field-columns';
import { valuesOf } from '../index/value-column';
import type {
  RuleExplanation,
  RuleLeafExplanation,
  RuleResult,
  UndecidedLoad,
} from '../protocol/messages';
import type { CompiledRule } from '../secl';
import { Tri, evaluateTree, triAnd } from '../secl';
import { EVENT_TYPE_PATH, columnOf, leafColumns, leafValues } from './rule-columns';

/** Longest value text sent for one leaf. */
const MAX_VALUE_CHARS = 2_000;

export function resultName(result: Tri): RuleResult {
  return result === Tri.True ? 'true' : result === Tri.False ? 'false' : 'unknown';
}

/** A tested value as text: strings quoted (so `""` shows), lists and numbers as JSON. */
export function valueText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'bigint' ? v.toString() : v,
  );
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}

export function explainRule(
  rule: CompiledRule,
  fields: FieldColumns,
  key: number,
  undecidedLoad: UndecidedLoad | undefined,
): RuleExplanation {
  const results: Tri[] = [];
  const leaves: RuleLeafExplanation[] = rule.leaves.map((leaf) => {
    const { result, value } = leaf.explain(leafValues(leafColumns(fields, leaf), key));
    results.push(result);
    return {
      text: leaf.text,
      position: leaf.position,
      length: leaf.length,
      macro: leaf.macro,
      field: leaf.field,
      value: valueText(value),
      result: resultName(result),
    };
  });
  const type = valuesOf(columnOf(fields, EVENT_TYPE_PATH).value(key))[0];
  const typeMatches = rule.eventType === undefined || rule.eventType === type;
  const tree = evaluateTree(rule.tree, (index) => results[index] ?? Tri.Unknown);
  const loaded = undecidedLoad === undefined ? Tri.True : Tri.Unknown;
  return {
    rule: rule.expression,
    result: resultName(typeMatches ? triAnd(loaded, tree) : Tri.False),
    eventType: rule.eventType,
    typeMatches,
    undecidedLoad,
    leaves,
  };
}
