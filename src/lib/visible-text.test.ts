import { describe, expect, it } from 'vitest';
import { visibleBlock, visibleText, visibleTitle } from './visible-text';

describe('visibleText', () => {
  it('returns plain text unchanged', () => {
    expect(visibleText('/usr/bin/curl -s https://x')).toEqual({
      text: '/usr/bin/curl -s https://x',
      truncated: false,
      length: 26,
    });
  });

  it('shows newline and tab as symbols', () => {
    expect(visibleText('a\nb\tc').text).toBe('a⏎b⇥c');
  });

  it('maps other C0 controls to control pictures and DEL to ␡', () => {
    expect(visibleText('\u0000\u0007\r\u001b[31m\u007f').text).toBe('␀␇␍␛[31m␡');
  });

  it('escapes C1 controls', () => {
    expect(visibleText('a\u0085b\u009bc').text).toBe('a\\u0085b\\u009bc');
  });

  it('escapes bidi and invisible formatting characters', () => {
    const s = 'x\u202Ey\u2066z\u200Bw\uFEFF\u061C\u200F';
    expect(visibleText(s).text).toBe('x⟨U+202E⟩y⟨U+2066⟩z⟨U+200B⟩w⟨U+FEFF⟩⟨U+061C⟩⟨U+200F⟩');
  });

  it('escapes the whole listed bidi ranges', () => {
    for (let c = 0x202a; c <= 0x202e; c++) {
      expect(visibleText(String.fromCharCode(c)).text).toMatch(/^⟨U\+202[A-E]⟩$/);
    }
    for (let c = 0x2066; c <= 0x2069; c++) {
      expect(visibleText(String.fromCharCode(c)).text).toMatch(/^⟨U\+206[6-9]⟩$/);
    }
  });

  it('escapes Unicode tag characters (invisible ASCII smuggling)', () => {
    expect(visibleText('ok\u{E0041}\u{E007F}').text).toBe('ok⟨U+E0041⟩⟨U+E007F⟩');
  });

  it('escapes lone surrogates but keeps valid pairs', () => {
    expect(visibleText('a\uD800b').text).toBe('a⟨U+D800⟩b');
    expect(visibleText('a\uDC00b').text).toBe('a⟨U+DC00⟩b');
    expect(visibleText('😀').text).toBe('😀');
  });

  it('keeps ordinary non-ASCII text', () => {
    expect(visibleText('café Ωmega 日本 é').text).toBe('café Ωmega 日本 é');
  });

  it('cuts to maxChars and reports the full length', () => {
    const r = visibleText('abcdefghij', 4);
    expect(r).toEqual({ text: 'abcd', truncated: true, length: 10 });
    expect(visibleText('abcd', 4).truncated).toBe(false);
  });

  it('does not split a surrogate pair when cutting', () => {
    const r = visibleText('ab😀cd', 3);
    expect(r.text).toBe('ab');
    expect(r.truncated).toBe(true);
  });

  it('cuts before replacing so escapes never count against the limit', () => {
    expect(visibleText('\u202E\u202E\u202E', 2).text).toBe('⟨U+202E⟩⟨U+202E⟩');
  });

  it('is stable across calls (no regex state leaks)', () => {
    expect(visibleText('a\nb').text).toBe('a⏎b');
    expect(visibleText('a\nb').text).toBe('a⏎b');
    expect(visibleText('zz\n').text).toBe('zz⏎');
  });
});

describe('visibleTitle', () => {
  it('adds an ellipsis when cut', () => {
    expect(visibleTitle('abcdef', 3)).toBe('abc…');
    expect(visibleTitle('a\u202Eb')).toBe('a⟨U+202E⟩b');
  });
});

describe('visibleBlock', () => {
  it('keeps line breaks and escapes the rest', () => {
    expect(visibleBlock('{\n  "a": "x\u202Ey\ttab"\r\n}').text).toBe(
      '{\n  "a": "x⟨U+202E⟩y⇥tab"␍\n}',
    );
  });
  it('leaves a literal ⏎ in the data alone and cuts like visibleText', () => {
    expect(visibleBlock('a⏎b').text).toBe('a⏎b');
    expect(visibleBlock('ab\ncd', 4)).toEqual({ text: 'ab\nc', truncated: true, length: 5 });
  });
});
