// Tokens and their spans: the context-sensitive spots (after `field:`, in value groups, in ranges).
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

function kinds(text: string): string[] {
  const result = tokenize(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.tokens.map((t) => `${t.kind}@${t.start}-${t.end}`);
}

describe('tokenize', () => {
  it('splits terms, fields and keywords with their spans', () => {
    expect(kinds('-@evt.name:exit OR (a AND NOT "b c")')).toEqual([
      'minus@0-1',
      'field@1-11',
      'word@11-15',
      'or@16-18',
      'lparen@19-20',
      'word@20-21',
      'and@22-25',
      'not@26-29',
      'quoted@30-35',
      'rparen@35-36',
    ]);
  });

  it('reads one value right after a field, colons and dashes included', () => {
    expect(kinds('@date:>=2026-11-20T10:00:00Z @x:-1 @y:(a OR -b:c)')).toEqual([
      'field@0-6',
      'compare@6-8',
      'word@8-28',
      'field@29-32',
      'word@32-34',
      'field@35-38',
      'lparen@38-39',
      'word@39-40',
      'or@41-43',
      'word@44-48',
      'rparen@48-49',
    ]);
  });

  it('reads ranges with TO and either bracket', () => {
    expect(kinds('@p:{1 TO *] TO')).toEqual([
      'field@0-3',
      'range-open@3-4',
      'word@4-5',
      'to@6-8',
      'word@9-10',
      'range-close@10-11',
      'word@12-14',
    ]);
  });

  it('separates terms on any white space', () => {
    expect(kinds('a\u00a0b\tc\nd')).toHaveLength(4);
  });

  it('reports lexical errors', () => {
    expect(tokenize('a "b')).toEqual({
      ok: false,
      error: { position: 2, length: 2, message: 'unclosed quote' },
    });
    expect(tokenize('a\\').ok).toBe(false);
  });
});
