/**
 * Prints a query tree back as query text, fully parenthesized (`((a AND b) OR c)`), so that the
 * structure is visible in tests and messages. Parsing the printed text gives the same tree.
 */
import type { FieldRef, QueryNode, ValueMatch } from './ast';
import { EXISTS, MISSING } from './field-ref';

const BARE = /^[\p{L}\p{N}_./@][\p{L}\p{N}_./@-]*$/u;
const KEYWORDS: ReadonlySet<string> = new Set(['AND', 'OR', 'NOT', 'TO']);
/** Characters printed as-is in a wildcard pattern; anything else gets a backslash. */
const PLAIN = /[\p{L}\p{N}_./@*?-]/u;

/** A value as a bare word when that reads back the same, else quoted. */
export function formatValue(value: string): string {
  if (BARE.test(value) && !KEYWORDS.has(value)) return value;
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function formatPattern(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '\\') out += `\\${pattern.charAt(++i)}`;
    else if (i === 0 && c === '-') out += '\\-';
    else out += PLAIN.test(c) ? c : `\\${c}`;
  }
  return out;
}

/** Characters printed as-is in a field name; anything else gets a backslash. */
const FIELD_PLAIN = /[\p{L}\p{N}_./@-]/u;

function formatField(field: FieldRef): string {
  if (field.scope === 'any') return '*';
  let escaped = '';
  for (const c of field.raw) escaped += FIELD_PLAIN.test(c) ? c : `\\${c}`;
  // A tag named like Lucene's operators keeps a backslash, so that it reads back as a tag.
  if (field.raw === EXISTS || field.raw === MISSING) return `\\${escaped}`;
  return escaped.startsWith('-') && !escaped.startsWith('--') ? `\\${escaped}` : escaped;
}

export function formatMatch(match: ValueMatch): string {
  switch (match.kind) {
    case 'exact':
      return formatValue(match.value);
    case 'wildcard':
      return formatPattern(match.pattern);
    case 'exists':
      return '*';
    case 'compare':
      return `${match.op}${formatValue(match.value)}`;
    case 'range': {
      const low = match.low === undefined ? '*' : formatValue(match.low);
      const high = match.high === undefined ? '*' : formatValue(match.high);
      return `${match.lowInclusive ? '[' : '{'}${low} TO ${high}${match.highInclusive ? ']' : '}'}`;
    }
  }
}

export function formatQuery(node: QueryNode): string {
  switch (node.kind) {
    case 'all':
      return '*';
    case 'not':
      // A negated negation keeps its parentheses: `NOT NOT a` would read back as `a`.
      return node.child.kind === 'not'
        ? `NOT (${formatQuery(node.child)})`
        : `NOT ${formatQuery(node.child)}`;
    case 'and':
    case 'or': {
      const op = node.kind === 'and' ? ' AND ' : ' OR ';
      return `(${node.children.map(formatQuery).join(op)})`;
    }
    case 'term': {
      const value = formatMatch(node.match);
      return node.field === undefined ? value : `${formatField(node.field)}:${value}`;
    }
  }
}
