/**
 * The search query language (Datadog log search syntax): parsing, the syntax tree, value
 * matching and the reference evaluator.
 */
export type { FieldRef, QueryNode, TermNode, ValueMatch } from './ast';
export type { EventPredicate, EventView } from './evaluate';
export { TAG_PREFIX } from './field-ref';
export { compileQuery, eventTexts, fieldValues, fieldsOf, matchesEvent } from './evaluate';
export { formatQuery } from './format';
export { compileGlob, escapeGlob } from './glob';
export type { Scalar, TextPredicate, ValuePredicate } from './match-value';
export { compileTextMatch, compileValueMatch } from './match-value';
export type { ParseResult, QueryError } from './parse';
export { MAX_DEPTH, parseQuery } from './parse';
export type { OrderKey } from './order';
export { compareToKey, parseTime, queryKey } from './order';
export { collectStrings, compilePath } from './resolve-path';
export { tokenize } from './tokenize';
export type { Token } from './tokens';
export { termState, termText, withTerm } from './compose';
export type { TermState } from './compose';
