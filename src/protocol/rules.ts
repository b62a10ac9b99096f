/**
 * Wire types of rules mode: a rule's notes and explanation, the SECL fields, and policy runs
 * with their report and progress.
 */
import type { QueryErrorInfo } from './view';

/**
 * A rule of the last policy run whose `filters` (kernel version, …) could not be decided:
 * whether the agent loads it is unknown, so no event is decided a match of it.
 */
export interface UndecidedLoad {
  readonly ruleId: string;
  readonly filters: readonly string[];
}

/** A field of a rule that evaluates to "unknown" offline, and why; span in the rule text. */
export interface RuleNote {
  readonly field: string;
  readonly reason: string;
  readonly position: number;
  readonly length: number;
}

/** Three-valued result of a rule or one of its sub-expressions on an event. */
export type RuleResult = 'true' | 'false' | 'unknown';

/** One sub-expression (leaf) of a rule, as evaluated on one event. */
export interface RuleLeafExplanation {
  /** Its source text (log content never: the rule's own text). */
  readonly text: string;
  /** Span in the rule text (a macro's leaves point at the macro's name). */
  readonly position: number;
  readonly length: number;
  /** The macro it comes from, if any. */
  readonly macro: string | undefined;
  /** SECL field tested, if any. */
  readonly field: string | undefined;
  /** The event's value(s) of that field as display text (raw log content: render as text). */
  readonly value: string | undefined;
  readonly result: RuleResult;
}

/** A SECL field a rule can name (`rule.fields`). */
export interface SeclField {
  /** Its SECL name: `open.file.path`. */
  readonly name: string;
  /** SECL type: `string`, `int`, `bool`, `ip`, … */
  readonly type: string;
  /** Body paths it reads (`file.path`); empty when exported events cannot tell it. */
  readonly paths: readonly string[];
  /** Why exported events cannot tell it (it then evaluates to unknown). */
  readonly unknownReason: string | undefined;
}

/** `rule.explain`: how the rule in force decides one event. */
export interface RuleExplanation {
  readonly rule: string;
  readonly result: RuleResult;
  /** The event type the rule applies to (`evt.name`), undefined for every type. */
  readonly eventType: string | undefined;
  /** Whether the event is of that type (else the rule is false for it). */
  readonly typeMatches: boolean;
  /** Set when the rule is a policy rule whose loading is undecided (then at best unknown). */
  readonly undecidedLoad: UndecidedLoad | undefined;
  readonly leaves: readonly RuleLeafExplanation[];
}

/** Options of `policy.run`: the agent and target the policy is evaluated for. */
export interface PolicyRunOptions {
  /** Agent version for `agent_version` constraints (a recent agent by default). */
  readonly agentVersion?: string;
  /** Target OS for `filters` (`linux` by default). */
  readonly os?: string;
}

/** One rule of a policy run over the loaded events. */
export interface PolicyRuleReport {
  readonly id: string;
  readonly description: string | undefined;
  readonly expression: string;
  readonly status: 'compiled' | 'error' | 'skipped';
  /** Events of the data set the rule matches: decided true (0 unless compiled). */
  readonly matches: number;
  /** Events it could not decide (unknown): neither matches nor misses. */
  readonly undecided: number;
  /**
   * Its `filters` that could not be decided for the agent evaluated as: whether the agent
   * loads it is unknown, so events it would match count as undecided, not as matches.
   */
  readonly undecidedFilters: readonly string[];
  /** Parse or compile errors, with their span in `expression`. */
  readonly errors: readonly QueryErrorInfo[];
  /** Why the rule was skipped (`agent_version`, `filters`, disabled). */
  readonly reason: string | undefined;
  /** Fields that evaluate to unknown offline. */
  readonly unknownNotes: readonly RuleNote[];
  /** Load-time remarks (duplicate ids). */
  readonly notes: readonly string[];
}

export interface PolicyMacroReport {
  readonly id: string;
  readonly status: 'loaded' | 'error' | 'skipped';
  readonly message: string | undefined;
}

/** `policy.run`: every rule of a policy file over every loaded event. */
export interface PolicyReport {
  readonly datasetId: number;
  /** Problems with the file itself (not YAML, not a policy). */
  readonly errors: readonly string[];
  readonly version: string | undefined;
  readonly agentVersion: string;
  readonly rules: readonly PolicyRuleReport[];
  /** Macros loaded, and those that failed or were skipped (with why). */
  readonly macros: readonly PolicyMacroReport[];
  readonly total: number;
  readonly elapsedMs: number;
  /** Stopped by `policy.cancel`: `rules` holds the rules evaluated before it (partial). */
  readonly cancelled: boolean;
  /** Rules in the policy (more than `rules` holds when cancelled). */
  readonly ruleTotal: number;
}

/**
 * Pushed at most every 100 ms while `policy.run` runs: first reading the fields its rules need
 * from the raw events (`done` / `total` events; only when the index lacks some), then
 * evaluating (`done` / `total` rules, `matches` events matched by them so far).
 */
export interface PolicyProgress {
  readonly phase: 'reading' | 'evaluating';
  readonly done: number;
  readonly total: number;
  readonly matches: number;
}
