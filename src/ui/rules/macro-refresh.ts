/**
 * After a policy run, the rule submitted in rules mode is sent again when it names one of the
 * policy's macros: the engine compiles it anew with them (before, it used the macros of the
 * previous policy, or failed on an unknown name).
 */
import type { PolicyReport } from '../../protocol/messages';
import { replaceSpec, useSearchStore } from '../../state/search-store';

const IDENTIFIER = /[A-Za-z_][\w.]*/g;

/** Whether `rule` names one of `macroIds` (a bare identifier, not part of a field name). */
export function namesMacro(rule: string, macroIds: readonly string[]): boolean {
  const ids = new Set(macroIds);
  return (rule.match(IDENTIFIER) ?? []).some((word) => ids.has(word));
}

export function reapplyRuleWithMacros(report: PolicyReport): void {
  const { spec } = useSearchStore.getState();
  if (spec.mode !== 'rules' || spec.rule === '') return;
  const loaded = report.macros.flatMap((m) => (m.status === 'loaded' ? [m.id] : []));
  if (namesMacro(spec.rule, loaded)) replaceSpec({ ...spec });
}
