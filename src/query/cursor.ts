/**
 * A read position in the token list, shared by the parser's modules, with the helpers they use
 * to look ahead, quote what was typed and report errors at a token.
 */
import { QuerySyntaxError } from './query-error';
import type { Span, Token, TokenKind } from './tokens';

export class Cursor {
  private index = 0;

  constructor(
    readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  get done(): boolean {
    return this.index >= this.tokens.length;
  }

  peek(offset = 0): Token | undefined {
    return this.tokens[this.index + offset];
  }

  /** The next token; callers check `peek()` first, so running out is an internal error. */
  next(): Token {
    const token = this.tokens[this.index];
    if (token === undefined) throw new QuerySyntaxError(this.text.length, 0, 'unexpected end');
    this.index++;
    return token;
  }

  /** Whether the next token is one of `kinds` and, if `after` is given, starts right at its end. */
  at(kinds: readonly TokenKind[], after?: Span): boolean {
    const token = this.peek();
    if (token === undefined || !kinds.includes(token.kind)) return false;
    return after === undefined || token.start === after.end;
  }

  /** The source text from `from` to `to` (spans or indices). */
  source(from: Span | number, to: Span | number = from): string {
    const start = typeof from === 'number' ? from : from.start;
    const end = typeof to === 'number' ? to : to.end;
    return this.text.slice(start, end);
  }

  /** An error over the span (or from `span` to `to`). */
  error(span: Span, message: string, to: Span = span): QuerySyntaxError {
    return new QuerySyntaxError(span.start, Math.max(0, to.end - span.start), message);
  }
}
