/**
 * The tokenizer of the search syntax. It is context-sensitive in the few places the syntax is:
 * right after `field:` it reads one value (where `:`, `-`, `>` and `[` mean something else than
 * in free text), inside `field:( … )` every word is a value, and inside `[ … ]` it reads range
 * bounds and `TO`. In free text, `>`, `<`, `[` and `{` still start a comparison or a range (which
 * the parser refuses without a field), and characters that are operators in other query
 * languages (`&`, `|`, `=`, a leading `!`) are refused unless escaped, so that a query never
 * silently searches for them. Runs in one pass, linear in the length of the query.
 */
import type { QueryError } from './query-error';
import { QuerySyntaxError } from './query-error';
import type { Token } from './tokens';

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: QueryError };

/** Context of an open parenthesis: free query terms, or the values of one field. */
type Mode = 'term' | 'group';

interface WordOptions {
  /**
   * Free query text: an unescaped `:` ends the word as a field name, and `&`, `|`, `=` and a
   * leading `!` are refused unescaped.
   */
  readonly field: boolean;
  /** `AND`, `OR`, `NOT`, `&&`, `||` are keywords, `TO` is not. */
  readonly keywords: boolean;
  /** Inside a range: `]` and `}` end the word and `TO` is a keyword. */
  readonly range: boolean;
}

const TERM: WordOptions = { field: true, keywords: true, range: false };
const GROUP_VALUE: WordOptions = { field: false, keywords: true, range: false };
const VALUE: WordOptions = { field: false, keywords: false, range: false };
const BOUND: WordOptions = { field: false, keywords: false, range: true };

const KEYWORDS: ReadonlyMap<string, 'and' | 'or' | 'not'> = new Map([
  ['AND', 'and'],
  ['&&', 'and'],
  ['OR', 'or'],
  ['||', 'or'],
  ['NOT', 'not'],
] as const);

/** Whether `c` is refused unescaped in free text (`!` only at the start of a word). */
function isStray(c: string, first: boolean): boolean {
  return c === '&' || c === '|' || c === '=' || (first && c === '!');
}

/** Why a stray character (see `isStray`) is refused, and how much of the text it covers. */
function strayError(text: string, at: number): QuerySyntaxError {
  const c = text.charAt(at);
  if ((c === '&' || c === '|') && text.charAt(at + 1) === c) {
    const word = c === '&' ? 'AND' : 'OR';
    return new QuerySyntaxError(at, 2, `"${c}${c}" needs a space on each side to mean ${word}`);
  }
  const hint =
    c === '&'
      ? 'write AND (or &&) between terms'
      : c === '|'
        ? 'write OR (or ||) between terms'
        : c === '='
          ? 'write field:value (@evt.name:exec)'
          : 'exclude with - or NOT (-@evt.name:exec)';
  return new QuerySyntaxError(
    at,
    1,
    `"${c}" is not an operator here: ${hint}, or write \\${c} to search for it`,
  );
}

const SPACE = /\s/u;

/** White space separates terms, Unicode spaces (no-break space, …) included. */
function isSpace(c: string): boolean {
  return SPACE.test(c);
}

class Lexer {
  private pos = 0;
  private readonly tokens: Token[] = [];
  private readonly modes: Mode[] = ['term'];

  constructor(private readonly text: string) {}

  run(): Token[] {
    const { text } = this;
    while (this.pos < text.length) {
      const c = text.charAt(this.pos);
      if (isSpace(c)) {
        this.pos++;
      } else if (this.modes[this.modes.length - 1] === 'group') {
        this.valueStart(true);
      } else {
        this.term(c);
      }
    }
    return this.tokens;
  }

  private simple(kind: 'lparen' | 'rparen' | 'minus', length = 1): void {
    this.tokens.push({ kind, start: this.pos, end: this.pos + length });
    this.pos += length;
  }

  private open(mode: Mode): void {
    this.simple('lparen');
    this.modes.push(mode);
  }

  private close(): void {
    this.simple('rparen');
    if (this.modes.length > 1) this.modes.pop();
  }

  /** One token of free query text; a comparison or range here is refused by the parser. */
  private term(c: string): void {
    if (c === '(') this.open('term');
    else if (c === ')') this.close();
    else if (c === '"') this.quoted();
    else if (c === '-' && this.text.charAt(this.pos + 1) !== '-') this.simple('minus');
    else if (c === '>' || c === '<') this.compare(c);
    else if (c === '[' || c === '{') this.range(c === '[');
    else this.word(TERM);
  }

  /** One value: after `field:` (directly, no space) or inside `field:( … )`. */
  private valueStart(inGroup: boolean): void {
    const c = this.text.charAt(this.pos);
    if (c === '(') this.open('group');
    else if (c === ')') this.close();
    else if (c === '"') this.quoted();
    else if (c === '>' || c === '<') this.compare(c);
    else if (c === '[' || c === '{') this.range(c === '[');
    else this.word(inGroup ? GROUP_VALUE : VALUE);
  }

  private compare(c: '>' | '<'): void {
    const start = this.pos;
    const orEqual = this.text.charAt(start + 1) === '=';
    const op = c === '>' ? (orEqual ? '>=' : '>') : orEqual ? '<=' : '<';
    this.pos += op.length;
    this.tokens.push({ kind: 'compare', op, start, end: this.pos });
    if (this.pos >= this.text.length) return;
    const next = this.text.charAt(this.pos);
    if (next === '"') this.quoted();
    else if (!isSpace(next) && next !== '(' && next !== ')') this.word(VALUE);
  }

  private range(inclusive: boolean): void {
    const { text } = this;
    this.tokens.push({ kind: 'range-open', inclusive, start: this.pos, end: this.pos + 1 });
    this.pos++;
    while (this.pos < text.length) {
      const c = text.charAt(this.pos);
      if (isSpace(c)) {
        this.pos++;
      } else if (c === ']' || c === '}') {
        this.tokens.push({
          kind: 'range-close',
          inclusive: c === ']',
          start: this.pos,
          end: ++this.pos,
        });
        return;
      } else if (c === '(' || c === ')') {
        return; // left to the main loop; the parser reports the range as not closed
      } else if (c === '"') {
        this.quoted();
      } else {
        this.word(BOUND);
      }
    }
  }

  private quoted(): void {
    const { text } = this;
    const start = this.pos;
    let value = '';
    let i = start + 1;
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        this.pos = i + 1;
        this.tokens.push({ kind: 'quoted', value, start, end: this.pos });
        return;
      }
      const next = text.charAt(i + 1);
      if (c === '\\' && (next === '"' || next === '\\')) {
        value += next;
        i += 2;
      } else {
        value += c;
        i++;
      }
    }
    throw new QuerySyntaxError(start, text.length - start, 'unclosed quote');
  }

  private word(options: WordOptions): void {
    const { text } = this;
    const start = this.pos;
    let literal = '';
    let glob = '';
    let wild = false;
    let escaped = false;
    let stray = -1;
    let i = start;
    for (; i < text.length; i++) {
      const c = text.charAt(i);
      if (isSpace(c) || c === '(' || c === ')' || c === '"') break;
      if (options.range && (c === ']' || c === '}')) break;
      if (c === '\\') {
        if (i + 1 >= text.length) {
          throw new QuerySyntaxError(i, 1, '"\\" at the end of the query escapes nothing');
        }
        const next = text.charAt(++i);
        literal += next;
        glob += next === '*' || next === '?' || next === '\\' ? `\\${next}` : next;
        escaped = true;
      } else if (c === ':' && options.field) {
        if (stray >= 0) throw strayError(text, stray);
        this.pos = i + 1;
        this.tokens.push({ kind: 'field', name: literal, wild, start, end: this.pos });
        if (this.pos < text.length && !isSpace(text.charAt(this.pos))) this.valueStart(false);
        return;
      } else {
        if (c === '*' || c === '?') wild = true;
        else if (stray < 0 && options.field && isStray(c, i === start)) stray = i;
        literal += c;
        glob += c;
      }
    }
    this.pos = i;
    const end = i;
    const keyword = escaped || !options.keywords ? undefined : KEYWORDS.get(literal);
    if (keyword !== undefined) {
      this.tokens.push({ kind: keyword, start, end });
    } else if (!escaped && options.range && literal === 'TO') {
      this.tokens.push({ kind: 'to', start, end });
    } else {
      if (stray >= 0) throw strayError(text, stray);
      this.tokens.push({ kind: 'word', literal, glob, wild, start, end });
    }
  }
}

/** Splits `text` into tokens; reports an unclosed quote or a trailing backslash; never throws. */
export function tokenize(text: string): TokenizeResult {
  try {
    return { ok: true, tokens: new Lexer(text).run() };
  } catch (e) {
    if (e instanceof QuerySyntaxError) return { ok: false, error: e.toError() };
    return {
      ok: false,
      error: { position: 0, length: text.length, message: 'the query could not be read' },
    };
  }
}
