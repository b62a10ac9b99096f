import { describe, expect, it } from 'vitest';
import { parseHashParams, wantsSample } from './hash-params';

describe('parseHashParams', () => {
  it('reads key=value pairs with or without the #', () => {
    expect([...parseHashParams('#open=sample&q=%40evt.name%3Aopen')]).toEqual([
      ['open', 'sample'],
      ['q', '@evt.name:open'],
    ]);
    expect(parseHashParams('a=1').get('a')).toBe('1');
  });

  it('keeps the first of repeated keys and accepts bare keys', () => {
    const p = parseHashParams('a=1&a=2&flag');
    expect(p.get('a')).toBe('1');
    expect(p.get('flag')).toBe('');
  });

  it('drops only the pair that does not decode', () => {
    const p = parseHashParams('bad=%zz&open=sample');
    expect(p.has('bad')).toBe(false);
    expect(p.get('open')).toBe('sample');
  });

  it('handles empty fragments', () => {
    expect(parseHashParams('').size).toBe(0);
    expect(parseHashParams('#').size).toBe(0);
    expect(parseHashParams('#&&').size).toBe(0);
  });
});

describe('wantsSample', () => {
  it('looks for open=sample among other keys', () => {
    expect(wantsSample('#open=sample')).toBe(true);
    expect(wantsSample('#q=x&open=sample&sort=-ts')).toBe(true);
    expect(wantsSample('#open=samples')).toBe(false);
    expect(wantsSample('')).toBe(false);
  });
});
