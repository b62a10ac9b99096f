/**
 * Glob patterns of the query language (`query/glob.ts`: `*` any run, `?` one code point, `\`
 * escapes) as RE2 regular expressions for ClickHouse's `match()`, which works on UTF-8 code
 * points. The regex is built from the user's pattern and so is always bound as a parameter,
 * never written into SQL text.
 */
import { parseGlob } from '../../query/glob';

/** White space as JavaScript's `\s` (with the `u` flag) sees it: how the tab splits words. */
const SPACE =
  '[\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]';
const NOT_SPACE = `[^${SPACE.slice(1)}`;

/** `text` as a regex that matches only itself. */
function escapeRegex(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    if (/^[A-Za-z0-9_]$/.test(c) || code >= 0x80) out += c;
    else if (code < 0x20 || code === 0x7f) out += `\\x{${code.toString(16)}}`;
    else out += `\\${c}`;
  }
  return out;
}

/** The regex body of a glob, with `anyRun` for `*` and `anyOne` for `?` (not anchored). */
export function globCore(pattern: string, anyRun: string, anyOne: string): string {
  return parseGlob(pattern)
    .segments.map((pieces) =>
      pieces.map((piece) => (piece === null ? anyOne : escapeRegex(piece))).join(''),
    )
    .join(anyRun);
}

/** A regex matching exactly the texts the glob `pattern` matches as a whole. */
export function globRegex(pattern: string): string {
  return `(?s)^${globCore(pattern, '.*', '.')}$`;
}

/**
 * A regex for free text: the glob matches the whole text or one of its white-space-separated
 * words (`query/match-value.ts` `compileTextMatch`). Inside a word, `*` and `?` cannot cross
 * white space, and a literal holding white space never matches a word.
 */
export function globTextRegex(pattern: string): string {
  const whole = `^${globCore(pattern, '.*', '.')}$`;
  const hasSpaceLiteral = parseGlob(pattern).segments.some((pieces) =>
    pieces.some((piece) => piece !== null && /\s/u.test(piece)),
  );
  if (hasSpaceLiteral) return `(?s)${whole}`;
  const word = `(?:^|${SPACE})${globCore(pattern, `${NOT_SPACE}*`, NOT_SPACE)}(?:${SPACE}|$)`;
  return `(?s)(?:${whole})|(?:${word})`;
}
