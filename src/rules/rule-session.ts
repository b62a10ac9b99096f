/**
 * The worker's rule state that outlives one view: what the last policy run left — its macros
 * (rules typed afterwards may use them) and its rules whose loading is undecided (a typed or
 * clicked rule with the same expression is that rule: its matches stay undecided) — compiled
 * rules by expression, and the filter of the rule in force (kept while the same rule runs over
 * the same index, so refreshes while loading only evaluate what is new in its code tables).
 */
import type { FieldColumns } from '../index/field-columns';
import type { UndecidedLoad } from '../protocol/messages';
import type { CompileResult, CompiledRule, LoadedPolicy, MacroTable } from '../secl';
import { NO_MACROS, Tri, compileRule } from '../secl';
import { RuleFilter } from './rule-filter';

/** Compiled expressions kept, at most. */
const MAX_COMPILED = 64;

/** The policy's compiled rules whose `filters` could not be decided, by expression. */
function undecidedLoads(policy: LoadedPolicy): Map<string, UndecidedLoad> {
  const loads = new Map<string, UndecidedLoad>();
  for (const rule of policy.rules) {
    const key = rule.expression.trim();
    if (rule.status !== 'compiled' || rule.undecidedFilters.length === 0 || loads.has(key)) {
      continue;
    }
    loads.set(key, { ruleId: rule.id, filters: rule.undecidedFilters });
  }
  return loads;
}

export class RuleSession {
  private macros: MacroTable = NO_MACROS;
  private loads = new Map<string, UndecidedLoad>();
  private readonly compiled = new Map<string, CompileResult>();
  private lastFilter: RuleFilter | undefined;

  /** Rules compiled from now on expand the policy's macros and know its undecided rules. */
  usePolicy(policy: LoadedPolicy): void {
    this.macros = policy.macroTable;
    this.loads = undecidedLoads(policy);
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

  /** The last policy's rule with this expression, when whether the agent loads it is unknown. */
  undecidedLoadOf(rule: CompiledRule): UndecidedLoad | undefined {
    return this.loads.get(rule.expression.trim());
  }

  /** The filter of `rule` over `fields` (the same one while both stay). */
  filter(rule: CompiledRule, fields: FieldColumns): RuleFilter {
    if (this.lastFilter?.rule !== rule || this.lastFilter.fields !== fields) {
      const loaded = this.undecidedLoadOf(rule) === undefined ? Tri.True : Tri.Unknown;
      this.lastFilter = new RuleFilter(rule, fields, undefined, loaded);
    }
    return this.lastFilter;
  }
}
