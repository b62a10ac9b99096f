/**
 * What the caret is in, for autocomplete: the field name being typed (`@pro|`, also after
 * `_exists_:` / `_missing_:`), the value after `field:` (`@evt.name:ex|`, also inside a value
 * group `@evt.name:(exec OR op|`), or nothing to suggest (a range, a comparison, a keyword
 * (`AND`, `&&`, …), free text in quotes, a value after `*:`, which has no one list).
 *
 * A light scan of the text up to the caret, not the full parser: the text being typed is
 * usually not a valid query yet. It follows the tokenizer's rules where they matter here:
 * white space and parentheses end a term except inside quotes, `\` escapes one character,
 * `[ … ]` and `{ … }` are ranges.
 */

interface Span {
  /** Start of the text the suggestion replaces (UTF-16 index). */
  readonly from: number;
  /** End of that text: the end of the term the caret is in. */
  readonly to: number;
}

export interface FieldContext extends Span {
  readonly kind: 'field';
  /** What has been typed of the field name, escapes resolved (`@pro`, `host`). */
  readonly typed: string;
  /** The term already has `:` after the caret (`@pro|cess.pid:x`): insert no second one. */
  readonly hasColon: boolean;
  /** The name is the argument of `_exists_:` / `_missing_:`: it takes no colon. */
  readonly isArgument?: true;
}

export interface ValueContext extends Span {
  readonly kind: 'value';
  readonly field: string;
  /** What has been typed of the value, quotes and escapes resolved. */
  readonly typed: string;
}

export type SuggestContext = FieldContext | ValueContext;

const KEYWORDS: ReadonlySet<string> = new Set(['AND', 'OR', 'NOT', 'TO', '&&', '||']);

/** Lucene's `_exists_:` and `_missing_:`, whose value is a field name. */
const FIELD_ARGUMENT: ReadonlySet<string> = new Set(['_exists_', '_missing_']);

function isSpace(c: string): boolean {
  return /\s/u.test(c);
}

/** Resolves `\x` escapes; an unclosed or closing quote is handled by the caller. */
function unescape(s: string): string {
  return s.replace(/\\(.)/gsu, '$1');
}

/** Index of the first `:` in `term` that is not escaped, or -1. */
function colonIndex(term: string): number {
  for (let i = 0; i < term.length; i++) {
    const c = term.charAt(i);
    if (c === '\\') i++;
    else if (c === ':') return i;
  }
  return -1;
}

interface Scan {
  readonly termStart: number;
  readonly inQuote: boolean;
  readonly inRange: boolean;
  /** Field of the innermost open `field:( … )` group, if the caret is in one. */
  readonly groupField: string | undefined;
}

function scanTo(text: string, caret: number): Scan {
  let termStart = 0;
  let inQuote = false;
  let inRange = false;
  const groups: (string | undefined)[] = [];
  for (let i = 0; i < caret; i++) {
    const c = text.charAt(i);
    if (c === '\\') {
      i++;
    } else if (c === '"') {
      inQuote = !inQuote;
    } else if (inQuote) {
      continue;
    } else if (inRange) {
      if (c === ']' || c === '}') inRange = false;
    } else if ((c === '[' || c === '{') && text.charAt(i - 1) === ':') {
      inRange = true;
    } else if (c === '(') {
      const head = /^-?(.+):$/su.exec(text.slice(termStart, i));
      groups.push(head?.[1] !== undefined ? unescape(head[1]) : undefined);
      termStart = i + 1;
    } else if (c === ')') {
      groups.pop();
      termStart = i + 1;
    } else if (isSpace(c)) {
      termStart = i + 1;
    }
  }
  return { termStart, inQuote, inRange, groupField: groups[groups.length - 1] };
}

/** End of the term the caret is in (where white space or a parenthesis ends it). */
function termEnd(text: string, caret: number, inQuote: boolean): number {
  let quoted = inQuote;
  let i = caret;
  for (; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && (isSpace(c) || c === '(' || c === ')')) break;
  }
  return Math.min(i, text.length);
}

/** The value typed so far, or undefined where no value list applies (range, comparison). */
function typedValue(raw: string): string | undefined {
  if (raw.startsWith('"')) {
    const body = raw.slice(1);
    // A closed quote is a finished value.
    return /(^|[^\\])(\\\\)*"/u.test(body) ? undefined : unescape(body);
  }
  if (/^[<>[{]/u.test(raw)) return undefined;
  return unescape(raw);
}

/** The autocomplete context at `caret` in `text`, or undefined when nothing applies. */
export function suggestContext(text: string, caret: number): SuggestContext | undefined {
  const at = Math.max(0, Math.min(caret, text.length));
  const scan = scanTo(text, at);
  if (scan.inRange) return undefined;
  const to = termEnd(text, at, scan.inQuote);
  const negated = text.charAt(scan.termStart) === '-' ? 1 : 0;
  const start = scan.termStart + negated;
  const term = text.slice(start, at);
  const colon = colonIndex(term);

  if (colon > 0 && !term.startsWith('"')) {
    const head = term.slice(0, colon);
    const typed = typedValue(term.slice(colon + 1));
    if (typed === undefined || head === '*') return undefined;
    if (FIELD_ARGUMENT.has(head)) {
      return {
        kind: 'field',
        typed,
        from: start + colon + 1,
        to,
        hasColon: false,
        isArgument: true,
      };
    }
    return {
      kind: 'value',
      field: unescape(term.slice(0, colon)),
      typed,
      from: start + colon + 1,
      to,
    };
  }
  if (colon === 0) return undefined;
  if (scan.groupField !== undefined) {
    if (KEYWORDS.has(term)) return undefined;
    const typed = typedValue(term);
    if (typed === undefined) return undefined;
    return { kind: 'value', field: scan.groupField, typed, from: start, to };
  }
  if (term === '' || term.startsWith('"') || KEYWORDS.has(term)) return undefined;
  const rest = text.slice(at, to);
  const restColon = colonIndex(rest);
  return {
    kind: 'field',
    typed: unescape(term),
    from: start,
    to: restColon < 0 ? to : at + restColon,
    hasColon: restColon >= 0,
  };
}
