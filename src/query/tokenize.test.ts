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

  it('reads && and || as keywords where AND and OR are, and as text elsewhere', () => {
    expect(kinds('a && b || c')).toEqual([
      'word@0-1',
      'and@2-4',
      'word@5-6',
      'or@7-9',
      'word@10-11',
    ]);
    expect(kinds('@x:(a || b)')).toEqual([
      'field@0-3',
      'lparen@3-4',
      'word@4-5',
      'or@6-8',
      'word@9-10',
      'rparen@10-11',
    ]);
    expect(kinds('@x:&& \\|\\|')).toEqual(['field@0-3', 'word@3-5', 'word@6-10']);
  });

  it('reads comparisons and ranges in free text too, for the parser to refuse', () => {
    expect(kinds('[1 TO 2] >5')).toEqual([
      'range-open@0-1',
      'word@1-2',
      'to@3-5',
      'word@6-7',
      'range-close@7-8',
      'compare@9-10',
      'word@10-11',
    ]);
  });

  it('marks wildcard field names', () => {
    const result = tokenize('*:a \\*:b');
    const fields = result.ok ? result.tokens.filter((t) => t.kind === 'field') : [];
    expect(fields.map((t) => t.kind === 'field' && [t.name, t.wild])).toEqual([
      ['*', true],
      ['*', false],
    ]);
  });

  it('refuses characters that are operators elsewhere, unless escaped', () => {
    for (const text of ['a&b', 'a|b', 'a=b', '!a', 'x=y:z', 'a&&b']) {
      expect(tokenize(text).ok, text).toBe(false);
    }
    for (const text of ['a\\&b', 'a\\|b', 'a\\=b', '\\!a', 'a!', '"a=b"', '@x:a=b', '@x:(!a)']) {
      expect(tokenize(text).ok, text).toBe(true);
    }
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
