import { describe, expect, it } from 'vitest';
import { termState, termText, withTerm } from './compose';

describe('termText', () => {
  it('quotes values that would not read back bare', () => {
    expect(termText('@evt.name', 'open')).toBe('@evt.name:open');
    expect(termText('@file.path', '/tmp/a b')).toBe('@file.path:"/tmp/a b"');
    expect(termText('host', 'OR')).toBe('host:"OR"');
  });
});

describe('withTerm', () => {
  it('adds, excludes and toggles a term', () => {
    expect(withTerm('', '@evt.name', 'open', false)).toBe('@evt.name:open');
    expect(withTerm('host:web-1', '@evt.name', 'open', true)).toBe('host:web-1 -@evt.name:open');
    expect(withTerm('host:web-1 @evt.name:open', '@evt.name', 'open', false)).toBe('host:web-1');
    expect(withTerm('host:web-1 -@evt.name:open', '@evt.name', 'open', false)).toBe(
      'host:web-1 @evt.name:open',
    );
  });

  it('narrows an OR query as a whole', () => {
    expect(withTerm('a OR b', 'host', 'x', false)).toBe('(a OR b) host:x');
  });

  it('reports the state of a term', () => {
    expect(termState('host:x -@evt.name:open', '@evt.name', 'open')).toBe('out');
    expect(termState('host:x -@evt.name:open', 'host', 'x')).toBe('in');
    expect(termState('host:x OR host:y', 'host', 'x')).toBeUndefined();
  });
});
