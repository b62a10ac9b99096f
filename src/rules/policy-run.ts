/**
 * A policy file run over the loaded events: every rule loaded (compiled, failed with its
 * errors, or skipped with the reason), the columns all compiled rules need added in one pass,
 * then each rule's matches and undecided events counted (a rule whose filters could not be
 * decided has no decided match: whether the agent loads it is unknown), yielding between
 * rules so the worker keeps answering.
 * Progress (the reading pass, then rules done) is reported at most every 100 ms; a stop ends
 * the run between rules with the rules done so far, marked cancelled.
 */
import type { FieldColumns } from '../index/field-columns';
import { yieldToEventLoop } from '../lib/yield-to-event-loop';
import type {
  IndexingProgress,
  PolicyProgress,
  PolicyReport,
  PolicyRuleReport,
  PolicyRunOptions,
  RuleNote,
} from '../protocol/messages';
import type { LoadedPolicy, PolicyRule, UnknownNote } from '../secl';
import { DEFAULT_AGENT_VERSION, Tri, loadPolicy } from '../secl';
import { RuleFilter, type SharedTables } from './rule-filter';
import { NO_TALLY, type RuleTally } from './rule-tally';
import { rulePaths } from './rule-columns';
import type { PolicyStop } from './policy-runs';

/** Work done between two yields, at most. */
const SLICE_MS = 25;
const PROGRESS_INTERVAL_MS = 100;

export interface PolicyRunContext {
  readonly datasetId: number;
  /** Adds the columns for these body paths (the slow path); resolves once they are filled. */
  indexPaths(paths: readonly string[]): Promise<void>;
  fields(): FieldColumns;
  /** Events loaded now. */
  count(): number;
  /** True once another data set replaced this one. */
  stopped(): boolean;
  /** Hands over the policy (its macros, its undecided rules) for the rules typed afterwards. */
  keepPolicy(policy: LoadedPolicy): void;
  /** The field-reading pass under way, if any. */
  indexing(): IndexingProgress | undefined;
  report(progress: PolicyProgress): void;
  readonly stop: PolicyStop;
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
    undecided: 0,
    undecidedFilters: rule.undecidedFilters,
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
  ctx.keepPolicy(policy);
  const compiled = policy.rules.flatMap((r) => (r.status === 'compiled' ? [r.rule] : []));
  await readFields([...new Set(compiled.flatMap(rulePaths))], ctx);
  const count = ctx.count();
  const fields = ctx.fields();
  const rules: PolicyRuleReport[] = [];
  const shared: SharedTables = new Map();
  let matched = 0;
  let sliceStart = performance.now();
  let reported = -Infinity;
  for (const rule of policy.rules) {
    if (ctx.stopped()) throw new Error('another data set was opened');
    if (ctx.stop.stopped()) break;
    if (performance.now() - reported >= PROGRESS_INTERVAL_MS) {
      ctx.report({
        phase: 'evaluating',
        done: rules.length,
        total: policy.rules.length,
        matches: matched,
      });
      reported = performance.now();
    }
    const { matched: matches, undecided } = tallyRule(rule, fields, shared, count);
    matched += matches;
    rules.push({ ...baseReport(rule), matches, undecided });
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return {
    datasetId: ctx.datasetId,
    errors: policy.errors,
    version: policy.version,
    agentVersion,
    rules,
    macros: policy.macros.map((m) => ({ id: m.id, status: m.status, message: m.message })),
    total: count,
    elapsedMs: performance.now() - started,
    cancelled: rules.length < policy.rules.length,
    ruleTotal: policy.rules.length,
  };
}

/** A rule's matches and undecided events over the keys `[0, count)`. */
function tallyRule(
  rule: PolicyRule,
  fields: FieldColumns,
  shared: SharedTables,
  count: number,
): RuleTally {
  if (rule.status !== 'compiled') return NO_TALLY;
  const loaded = rule.undecidedFilters.length > 0 ? Tri.Unknown : Tri.True;
  return new RuleFilter(rule.rule, fields, shared, loaded).tally(count);
}

/**
 * Waits for the fields `paths` in the index, reporting the reading pass meanwhile. A stop ends
 * the wait at once; the pass goes on (other views may wait for it) and its fields stay.
 */
async function readFields(paths: readonly string[], ctx: PolicyRunContext): Promise<void> {
  const reportReading = () => {
    const pass = ctx.indexing();
    if (pass !== undefined) {
      ctx.report({ phase: 'reading', done: pass.done, total: pass.total, matches: 0 });
    }
  };
  const timer = setInterval(reportReading, PROGRESS_INTERVAL_MS);
  try {
    await Promise.race([ctx.indexPaths(paths), ctx.stop.whenStopped]);
  } finally {
    clearInterval(timer);
  }
}
