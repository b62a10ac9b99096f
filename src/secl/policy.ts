/**
 * Policy files (`default.policy` YAML): macros and rules, each rule compiled, failed with its
 * errors, or skipped with the reason — disabled, an `agent_version` constraint excluding the
 * agent version evaluated as, or `filters` excluding the target OS/kernel. Hostile or
 * malformed YAML yields errors, never exceptions.
 */
import { parse } from 'yaml';
import { compareVersions, parseVersion, satisfiesVersion, type Version } from './agent-version';
import type { CompiledRule, UnknownNote } from './compile';
import { compileRule } from './compile';
import type { SeclError } from './errors';
import type { MacroDefinition, MacroTable } from './macros';
import { NO_MACROS, buildMacroTable } from './macros';
import type { FilterTarget } from './policy-filters';
import { evaluateFilter } from './policy-filters';
import { Tri } from './tri';

/** The agent version rules are evaluated as when none is given: a recent agent. */
export const DEFAULT_AGENT_VERSION = '7.73.0';

export interface PolicyOptions {
  readonly agentVersion?: string;
  readonly os?: string;
  readonly kernel?: FilterTarget['kernel'];
}

interface RuleBase {
  readonly id: string;
  readonly description: string | undefined;
  readonly expression: string;
  /**
   * Its `filters` that could not be decided for the target (a kernel version the export does
   * not tell): whether the agent loads the rule is unknown, so none of its matches is decided.
   */
  readonly undecidedFilters: readonly string[];
  /** Load-time remarks: duplicate ids, macros replaced. */
  readonly notes: readonly string[];
}

export type PolicyRule =
  | (RuleBase & {
      readonly status: 'compiled';
      readonly rule: CompiledRule;
      readonly unknownNotes: readonly UnknownNote[];
    })
  | (RuleBase & { readonly status: 'error'; readonly errors: readonly SeclError[] })
  | (RuleBase & { readonly status: 'skipped'; readonly reason: string });

export interface PolicyMacro {
  readonly id: string;
  readonly status: 'loaded' | 'error' | 'skipped';
  readonly message?: string;
}

export interface LoadedPolicy {
  /** Problems with the file itself (not YAML, wrong shape). */
  readonly errors: readonly string[];
  readonly version: string | undefined;
  readonly rules: readonly PolicyRule[];
  readonly macros: readonly PolicyMacro[];
  /** The loaded macros, for rules compiled later against the same policy. */
  readonly macroTable: MacroTable;
}

type Entry = Readonly<Record<string, unknown>>;

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function stringList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map(text).filter((v): v is string => v !== undefined);
}

/** Why an entry does not load for the target, or remarks when it does. */
function gate(
  entry: Entry,
  target: Required<Pick<PolicyOptions, 'agentVersion'>> & FilterTarget,
): { skip?: string; error?: string; undecided: string[] } {
  const undecided: string[] = [];
  if (entry['disabled'] === true) return { skip: 'disabled', undecided };
  const constraint = text(entry['agent_version']);
  if (constraint !== undefined) {
    const version = parseVersion(target.agentVersion);
    const ok = version === undefined ? undefined : satisfiesVersion(version, constraint);
    if (ok === undefined) return { error: `cannot read agent_version '${constraint}'`, undecided };
    if (!ok) {
      const skip = `agent_version '${constraint}' excludes agent ${target.agentVersion}`;
      return { skip, undecided };
    }
  }
  for (const filter of stringList(entry['filters'])) {
    const result = evaluateFilter(filter, target);
    if (result === Tri.False)
      return { skip: `filter '${filter}' excludes ${target.os}`, undecided };
    if (result === Tri.Unknown) undecided.push(filter);
  }
  return { undecided };
}

/** A macro's body: its `expression`, or its `values` as a list. */
function macroExpression(entry: Entry): string | undefined {
  const expression = text(entry['expression']);
  if (expression !== undefined) return expression;
  if (!Array.isArray(entry['values'])) return undefined;
  return `[${stringList(entry['values'])
    .map((v) => JSON.stringify(v))
    .join(', ')}]`;
}

function parseYaml(source: string): { doc?: unknown; error?: string } {
  try {
    return { doc: parse(source, { maxAliasCount: 100, prettyErrors: false }) as unknown };
  } catch (caught) {
    return {
      error: `not a valid YAML policy: ${caught instanceof Error ? caught.message : String(caught)}`,
    };
  }
}

function compileEntry(
  entry: RuleBase,
  expression: string | undefined,
  macros: MacroTable,
): PolicyRule {
  if (expression === undefined) {
    return {
      ...entry,
      status: 'error',
      errors: [{ position: 0, length: 0, message: 'the rule has no expression' }],
    };
  }
  const compiled = compileRule(expression, { macros });
  return compiled.ok
    ? {
        ...entry,
        expression,
        status: 'compiled',
        rule: compiled.rule,
        unknownNotes: compiled.rule.unknownNotes,
      }
    : { ...entry, expression, status: 'error', errors: compiled.errors };
}

/** Whether a `combine: override` replaces the expression (`override_options.fields`). */
function overridesExpression(entry: Entry): boolean {
  const options = entry['override_options'];
  const fields = isEntry(options) ? stringList(options['fields']) : [];
  return fields.length === 0 || fields.includes('expression') || fields.includes('all');
}

/**
 * The agent version from which a later definition of a rule id is merged without an error and
 * `combine: override` keeps the first expression (datadog-agent #34048 and #34624, early 2025).
 */
const MERGE_WITHOUT_CONFLICT: Version = [7, 65, 0];

/** What becomes of a later definition of an id already accepted. */
type DuplicateOutcome =
  | { readonly status: 'skipped'; readonly reason: string }
  | { readonly status: 'error'; readonly message: string };

/**
 * A later definition of an id already accepted, merged as the agent's `PolicyRule.MergeWith`
 * and `applyOverride` (pkg/security/secl/rules/policy.go, from `RuleSet.LoadPolicies`); the
 * first definition stays in place. Agents from 7.65 report nothing: `combine: override` merges
 * actions, tags and `every` but keeps the first expression, and a later copy only counts if it
 * enables a disabled first definition. Older agents replace the expression on
 * `combine: override` (and take its `disabled`), let a later copy enable or disable the rule,
 * and fail an identical later copy with "multiple definition with the same ID".
 */
function mergeDuplicate(
  rules: PolicyRule[],
  firstIndex: number,
  later: Entry,
  macros: MacroTable,
  agentVersion: Version | undefined,
): DuplicateOutcome {
  const first = rules[firstIndex] as PolicyRule;
  const current =
    agentVersion === undefined || compareVersions(agentVersion, MERGE_WITHOUT_CONFLICT) >= 0;
  const laterDisabled = later['disabled'] === true;
  const firstDisabled = first.status === 'skipped' && first.reason === 'disabled';
  const skipped = (reason: string): DuplicateOutcome => ({ status: 'skipped', reason });
  const replace = (rule: PolicyRule, note: string) => {
    rules[firstIndex] = { ...rule, notes: [...first.notes, note] };
  };
  const disable = (note: string) => {
    const { id, description, expression, undecidedFilters, notes } = first;
    const base = { id, description, expression, undecidedFilters, notes };
    replace({ ...base, status: 'skipped', reason: 'disabled' }, note);
  };
  if (later['combine'] === 'override') {
    if (current) {
      if (laterDisabled) return skipped(`a disabled override of rule '${first.id}' above: ignored`);
      if (firstDisabled) {
        replace(compileEntry(first, first.expression, macros), 'enabled by a later override');
      }
      return skipped(
        `overrides rule '${first.id}' above (combine: override): the agent merges its actions, ` +
          'tags and `every`, and keeps the first expression',
      );
    }
    if (laterDisabled) {
      disable('disabled by a later definition (combine: override)');
      return skipped(`disables rule '${first.id}' above (combine: override)`);
    }
    const expression = overridesExpression(later) ? text(later['expression']) : first.expression;
    replace(
      compileEntry(first, expression, macros),
      'its expression is replaced by a later definition (combine: override)',
    );
    return skipped(`overrides the definition of rule '${first.id}' above (combine: override)`);
  }
  if (firstDisabled && !laterDisabled) {
    replace(
      compileEntry(first, first.expression, macros),
      'enabled by a later definition, which the agent merges without its expression',
    );
    return skipped(`enables rule '${first.id}' above, which keeps its own expression`);
  }
  if (!current && !firstDisabled && laterDisabled) {
    disable('disabled by a later definition');
    return skipped(`disables rule '${first.id}' above`);
  }
  if (!current) return { status: 'error', message: 'multiple definition with the same ID' };
  return skipped(
    `rule id '${first.id}' is defined more than once: the agent keeps the first definition and ignores this one, without an error`,
  );
}

export function loadPolicy(source: string, options: PolicyOptions = {}): LoadedPolicy {
  const target = {
    agentVersion: options.agentVersion ?? DEFAULT_AGENT_VERSION,
    os: options.os ?? 'linux',
    ...(options.kernel === undefined ? {} : { kernel: options.kernel }),
  };
  const { doc, error } = parseYaml(source);
  if (error !== undefined)
    return { errors: [error], version: undefined, rules: [], macros: [], macroTable: NO_MACROS };
  if (!isEntry(doc)) {
    return {
      errors: ['not a policy: expected a mapping with "rules"'],
      version: undefined,
      rules: [],
      macros: [],
      macroTable: NO_MACROS,
    };
  }
  const errors: string[] = [];
  const rawMacros = doc['macros'] ?? [];
  const rawRules = doc['rules'] ?? [];
  if (!Array.isArray(rawMacros)) errors.push('"macros" is not a list');
  if (!Array.isArray(rawRules)) errors.push('"rules" is not a list');

  const macros: PolicyMacro[] = [];
  const definitions: MacroDefinition[] = [];
  for (const [i, raw] of (Array.isArray(rawMacros) ? rawMacros : []).entries()) {
    const id = isEntry(raw) ? text(raw['id']) : undefined;
    const expression = isEntry(raw) ? macroExpression(raw) : undefined;
    if (!isEntry(raw) || id === undefined || expression === undefined) {
      macros.push({
        id: id ?? `#${i + 1}`,
        status: 'error',
        message: 'a macro needs an id and an expression',
      });
      continue;
    }
    const verdict = gate(raw, target);
    if (verdict.error !== undefined) macros.push({ id, status: 'error', message: verdict.error });
    else if (verdict.skip !== undefined)
      macros.push({ id, status: 'skipped', message: verdict.skip });
    else definitions.push({ id, expression });
  }
  const table = buildMacroTable(definitions);
  for (const entry of table.values()) {
    const first = entry.errors[0];
    macros.push(
      first === undefined
        ? { id: entry.id, status: 'loaded' }
        : { id: entry.id, status: 'error', message: first.message },
    );
  }

  const rules: PolicyRule[] = [];
  // Index in `rules` of the first definition of each id the agent accepts (filters passed).
  const accepted = new Map<string, number>();
  for (const [i, raw] of (Array.isArray(rawRules) ? rawRules : []).entries()) {
    const id = isEntry(raw) ? text(raw['id']) : undefined;
    const expression = isEntry(raw) ? text(raw['expression']) : undefined;
    const base = {
      id: id ?? `#${i + 1}`,
      description: isEntry(raw) ? text(raw['description']) : undefined,
      expression: expression ?? '',
    };
    if (!isEntry(raw) || id === undefined) {
      rules.push({
        ...base,
        undecidedFilters: [],
        notes: [],
        status: 'error',
        errors: [{ position: 0, length: 0, message: 'a rule needs an id' }],
      });
      continue;
    }
    const verdict = gate(raw, target);
    const loaded = { ...base, undecidedFilters: verdict.undecided, notes: [] };
    const disabled = verdict.skip === 'disabled';
    const filteredOut = verdict.error !== undefined || (verdict.skip !== undefined && !disabled);
    const first = filteredOut ? undefined : accepted.get(id);
    if (first !== undefined) {
      const outcome = mergeDuplicate(rules, first, raw, table, parseVersion(target.agentVersion));
      rules.push(
        outcome.status === 'skipped'
          ? { ...loaded, ...outcome }
          : {
              ...loaded,
              status: 'error',
              errors: [{ position: 0, length: 0, message: outcome.message }],
            },
      );
      continue;
    }
    if (!filteredOut) accepted.set(id, rules.length);
    if (verdict.error !== undefined) {
      rules.push({
        ...loaded,
        status: 'error',
        errors: [{ position: 0, length: 0, message: verdict.error }],
      });
    } else if (verdict.skip !== undefined) {
      rules.push({ ...loaded, status: 'skipped', reason: verdict.skip });
    } else {
      rules.push(compileEntry(loaded, expression, table));
    }
  }
  return { errors, version: text(doc['version']), rules, macros, macroTable: table };
}
