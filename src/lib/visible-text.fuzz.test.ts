// Property tests of the visible-text helpers over arbitrary Unicode (lone surrogates, controls,
// bidi, zero-width, tags, astral text): no control, format, bidi or separator character ever
// survives, text without them passes unchanged, and a cut never splits a surrogate pair.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleBlock, visibleText, visibleTitle } from './visible-text';
import { fuzzParams } from '../test-support/fuzz-params';

const PARAMS = fuzzParams(1000, 0x7e47);

/**
 * What must never be shown as is, defined from Unicode properties rather than from the
 * implementation's list: controls (Cc), format characters (Cf: bidi controls, zero-width
 * characters, tags, …), line and paragraph separators, lone surrogates, and the other
 * default-ignorable (invisible) code points except variation selectors, which emoji need.
 */
const ALWAYS = /^(?:\p{Cc}|\p{Cf}|\p{Zl}|\p{Zp}|\p{Cs}|\p{Bidi_Control})$/u;
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
const VARIATION_SELECTOR = /^[\u180b-\u180d\u180f\ufe00-\ufe0f]$/u;

/** The first code point of `text` that must not be shown as is (`\n` allowed in blocks). */
function forbidden(text: string, allowNewline = false): string | undefined {
  for (const ch of text) {
    if (allowNewline && ch === '\n') continue;
    if (ALWAYS.test(ch) || (INVISIBLE.test(ch) && !VARIATION_SELECTOR.test(ch))) {
      return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}`;
    }
  }
  return undefined;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Single UTF-16 units and code points that matter, mixed with ordinary text. */
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', ' ', '/', 'é', '日', '⏎', '⟨', '\\', '😀', '👩‍💻') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '\u0000',
      '\n',
      '\t',
      '\r',
      '\u001b',
      '\u007f',
      '\u0085',
      '\u009b',
      '\u00ad',
      '\u061c',
      '\u180e',
      '\u200b',
      '\u200d',
      '\u200e',
      '\u2028',
      '\u2029',
      '\u202a',
      '\u202e',
      '\u2060',
      '\u2066',
      '\u2069',
      '\ufeff',
      '\ufff9',
      '\u0600',
      '\u3164',
      '\u{1d173}',
      '\u{1bca0}',
      '\u{e0100}',
      '\u{e0001}',
      '\u{e0041}',
      '\u{e007f}',
      '\ud800',
      '\udbff',
      '\udc00',
      '\udfff',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  },
);

const untrusted = fc.oneof(
  fc.string({ unit, maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

describe('visibleText (fuzz)', () => {
  it('never lets a control, format, bidi or separator character or a lone surrogate through', () => {
    fc.assert(
      fc.property(untrusted, fc.option(fc.nat(90)), (s, max) => {
        const shown = visibleText(s, max ?? undefined);
        expect(forbidden(shown.text)).toBeUndefined();
        expect(forbidden(visibleTitle(s, max ?? undefined))).toBeUndefined();
        expect(shown.length).toBe(s.length);
      }),
      PARAMS,
    );
  });

  it('shows every such code point of Unicode visibly (exhaustive)', () => {
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      const ch = String.fromCodePoint(code);
      const bad = forbidden(ch);
      if (bad !== undefined && forbidden(visibleText(ch).text) !== undefined) missed.push(bad);
    }
    expect(missed).toEqual([]);
  });

  it('leaves text without such characters unchanged', () => {
    fc.assert(
      fc.property(untrusted, (raw) => {
        const s = [...raw].filter((ch) => forbidden(ch) === undefined).join('');
        fc.pre(forbidden(s) === undefined);
        expect(visibleText(s)).toEqual({ text: s, truncated: false, length: s.length });
      }),
      PARAMS,
    );
  });

  it('cuts to maxChars without splitting a surrogate pair, and says when it cut', () => {
    fc.assert(
      fc.property(untrusted, fc.nat(90), (s, max) => {
        const shown = visibleText(s, max);
        expect(shown.truncated).toBe(s.length > max);
        if (!shown.truncated) {
          expect(shown).toEqual(visibleText(s));
          return;
        }
        // The shown text is the stand-in form of a prefix of at most `max` units that does
        // not end between the two halves of a pair.
        const k = shown.text === visibleText(s.slice(0, max)).text ? max : max - 1;
        expect(visibleText(s.slice(0, k)).text).toBe(shown.text);
        expect(k === max - 1).toBe(max > 0 && isHigh(s.charCodeAt(max - 1)));
        expect(isHigh(s.charCodeAt(k - 1)) && isLow(s.charCodeAt(k))).toBe(false);
      }),
      PARAMS,
    );
  });
});

describe('visibleBlock (fuzz)', () => {
  it('keeps line breaks, shows everything else visibly and cuts like visibleText', () => {
    fc.assert(
      fc.property(untrusted, fc.option(fc.nat(90)), (s, max) => {
        const block = visibleBlock(s, max ?? undefined);
        expect(forbidden(block.text, true)).toBeUndefined();
        expect(block.length).toBe(s.length);
        const line = visibleText(s, max ?? undefined);
        expect(block.truncated).toBe(line.truncated);
        // The same text as one line would show, with the line breaks kept.
        expect(block.text.replaceAll('\n', '⏎')).toBe(line.text);
      }),
      PARAMS,
    );
  });
});
