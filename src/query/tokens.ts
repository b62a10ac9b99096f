/**
 * Tokens of the search syntax, as produced by the tokenizer: each carries its source span
 * (`start` inclusive, `end` exclusive, UTF-16 indices) so that errors and highlighting can point
 * at what was typed.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A bare word: `literal` has the escapes resolved; `glob` keeps wildcards, escaping literal ones. */
export interface WordToken extends Span {
  readonly kind: 'word';
  readonly literal: string;
  readonly glob: string;
  /** Whether the word holds an unescaped `*` or `?`. */
  readonly wild: boolean;
}

export interface QuotedToken extends Span {
  readonly kind: 'quoted';
  readonly value: string;
}

/** `name:` — the name has its escapes resolved; the span includes the colon. */
export interface FieldToken extends Span {
  readonly kind: 'field';
  readonly name: string;
  /** Whether the name holds an unescaped `*` or `?` (`*:` searches every attribute). */
  readonly wild: boolean;
}

export interface CompareToken extends Span {
  readonly kind: 'compare';
  readonly op: '>' | '>=' | '<' | '<=';
}

/** `and` / `or` are also written `&&` / `||` (Lucene). */
export interface SimpleToken extends Span {
  readonly kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'minus' | 'to';
}

/** `[` / `]` (inclusive) or `{` / `}` (exclusive) around a range. */
export interface BracketToken extends Span {
  readonly kind: 'range-open' | 'range-close';
  readonly inclusive: boolean;
}

export type Token =
  WordToken | QuotedToken | FieldToken | CompareToken | BracketToken | SimpleToken;

export type TokenKind = Token['kind'];
