/**
 * After a policy run, the rule in force (rules mode) is sent again: the engine compiles it
 * anew with the policy's macros (before, it used the previous policy's, or failed on an
 * unknown name) and knows whether it is one of the policy's rules whose loading is undecided
 * (its matches are then undecided too).
 */
import { replaceSpec, useSearchStore } from '../../state/search-store';

export function reapplyRuleInForce(): void {
  const { spec } = useSearchStore.getState();
  if (spec.mode !== 'rules' || spec.rule === '') return;
  replaceSpec({ ...spec });
}
