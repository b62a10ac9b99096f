/**
 * The worker's rule state that outlives one view: the macros of the last policy run (rules
 * typed afterwards may use them), compiled rules by expression, and the filter of the rule in
 * force (kept while the same rule runs over the same index, so refreshes while loading only
 * evaluate what is new in its code tables).
 */
import type { FieldColumns } from '../index/field-columns';
import type { CompileResult, CompiledRule, MacroTable } from '../secl';
import { NO_MACROS, compileRule } from '../secl';
import { RuleFilter } from './rule-filter';

/** Compiled expressions kept, at most. */
const MAX_COMPILED = 64;

export class RuleSession {
  private macros: MacroTable = NO_MACROS;
  private readonly compiled = new Map<string, CompileResult>();
  private lastFilter: RuleFilter | undefined;

  /** Rules compiled from now on expand these macros. */
  useMacros(macros: MacroTable): void {
    this.macros = macros;
    this.compiled.clear();
    this.lastFilter = undefined;
  }

  compile(expression: string): CompileResult {
    let result = this.compiled.get(expression);
    if (result === undefined) {
      if (this.compiled.size >= MAX_COMPILED) this.compiled.clear();
      result = compileRule(expression, { macros: this.macros });
      this.compiled.set(expression, result);
    }
    return result;
  }

  /** The rule in force for `expression`, if it compiles. */
  ruleOf(expression: string | undefined): CompiledRule | undefined {
    if (expression === undefined || expression === '') return undefined;
    const result = this.compile(expression);
    return result.ok ? result.rule : undefined;
  }

  /** The filter of `rule` over `fields` (the same one while both stay). */
  filter(rule: CompiledRule, fields: FieldColumns): RuleFilter {
    if (this.lastFilter?.rule !== rule || this.lastFilter.fields !== fields) {
      this.lastFilter = new RuleFilter(rule, fields);
    }
    return this.lastFilter;
  }
}
