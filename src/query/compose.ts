/**
 * Edits of query text made by clicks (facet values, cell and field actions): add a
 * `field:value` term, its negation, or take it out again. The query stays text the analyst
 * can read and edit; terms are appended with an implicit AND, and a top-level OR query is
 * parenthesized first so the new term narrows all of it.
 */
import type { QueryNode } from './ast';
import { formatValue } from './format';
import { parseQuery } from './parse';

/** `field:value` with the value quoted when needed (`@file.path:"/tmp/a b"`). */
export function termText(field: string, value: string): string {
  return `${field}:${formatValue(value)}`;
}

/** A term's top-level state in `query`: required (`in`), excluded (`out`) or absent. */
export type TermState = 'in' | 'out' | undefined;

function topLevel(ast: QueryNode): QueryNode[] {
  return ast.kind === 'and' ? ast.children : [ast];
}

function isTerm(node: QueryNode, field: string, value: string): boolean {
  return (
    node.kind === 'term' &&
    node.field?.raw === field &&
    node.match.kind === 'exact' &&
    node.match.value === value
  );
}

export function termState(query: string, field: string, value: string): TermState {
  const parsed = parseQuery(query);
  if (!parsed.ok) return undefined;
  for (const node of topLevel(parsed.ast)) {
    if (isTerm(node, field, value)) return 'in';
    if (node.kind === 'not' && isTerm(node.child, field, value)) return 'out';
  }
  return undefined;
}

/** `query` without the top-level `field:value` / `-field:value` as written by `withTerm`. */
function removeTopLevelTerm(query: string, field: string, value: string): string {
  const variants = [termText(field, value), `-${termText(field, value)}`];
  let out = query;
  for (const variant of variants) {
    const escaped = variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(^|\\s)(?:NOT\\s+)?${escaped}(?=\\s|$)`), '$1');
  }
  return out
    .replace(/\s+AND\s*$/, '')
    .replace(/^\s*AND\s+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * `query` with `field:value` required (`exclude` false) or excluded (`exclude` true). Asking
 * for the state the term already has takes it out (a toggle); the opposite state replaces it.
 */
export function withTerm(query: string, field: string, value: string, exclude: boolean): string {
  const state = termState(query, field, value);
  const base = state === undefined ? query.trim() : removeTopLevelTerm(query, field, value);
  if (state === (exclude ? 'out' : 'in')) return base;
  const term = `${exclude ? '-' : ''}${termText(field, value)}`;
  if (base === '' || base === '*') return term;
  const parsed = parseQuery(base);
  const needsParens = parsed.ok && parsed.ast.kind === 'or';
  return needsParens ? `(${base}) ${term}` : `${base} ${term}`;
}
