/**
 * Short, safe excerpts of untrusted text for problem reports: control, bidi and other
 * invisible formatting characters become visible `\uXXXX` escapes, and the text is cut
 * to a maximum length (with an ellipsis that says how much was left out).
 */
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffd]/gu;

function escapeChar(ch: string): string {
  switch (ch) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default:
      return `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
  }
}

export function escapeExcerpt(text: string, maxChars = 160): string {
  const cut = text.length > maxChars ? text.slice(0, maxChars) : text;
  const escaped = cut.replace(INVISIBLE, escapeChar);
  return text.length > maxChars ? `${escaped}… (+${text.length - maxChars} chars)` : escaped;
}
