import { describe, expect, it } from 'vitest';
import { termState } from '../../query/compose';
import { facetTerms } from './facet-terms';

describe('facetTerms', () => {
  it('lists the required and excluded values of one field at the top level', () => {
    expect(facetTerms('host:web-1 -host:web-2 NOT host:db-1 @evt.name:exec', 'host')).toEqual([
      { value: 'web-1', state: 'in' },
      { value: 'web-2', state: 'out' },
      { value: 'db-1', state: 'out' },
    ]);
    expect(facetTerms('@file.path:"/tmp/a b"', '@file.path')).toEqual([
      { value: '/tmp/a b', state: 'in' },
    ]);
  });

  it('ignores nested, wildcard and broken queries', () => {
    expect(facetTerms('host:web-1 OR host:web-2', 'host')).toEqual([]);
    expect(facetTerms('host:web-*', 'host')).toEqual([]);
    expect(facetTerms('host:(web-1', 'host')).toEqual([]);
    expect(facetTerms('', 'host')).toEqual([]);
  });

  it('agrees with termState', () => {
    for (const query of ['host:a -host:b', 'host:a host:a', '-host:a host:a', 'x OR host:a']) {
      for (const value of ['a', 'b', 'c']) {
        const term = facetTerms(query, 'host').find((t) => t.value === value);
        expect(term?.state, `${query} / ${value}`).toBe(termState(query, 'host', value));
      }
    }
  });
});
