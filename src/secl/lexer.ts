/**
 * The SECL lexer: splits an expression into tokens (identifiers with dots and brackets,
 * strings, `~"patterns"`, `r"regexes"`, integers, durations, IP addresses and CIDRs, `${vars}`,
 * operators, brackets), skipping whitespace and `#` / `//` comments. One linear pass; every
 * failure is a `SeclFailure` naming the offending span.
 */
import { SeclFailure } from './errors';
import { parseIp } from './ip';
import type { Token, TokenKind } from './tokens';
import { OPERATORS } from './tokens';

const IDENT_START = /[A-Za-z_]/;
const IDENT_REST = /[A-Za-z0-9_.]+/y;
const REGISTER = /\[[A-Za-z0-9_]*\]/y;
const VARIABLE = /[$%]\{[A-Za-z_][A-Za-z0-9_.]*\}/y;
const IPV4 = /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?:\/\d+)?/y;
const IPV6 = /[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?:\/\d+)?/y;
const DIGITS = /\d+/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const DURATION_UNIT = /[msh]s*(?![A-Za-z0-9_])/y;

const NANOS: Record<string, bigint> = {
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

function sticky(re: RegExp, source: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(source);
  return m === null ? undefined : m[0];
}

class Lexer {
  private pos = 0;
  readonly tokens: Token[] = [];

  constructor(private readonly source: string) {}

  private push(kind: TokenKind, start: number, end: number, value?: string): void {
    const text = this.source.slice(start, end);
    this.tokens.push({ kind, text, value: value ?? text, start, end });
    this.pos = end;
  }

  run(): Token[] {
    const s = this.source;
    while (this.pos < s.length) {
      const c = s[this.pos] ?? '';
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '#' || (c === '/' && s[this.pos + 1] === '/')) this.skipComment();
      else if (c === '"') this.quoted('string', this.pos, 1);
      else if (c === '~' && s[this.pos + 1] === '"') this.quoted('pattern', this.pos, 2);
      else if (c === 'r' && s[this.pos + 1] === '"') this.quoted('regex', this.pos, 2);
      else if ((c === '$' || c === '%') && s[this.pos + 1] === '{') this.variable(c);
      else if (this.address()) continue;
      else if (c >= '0' && c <= '9') this.number();
      else if (IDENT_START.test(c)) this.ident();
      else this.punct(c);
    }
    this.tokens.push({ kind: 'eof', text: '', value: '', start: s.length, end: s.length });
    return this.tokens;
  }

  private skipComment(): void {
    const end = this.source.indexOf('\n', this.pos);
    this.pos = end < 0 ? this.source.length : end;
  }

  /** A `"…"` body after `skip` opening characters; `\` escapes the next character. */
  private quoted(kind: 'string' | 'pattern' | 'regex', start: number, skip: number): void {
    const s = this.source;
    let i = start + skip;
    while (i < s.length && s[i] !== '"') i += s[i] === '\\' ? 2 : 1;
    if (i >= s.length) {
      const what = { string: 'string', pattern: 'pattern', regex: 'regular expression' }[kind];
      throw new SeclFailure(start, s.length - start, `unclosed ${what}: expected a closing '"'`);
    }
    this.push(kind, start, i + 1, s.slice(start + skip, i));
  }

  /** `${variable}`, or `%{field}` (a field reference, as the agent's eval.go reads it). */
  private variable(sigil: string): void {
    const text = sticky(VARIABLE, this.source, this.pos);
    if (text === undefined) {
      const what =
        sigil === '%' ? "field reference: expected '%{field}'" : "variable: expected '${name}'";
      throw new SeclFailure(this.pos, 2, `malformed ${what}`);
    }
    this.push('variable', this.pos, this.pos + text.length, text.slice(2, -1));
  }

  /** An IPv4 / IPv6 address or CIDR at the current position, if there is one. */
  private address(): boolean {
    const s = this.source;
    const v4 = sticky(IPV4, s, this.pos);
    const v6 = v4 === undefined ? sticky(IPV6, s, this.pos) : undefined;
    const text = v4 ?? v6;
    if (text === undefined) return false;
    if (v6 !== undefined && (v6.match(/:/g)?.length ?? 0) < 2) return false;
    const next = s[this.pos + text.length] ?? '';
    if (/[A-Za-z0-9_]/.test(next) && v4 === undefined) return false;
    if (parseIp(text) === undefined) {
      throw new SeclFailure(this.pos, text.length, `invalid IP address or CIDR '${text}'`);
    }
    this.push(text.includes('/') ? 'cidr' : 'ip', this.pos, this.pos + text.length);
    return true;
  }

  private number(): void {
    const start = this.pos;
    const digits = sticky(DIGITS, this.source, start) ?? '';
    const unitAt = start + digits.length;
    const unit = sticky(DURATION_UNIT, this.source, unitAt);
    if (unit === undefined) {
      const word = sticky(WORD, this.source, unitAt);
      if (word !== undefined) {
        const text = `${digits}${word}`;
        throw new SeclFailure(start, text.length, `invalid number or duration '${text}'`);
      }
      this.push('int', start, unitAt);
      return;
    }
    const nanos = NANOS[unit];
    if (nanos === undefined) {
      const text = `${digits}${unit}`;
      throw new SeclFailure(start, text.length, `invalid duration '${text}': use ms, s, m or h`);
    }
    this.push('duration', start, unitAt + unit.length, (BigInt(digits) * nanos).toString());
  }

  /**
   * An identifier: letters, digits, `_` and `.`, with `[register]` groups inside
   * (`process.ancestors[A].file.name`). A `]` that closes no `[` of the identifier ends it, so
   * a list of constants `[A, B]` reads as a list.
   */
  private ident(): void {
    const start = this.pos;
    let end = start + 1;
    for (;;) {
      IDENT_REST.lastIndex = end;
      const m = IDENT_REST.exec(this.source);
      if (m !== null) {
        end = IDENT_REST.lastIndex;
        continue;
      }
      REGISTER.lastIndex = end;
      if (!REGISTER.test(this.source)) break;
      end = REGISTER.lastIndex;
    }
    this.push('ident', start, end);
  }

  private punct(c: string): void {
    const single: Partial<Record<string, TokenKind>> = {
      '(': 'lparen',
      ')': 'rparen',
      '[': 'lbracket',
      ']': 'rbracket',
      ',': 'comma',
    };
    const kind = single[c];
    if (kind !== undefined) {
      this.push(kind, this.pos, this.pos + 1);
      return;
    }
    for (const op of OPERATORS) {
      if (this.source.startsWith(op, this.pos)) {
        this.push('op', this.pos, this.pos + op.length);
        return;
      }
    }
    const codePoint = String.fromCodePoint(this.source.codePointAt(this.pos) ?? 0);
    const hint = c === '=' ? "; did you mean '=='?" : '';
    throw new SeclFailure(this.pos, codePoint.length, `unexpected character '${codePoint}'${hint}`);
  }
}

/** The tokens of `source`, ending with an `eof` token. Throws `SeclFailure` when malformed. */
export function tokenize(source: string): Token[] {
  return new Lexer(source).run();
}
