/**
 * SECL, the CWS rule language: parsing, compilation into column-friendly leaves, the reference
 * evaluator over parsed event bodies, and policy loading. Results are three-valued (`Tri`).
 */
export type { ArrayNode, Expr, ListNode, MacroBody, Span } from './ast';
export type {
  CompileOptions,
  CompileResult,
  CompiledRule,
  Leaf,
  LeafValues,
  UnknownNote,
} from './compile';
export { compileRule } from './compile';
export { seclConstant, seclConstants } from './constants';
export type { SeclError } from './errors';
export type { LeafResult, RuleEvaluation } from './evaluate';
export { appliesToEventType, evaluateRule } from './evaluate';
export type { FieldSpec } from './field-spec';
export { fieldSpec, lookupField, seclFieldNames } from './field-map';
export { EVENT_TYPES } from './fields-events';
export type { MacroDefinition, MacroEntry, MacroTable } from './macros';
export { NO_MACROS, buildMacroTable } from './macros';
export type { ParseResult } from './parser';
export { MAX_DEPTH, parseMacro, parseSecl } from './parser';
export type { LoadedPolicy, PolicyMacro, PolicyOptions, PolicyRule } from './policy';
export { DEFAULT_AGENT_VERSION, loadPolicy } from './policy';
export type { RuleTree } from './rule-tree';
export { evaluateTree } from './rule-tree';
export { Tri, triAnd, triNot, triOr } from './tri';
