/**
 * Makes untrusted text safe to *look at*: every control, bidi-override and invisible
 * formatting character is replaced by a visible stand-in, so a log line cannot hide text,
 * reorder what the reader sees (Trojan Source style U+202E tricks) or smuggle invisible
 * tag characters. Output is plain text: callers still render it as text, never as HTML.
 *
 * Replacements:
 * - `\n` → `⏎`, `\t` → `⇥`, other C0 controls → Unicode control pictures (U+2400 + code),
 *   DEL → `␡`;
 * - C1 controls (U+0080–U+009F) → `\u0085`-style escapes;
 * - bidi controls, zero-width and other invisible format characters, Unicode tag characters
 *   and lone surrogates → `⟨U+202E⟩`-style escapes.
 *
 * `maxChars` cuts the input (in UTF-16 code units, never inside a surrogate pair) before
 * replacement; `length` is always the length of the whole input.
 */

export interface VisibleText {
  readonly text: string;
  /** True when `maxChars` cut the input. */
  readonly truncated: boolean;
  /** Length of the whole input in UTF-16 code units. */
  readonly length: number;
}

// Everything that needs a replacement. Kept as one regex so the common case (nothing to
// replace) is a single fast test. Besides the controls, bidi and zero-width characters: the
// other format characters (Arabic number signs, Egyptian, shorthand and musical format
// controls), the Hangul fillers and Khmer inherent vowels that draw as nothing, and the
// whole U+E0000–U+E0FFF block (tags, variation selectors supplement). Marks that would combine
// with a neighbour in a character class get branches of their own; lone surrogates are matched
// by the last two branches.
const SPECIAL =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufffb]|\u034f|\u1160|\u17b4|\u17b5|\ud804[\udcbd\udccd]|\ud80d[\udc30-\udc3f]|\ud82f[\udca0-\udca3]|\ud834[\udd73-\udd7a]|[\udb40-\udb43][\udc00-\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

function replacement(match: string): string {
  const code = match.codePointAt(0) ?? 0;
  if (code === 0x0a) return '⏎';
  if (code === 0x09) return '⇥';
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '␡';
  if (code >= 0x80 && code <= 0x9f) return `\\u${hex(code, 4).toLowerCase()}`;
  return `⟨U+${hex(code, 4)}⟩`;
}

/** Returns `s` with every invisible or control character made visible, cut to `maxChars`. */
export function visibleText(s: string, maxChars?: number): VisibleText {
  const length = s.length;
  let input = s;
  let truncated = false;
  if (maxChars !== undefined && length > maxChars) {
    input = s.slice(0, cutLength(s, maxChars));
    truncated = true;
  }
  SPECIAL.lastIndex = 0;
  const text = SPECIAL.test(input) ? input.replace(SPECIAL, replacement) : input;
  return { text, truncated, length };
}

/** Shorthand for attributes such as `title`: visible text, cut with an ellipsis. */
export function visibleTitle(s: string, maxChars = 2000): string {
  const v = visibleText(s, maxChars);
  return v.truncated ? `${v.text}…` : v.text;
}

/**
 * Like `visibleText`, but keeps line breaks as real line breaks, for multi-line blocks such
 * as pretty-printed JSON shown in a `<pre>`. Every other character is handled as above
 * (a `\r` before a line break still shows as `␍`).
 */
export function visibleBlock(s: string, maxChars?: number): VisibleText {
  const length = s.length;
  const truncated = maxChars !== undefined && length > maxChars;
  const input = truncated ? s.slice(0, cutLength(s, maxChars)) : s;
  const text = input.includes('\n')
    ? input
        .split('\n')
        .map((line) => visibleText(line).text)
        .join('\n')
    : visibleText(input).text;
  return { text, truncated, length };
}

/** Cut position for `maxChars` that does not split a surrogate pair (a bogus lone surrogate). */
function cutLength(s: string, maxChars: number): number {
  let end = Math.max(0, Math.floor(maxChars));
  const last = s.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return end;
}
