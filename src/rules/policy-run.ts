/**
 * A policy file run over the loaded events: every rule loaded (compiled, failed with its
 * errors, or skipped with the reason), the columns all compiled rules need added in one pass,
 * then each rule's matches counted, yielding between rules so the worker keeps answering.
 */
import type { FieldColumns } from '../index/field-columns';
import { yieldToEventLoop } from '../lib/yield-to-event-loop';
import type {
  PolicyReport,
  PolicyRuleReport,
  PolicyRunOptions,
  RuleNote,
} from '../protocol/messages';
import type { LoadedPolicy, PolicyRule, UnknownNote } from '../secl';
import { DEFAULT_AGENT_VERSION, loadPolicy } from '../secl';
import { RuleFilter, type SharedTables } from './rule-filter';
import { rulePaths } from './rule-columns';

/** Work done between two yields, at most. */
const SLICE_MS = 25;

export interface PolicyRunContext {
  readonly datasetId: number;
  /** Adds the columns for these body paths (the slow path); resolves once they are filled. */
  indexPaths(paths: readonly string[]): Promise<void>;
  fields(): FieldColumns;
  /** Events loaded now. */
  count(): number;
  /** True once another data set replaced this one. */
  stopped(): boolean;
  /** Hands over the policy's macros for the rules typed afterwards. */
  keepMacros(policy: LoadedPolicy): void;
}

export function ruleNotes(notes: readonly UnknownNote[]): RuleNote[] {
  return notes.map(({ field, reason, position, length }) => ({ field, reason, position, length }));
}

function baseReport(rule: PolicyRule): PolicyRuleReport {
  return {
    id: rule.id,
    description: rule.description,
    expression: rule.expression,
    status: rule.status,
    matches: 0,
    errors: rule.status === 'error' ? rule.errors : [],
    reason: rule.status === 'skipped' ? rule.reason : undefined,
    unknownNotes: rule.status === 'compiled' ? ruleNotes(rule.unknownNotes) : [],
    notes: rule.notes,
  };
}

export async function runPolicy(
  yamlText: string,
  options: PolicyRunOptions,
  ctx: PolicyRunContext,
): Promise<PolicyReport> {
  const started = performance.now();
  const agentVersion = options.agentVersion ?? DEFAULT_AGENT_VERSION;
  const policy = loadPolicy(yamlText, {
    agentVersion,
    ...(options.os === undefined ? {} : { os: options.os }),
  });
  const compiled = policy.rules.flatMap((r) => (r.status === 'compiled' ? [r.rule] : []));
  await ctx.indexPaths([...new Set(compiled.flatMap(rulePaths))]);
  const count = ctx.count();
  const fields = ctx.fields();
  const rules: PolicyRuleReport[] = [];
  const shared: SharedTables = new Map();
  let sliceStart = performance.now();
  for (const rule of policy.rules) {
    if (ctx.stopped()) throw new Error('another data set was opened');
    const report = baseReport(rule);
    const matches =
      rule.status === 'compiled' ? new RuleFilter(rule.rule, fields, shared).count(count) : 0;
    rules.push({ ...report, matches });
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  ctx.keepMacros(policy);
  return {
    datasetId: ctx.datasetId,
    errors: policy.errors,
    version: policy.version,
    agentVersion,
    rules,
    macros: policy.macros.map((m) => ({ id: m.id, status: m.status, message: m.message })),
    total: count,
    elapsedMs: performance.now() - started,
  };
}
