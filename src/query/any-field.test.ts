// What `*:value` compares: tag texts, and values ignoring case (numbers numerically).
import { describe, expect, it } from 'vitest';
import { compileAnyValueMatch, tagTexts } from './any-field';

describe('tagTexts', () => {
  it('gives a tag and, for key:value, its value', () => {
    expect(tagTexts('prod')).toEqual(['prod']);
    expect(tagTexts('env:prod')).toEqual(['env:prod', 'prod']);
    expect(tagTexts('url:http://x')).toEqual(['url:http://x', 'http://x']);
  });
});

describe('compileAnyValueMatch', () => {
  it('compares strings ignoring case and whole, numbers numerically', () => {
    const curl = compileAnyValueMatch({ kind: 'exact', value: 'CURL' });
    expect(['curl', 'Curl', '/usr/bin/curl', 42].map(curl)).toEqual([true, true, false, false]);
    const pid = compileAnyValueMatch({ kind: 'exact', value: '42' });
    expect([42, 42.0, '42', 43, true].map(pid)).toEqual([true, true, true, false, false]);
  });

  it('matches patterns over the whole value, ignoring case', () => {
    const usr = compileAnyValueMatch({ kind: 'wildcard', pattern: '/USR/*' });
    expect(['/usr/bin/x', '/opt/usr/x', 4].map(usr)).toEqual([true, false, false]);
    const any = compileAnyValueMatch({ kind: 'exists' });
    expect(['', 0, null].map(any)).toEqual([true, true, false]);
  });
});
