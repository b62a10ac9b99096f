/**
 * The values of one field that the query in force requires or excludes at its top level
 * (`host:web-1`, `-host:web-2`): the same terms `termState` recognises, read in one parse
 * per facet. A facet shows these values even when the view holds none of them, so an
 * excluded value can be brought back from where it was excluded.
 */
import type { QueryNode } from '../../query/ast';
import type { TermState } from '../../query/compose';
import { parseQuery } from '../../query/parse';

export interface FacetTerm {
  readonly value: string;
  readonly state: Exclude<TermState, undefined>;
}

function exactValue(node: QueryNode, field: string): string | undefined {
  return node.kind === 'term' && node.field?.raw === field && node.match.kind === 'exact'
    ? node.match.value
    : undefined;
}

export function facetTerms(query: string, field: string): FacetTerm[] {
  const parsed = parseQuery(query);
  if (!parsed.ok) return [];
  const nodes = parsed.ast.kind === 'and' ? parsed.ast.children : [parsed.ast];
  const terms: FacetTerm[] = [];
  const seen = new Set<string>();
  for (const node of nodes) {
    const required = exactValue(node, field);
    const excluded = node.kind === 'not' ? exactValue(node.child, field) : undefined;
    const value = required ?? excluded;
    // The first term for a value decides its state, as `termState` reads it.
    if (value === undefined || seen.has(value)) continue;
    seen.add(value);
    terms.push({ value, state: required !== undefined ? 'in' : 'out' });
  }
  return terms;
}
