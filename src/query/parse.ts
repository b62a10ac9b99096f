/**
 * The parser of the search syntax: boolean structure (implicit and explicit AND, OR, NOT and
 * `-`, parentheses, `field:( … )` value groups) over terms, with precise errors. Recursive
 * descent whose recursion is bounded by the parenthesis depth; never throws.
 *
 *   query   = [ or ] ;
 *   or      = and { ( "OR" | "||" ) and } ;
 *   and     = unary { [ "AND" | "&&" ] unary } ;
 *   unary   = { "NOT" | "-" } primary ;
 *   primary = "(" or ")" | field ":" value | field ":" "(" or ")" | word | quoted
 *           | ( "_exists_" | "_missing_" ) ":" field-name ;
 *
 * A bare `*` is every event; `_exists_:f` is `f:*` and `_missing_:f` is `NOT f:*` (Lucene);
 * `*:value` is any attribute (`query/any-field.ts`). A comparison or range without a field is
 * refused, as is one after `*:`, and a word right before `(` (Datadog's `CIDR(…)` functions).
 */
import type { FieldRef, QueryNode, TermNode } from './ast';
import { combine, negate } from './ast';
import { Cursor } from './cursor';
import { EXISTS, MISSING, fieldRefOf } from './field-ref';
import { parseValue, VALUE_START, wordMatch } from './parse-value';
import type { QueryError } from './query-error';
import { QuerySyntaxError } from './query-error';
import { tokenize } from './tokenize';
import type { FieldToken, Span, Token, TokenKind } from './tokens';

export type { QueryError } from './query-error';

export type ParseResult = { ok: true; ast: QueryNode } | { ok: false; error: QueryError };

/** Deepest nesting of parentheses (and value groups) a query may have. */
export const MAX_DEPTH = 100;

const TERM_START: readonly TokenKind[] = [
  'word',
  'quoted',
  'field',
  'lparen',
  'minus',
  'not',
  'compare',
  'range-open',
];

/** What can follow `-` directly (a comparison or a range, to report that it needs a field). */
const EXCLUDABLE: readonly TokenKind[] = [
  'word',
  'quoted',
  'field',
  'lparen',
  'compare',
  'range-open',
];

/** `undefined` for free query text, or the field whose `( … )` value group is being read. */
type Context = FieldRef | undefined;

class Parser {
  constructor(private readonly cur: Cursor) {}

  private startsTerm(): boolean {
    return this.cur.at(TERM_START);
  }

  or(ctx: Context, depth: number): QueryNode {
    const children = [this.and(ctx, depth)];
    for (let op = this.cur.peek(); op?.kind === 'or'; op = this.cur.peek()) {
      this.cur.next();
      if (!this.startsTerm()) throw this.cur.error(op, '"OR" needs a term on both sides');
      children.push(this.and(ctx, depth));
    }
    return combine('or', children);
  }

  private and(ctx: Context, depth: number): QueryNode {
    const first = this.cur.peek();
    if (first?.kind === 'and' || first?.kind === 'or') {
      const word = first.kind === 'and' ? 'AND' : 'OR';
      throw this.cur.error(first, `"${word}" needs a term on both sides`);
    }
    const children = [this.unary(ctx, depth)];
    for (;;) {
      const op = this.cur.peek();
      if (op?.kind === 'and') {
        this.cur.next();
        if (!this.startsTerm()) throw this.cur.error(op, '"AND" needs a term on both sides');
      } else if (!this.startsTerm()) {
        break;
      }
      children.push(this.unary(ctx, depth));
    }
    return combine('and', children);
  }

  /** Prefix negations are read in a loop, so that long chains cost no recursion. */
  private unary(ctx: Context, depth: number): QueryNode {
    let count = 0;
    for (
      let op = this.cur.peek();
      op?.kind === 'not' || op?.kind === 'minus';
      op = this.cur.peek()
    ) {
      this.cur.next();
      if (op.kind === 'not' && !this.startsTerm()) {
        throw this.cur.error(op, '"NOT" needs a term after it');
      }
      if (op.kind === 'minus' && !this.cur.at(EXCLUDABLE, op)) {
        throw this.cur.error(op, '"-" needs a term right after it, without a space');
      }
      count++;
    }
    return negate(this.primary(ctx, depth), count);
  }

  private primary(ctx: Context, depth: number): QueryNode {
    const token = this.cur.peek();
    if (token === undefined) throw new QuerySyntaxError(this.cur.text.length, 0, 'unexpected end');
    if (token.kind === 'lparen') return this.group(ctx, depth);
    if (ctx !== undefined && VALUE_START.includes(token.kind)) {
      return this.valueTerm(ctx, token.start);
    }
    if (token.kind === 'compare' || token.kind === 'range-open') throw this.fieldless(token);
    this.cur.next();
    if (token.kind === 'field') return this.fieldTerm(token, depth);
    if (token.kind === 'word') {
      if (this.cur.at(['lparen'], token)) {
        const call = `${this.cur.source(token)}(…)`;
        throw this.cur.error(
          token,
          `functions such as ${call} are not supported (a space before "(" starts a group)`,
        );
      }
      const match = wordMatch(token);
      return match.kind === 'exists' ? { kind: 'all' } : { kind: 'term', field: undefined, match };
    }
    if (token.kind === 'quoted') {
      return { kind: 'term', field: undefined, match: { kind: 'exact', value: token.value } };
    }
    throw this.cur.error(token, `unexpected "${this.cur.source(token)}"`);
  }

  private fieldTerm(token: FieldToken, depth: number): QueryNode {
    const typed = this.cur.source(token);
    if (typed === `${EXISTS}:` || typed === `${MISSING}:`) return this.existsTerm(token);
    const field = fieldRefOf(token);
    if (this.cur.at(['lparen'], token)) return this.group(field, depth);
    if (!this.cur.at(VALUE_START, token)) {
      throw this.cur.error(token, `expected a value after "${typed}"`);
    }
    return this.valueTerm(field, token.start);
  }

  /** The value next, for `field`; `anchor` is where the term began. */
  private valueTerm(field: FieldRef, anchor: number): TermNode {
    const match = parseValue(this.cur, anchor);
    if (field.scope === 'any' && (match.kind === 'compare' || match.kind === 'range')) {
      const end = this.cur.peek(-1)?.end ?? anchor;
      throw new QuerySyntaxError(
        anchor,
        end - anchor,
        `"*:" takes a value or a pattern, not a ${match.kind === 'range' ? 'range' : 'comparison'}`,
      );
    }
    return { kind: 'term', field, match };
  }

  /** `_exists_:field` (the field has a value) or `_missing_:field` (it has none). */
  private existsTerm(token: FieldToken): QueryNode {
    const arg = this.cur.peek();
    const typed = this.cur.source(token);
    const adjacent = arg?.start === token.end;
    if (arg === undefined || !adjacent || (arg.kind !== 'word' && arg.kind !== 'quoted')) {
      throw this.cur.error(token, `expected a field name after "${typed}"`);
    }
    this.cur.next();
    if (arg.kind === 'word' && arg.wild) {
      throw this.cur.error(arg, `"${typed}" takes a field name, not a pattern`);
    }
    const name = arg.kind === 'word' ? arg.literal : arg.value;
    if (name === '') throw this.cur.error(token, `expected a field name after "${typed}"`, arg);
    const ref = fieldRefOf(
      { kind: 'field', name, wild: false, start: arg.start, end: arg.end },
      arg.end - arg.start,
    );
    const exists: QueryNode = { kind: 'term', field: ref, match: { kind: 'exists' } };
    return token.name === MISSING ? negate(exists) : exists;
  }

  /** A comparison or range in free text: refused, over its whole extent when well formed. */
  private fieldless(token: Token): QuerySyntaxError {
    const message =
      token.kind === 'compare'
        ? 'a comparison needs a field before it, as in @process.pid:>1000'
        : 'a range needs a field before it, as in @process.pid:[100 TO 200]';
    let last: Span = token;
    try {
      parseValue(this.cur, token.start);
      last = this.cur.peek(-1) ?? token;
    } catch (e) {
      if (!(e instanceof QuerySyntaxError)) throw e;
    }
    return this.cur.error(token, message, last);
  }

  /** `( … )`, either of query terms or, with a field as context, of that field's values. */
  private group(ctx: Context, depth: number): QueryNode {
    const open = this.cur.next();
    if (depth >= MAX_DEPTH) {
      throw this.cur.error(open, `the query nests deeper than ${MAX_DEPTH} parentheses`);
    }
    const first = this.cur.peek();
    if (first?.kind === 'rparen') throw this.cur.error(open, 'empty parentheses', first);
    if (first === undefined) throw unclosed(this.cur, open);
    const inner = this.or(ctx, depth + 1);
    const close = this.cur.peek();
    if (close?.kind !== 'rparen') {
      if (close === undefined) throw unclosed(this.cur, open);
      throw this.cur.error(close, `unexpected "${this.cur.source(close)}"`);
    }
    this.cur.next();
    return inner;
  }
}

function unclosed(cur: Cursor, open: Token): QuerySyntaxError {
  return cur.error(open, `unclosed parenthesis opened at ${open.start}`);
}

/** Parses a search query; the empty (or blank) query is `{ kind: 'all' }`. */
export function parseQuery(text: string): ParseResult {
  try {
    const lexed = tokenize(text);
    if (!lexed.ok) return lexed;
    if (lexed.tokens.length === 0) return { ok: true, ast: { kind: 'all' } };
    const cur = new Cursor(text, lexed.tokens);
    const ast = new Parser(cur).or(undefined, 0);
    const rest = cur.peek();
    if (rest !== undefined) {
      return {
        ok: false,
        error: cur.error(rest, `unexpected "${cur.source(rest)}"`).toError(),
      };
    }
    return { ok: true, ast };
  } catch (e) {
    if (e instanceof QuerySyntaxError) return { ok: false, error: e.toError() };
    return {
      ok: false,
      error: { position: 0, length: text.length, message: 'the query could not be read' },
    };
  }
}
