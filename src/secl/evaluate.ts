/**
 * The reference evaluator: a compiled rule over one parsed event body, with each leaf's result,
 * field and value for explanations. Rules of another event type are false for the event
 * (their leaves are still reported).
 */
import type { CompiledRule } from './compile';
import { evaluateTree } from './rule-tree';
import { resolverOf } from './slots';
import type { Tri } from './tri';
import { Tri as T, triAnd } from './tri';

export interface LeafResult {
  readonly index: number;
  readonly result: Tri;
  /** SECL field tested, if any. */
  readonly field: string | undefined;
  /** Its value(s) in the event, as displayed. */
  readonly value: unknown;
  readonly text: string;
}

export interface RuleEvaluation {
  readonly result: Tri;
  readonly leaves: readonly LeafResult[];
}

function evtName(body: unknown): unknown {
  return resolverOf('evt.name')(body)[0];
}

/** Whether a rule applies to events of type `name` (`evt.name`). */
export function appliesToEventType(rule: CompiledRule, name: unknown): boolean {
  return rule.eventType === undefined || rule.eventType === name;
}

export function evaluateRule(rule: CompiledRule, body: unknown): RuleEvaluation {
  const leaves: LeafResult[] = rule.leaves.map((leaf, index) => {
    const values = leaf.paths.map((path) => resolverOf(path)(body));
    const { result, value } = leaf.explain(values);
    return { index, result, field: leaf.field, value, text: leaf.text };
  });
  const tree = evaluateTree(rule.tree, (index) => leaves[index]?.result ?? T.Unknown);
  const applies = appliesToEventType(rule, evtName(body)) ? T.True : T.False;
  return { result: triAnd(applies, tree), leaves };
}
