/**
 * Tokens of SECL expressions, with their UTF-16 span in the source. `value` holds the decoded
 * content of literals (quotes stripped, durations in nanoseconds as decimal text).
 */

export type TokenKind =
  | 'ident'
  | 'int'
  | 'string'
  | 'pattern'
  | 'regex'
  | 'duration'
  | 'ip'
  | 'cidr'
  | 'variable'
  | 'op'
  | 'lparen'
  | 'rparen'
  | 'lbracket'
  | 'rbracket'
  | 'comma'
  | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** Source text of the token. */
  readonly text: string;
  /** Decoded literal content (strings, patterns, regexes, variables, durations). */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** Operators, longest first so that the lexer prefers `==` over `=`. */
export const OPERATORS = [
  '==',
  '!=',
  '<=',
  '>=',
  '=~',
  '!~',
  '&&',
  '||',
  '<',
  '>',
  '!',
  '&',
  '|',
  '^',
  '+',
  '-',
] as const;

export type Operator = (typeof OPERATORS)[number];

/** How a token is named in messages ("'=='", "a string", "the end of the expression"). */
export function describeToken(token: Token): string {
  switch (token.kind) {
    case 'eof':
      return 'the end of the expression';
    case 'string':
      return 'a string';
    case 'pattern':
      return 'a pattern';
    case 'regex':
      return 'a regular expression';
    case 'int':
      return `the number ${token.text}`;
    case 'duration':
      return `the duration ${token.text}`;
    case 'ip':
    case 'cidr':
      return `the address ${token.text}`;
    case 'variable':
      return token.text.startsWith('%')
        ? `the field reference ${token.text}`
        : `the variable ${token.text}`;
    default:
      return `'${token.text.length > 40 ? `${token.text.slice(0, 40)}…` : token.text}'`;
  }
}
