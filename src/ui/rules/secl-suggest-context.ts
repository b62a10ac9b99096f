/**
 * What the caret of the rule box is in, for autocomplete: a SECL field name being typed
 * (`open.file.pa|`), with the span a suggestion replaces — or nothing to suggest: inside a
 * string literal (`"…"`, `~"…"`, `r"…"`), on a keyword (`in`, `not`, `and`, …), a constant
 * (`O_CREAT`, upper case), a number, or a register (`process.ancestors[_].…`).
 *
 * A light scan of the text up to the caret, not the parser: the rule being typed is usually
 * not valid SECL yet.
 */

export interface SeclFieldContext {
  /** Start of the name the suggestion replaces (UTF-16 index). */
  readonly from: number;
  /** End of that name: the end of the word the caret is in. */
  readonly to: number;
  /** What has been typed of the name, up to the caret. */
  readonly typed: string;
}

const KEYWORDS: ReadonlySet<string> = new Set(['in', 'not', 'and', 'or', 'allin', 'true', 'false']);
const NAME_CHAR = /[\w.]/u;

/** True when `caret` sits inside a string literal of `text`. */
function isInString(text: string, caret: number): boolean {
  let inString = false;
  for (let i = 0; i < caret; i++) {
    const c = text.charAt(i);
    if (inString && c === '\\') i++;
    else if (c === '"') inString = !inString;
  }
  return inString;
}

export function seclFieldContext(text: string, caret: number): SeclFieldContext | undefined {
  if (isInString(text, caret)) return undefined;
  let from = caret;
  while (from > 0 && NAME_CHAR.test(text.charAt(from - 1))) from--;
  let to = caret;
  while (to < text.length && NAME_CHAR.test(text.charAt(to))) to++;
  const typed = text.slice(from, caret);
  if (!/^[a-z_]/u.test(typed) || KEYWORDS.has(typed)) return undefined;
  // A register name (`[_]`) or a name right after one is not a field to complete.
  if (text.charAt(from - 1) === ']' || text.charAt(from - 1) === '[') return undefined;
  return { from, to, typed };
}
