/**
 * The SECL parser (grammar of the agent's `ast/secl.go`): `&&`/`||`/`and`/`or` with equal
 * precedence grouping to the right; comparisons; `in`/`not in`/`allin` lists; `+ -`; bit
 * operators `& | ^` (right-associative); unary `! not - ^`. Iterative over operator chains and
 * bounded in nesting, so any input parses in linear time without deep recursion. Never throws.
 */
import type {
  ArrayNode,
  ArrayOp,
  BitOp,
  BoolOp,
  Expr,
  ListNode,
  MacroBody,
  ScalarOp,
  Span,
  UnaryOp,
} from './ast';
import type { SeclError } from './errors';
import { SeclFailure, toSeclError } from './errors';
import { tokenize } from './lexer';
import type { Token } from './tokens';
import { describeToken } from './tokens';

export type ParseResult<T = Expr> =
  | { readonly ok: true; readonly ast: T }
  | { readonly ok: false; readonly errors: readonly SeclError[] };

/** Deepest nesting (parentheses, unary operators, operator changes) an expression may have. */
export const MAX_DEPTH = 200;

const SCALAR_OPS: readonly string[] = ['==', '!=', '<', '<=', '>', '>=', '=~', '!~'];
const BIT_OPS: readonly string[] = ['&', '|', '^'];

function span(start: number, end: number): Span {
  return { start, end };
}

class Parser {
  private i = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  private peek(offset = 0): Token {
    const last = this.tokens[this.tokens.length - 1] as Token;
    return this.tokens[this.i + offset] ?? last;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.i++;
    return t;
  }

  private fail(token: Token, message: string): SeclFailure {
    return new SeclFailure(token.start, token.end - token.start, message);
  }

  private expected(what: string, after?: Token): SeclFailure {
    const found = this.peek();
    const where = after === undefined ? '' : ` after '${after.text}'`;
    return this.fail(found, `expected ${what}${where}, found ${describeToken(found)}`);
  }

  private isBoolOp(t: Token): BoolOp | undefined {
    if (t.kind === 'op' && (t.text === '&&' || t.text === '||')) return t.text;
    if (t.kind === 'ident' && t.text === 'and') return '&&';
    if (t.kind === 'ident' && t.text === 'or') return '||';
    return undefined;
  }

  private checkDepth(depth: number, at: Token): void {
    if (depth > MAX_DEPTH) {
      throw this.fail(at, `expression nests too deeply (more than ${MAX_DEPTH} levels)`);
    }
  }

  /** Expr := Comparison [ ("&&"|"||"|"and"|"or") Expr ], folded to the right. */
  expr(depth: number): Expr {
    this.checkDepth(depth, this.peek());
    const operands: Expr[] = [this.comparison(depth)];
    const ops: BoolOp[] = [];
    for (let op = this.isBoolOp(this.peek()); op !== undefined; op = this.isBoolOp(this.peek())) {
      const token = this.next();
      if (!this.startsValue(this.peek())) throw this.expected('an expression', token);
      ops.push(op);
      operands.push(this.comparison(depth));
    }
    // Fold to the right; runs of one operator become one n-ary node.
    let tail = operands[operands.length - 1] as Expr;
    let run: Expr[] = [];
    let runOp: BoolOp | undefined;
    let changes = 0;
    const close = (op: BoolOp) => {
      const members = [...run.reverse(), tail];
      tail = { kind: 'bool', op, operands: members, ...span((members[0] as Expr).start, tail.end) };
      run = [];
    };
    for (let k = ops.length - 1; k >= 0; k--) {
      const op = ops[k] as BoolOp;
      if (runOp !== undefined && op !== runOp) {
        close(runOp);
        this.checkDepth(depth + ++changes, this.peek());
      }
      runOp = op;
      run.push(operands[k] as Expr);
    }
    if (runOp !== undefined) close(runOp);
    return tail;
  }

  private startsValue(t: Token): boolean {
    if (t.kind === 'eof' || t.kind === 'rparen' || t.kind === 'rbracket' || t.kind === 'comma') {
      return false;
    }
    if (t.kind === 'op') return ['!', '-', '^', '+'].includes(t.text);
    return this.isBoolOp(t) === undefined;
  }

  /** Comparison := Arith [ ScalarOp Comparison | ArrayOp Array ]. */
  private comparison(depth: number): Expr {
    const left = this.arith(depth);
    const t = this.peek();
    if (t.kind === 'op' && SCALAR_OPS.includes(t.text)) {
      this.next();
      if (!this.startsValue(this.peek())) throw this.expected('a value', t);
      this.checkDepth(depth + 1, t);
      const right = this.comparison(depth + 1);
      return {
        kind: 'compare',
        op: t.text as ScalarOp,
        left,
        right,
        ...span(left.start, right.end),
      };
    }
    const op = this.arrayOp();
    if (op === undefined) return left;
    const array = this.array(op.token);
    return { kind: 'member', op: op.op, left, array, ...span(left.start, array.end) };
  }

  private arrayOp(): { op: ArrayOp; token: Token } | undefined {
    const t = this.peek();
    if (t.kind !== 'ident') return undefined;
    if (t.text === 'in' || t.text === 'allin') {
      this.next();
      return { op: t.text === 'in' ? 'in' : 'allin', token: t };
    }
    if (t.text === 'not') {
      this.next();
      const inToken = this.peek();
      if (inToken.kind !== 'ident' || inToken.text !== 'in') throw this.expected("'in'", t);
      this.next();
      return { op: 'notin', token: { ...t, text: 'not in', end: inToken.end } };
    }
    return undefined;
  }

  /** Array := CIDR | Variable | Ident | "[" member { "," member } "]". */
  private array(after: Token): ArrayNode {
    const t = this.peek();
    if (t.kind === 'cidr') {
      this.next();
      return { kind: 'cidr', text: t.text, ...span(t.start, t.end) };
    }
    if (t.kind === 'variable') {
      this.next();
      return {
        kind: 'variable',
        name: t.value,
        fieldReference: t.text.startsWith('%'),
        ...span(t.start, t.end),
      };
    }
    if (t.kind === 'ident' && this.isBoolOp(t) === undefined) {
      this.next();
      return { kind: 'ident', name: t.text, ...span(t.start, t.end) };
    }
    if (t.kind === 'lbracket') return this.list();
    throw this.expected('a list, a macro, a field or a variable', after);
  }

  list(): ListNode {
    const open = this.next();
    const members: Expr[] = [];
    for (;;) {
      members.push(this.listMember(members.length === 0 ? open : this.tokens[this.i - 1]));
      const t = this.next();
      if (t.kind === 'rbracket') return { kind: 'list', members, ...span(open.start, t.end) };
      if (t.kind !== 'comma') {
        this.i--;
        throw this.expected("',' or ']' in the list");
      }
    }
  }

  private listMember(after: Token | undefined): Expr {
    const t = this.peek();
    const what = 'a string, pattern, regular expression, number, IP address or constant';
    if (t.kind === 'op' && (t.text === '-' || t.text === '+') && this.peek(1).kind === 'int') {
      this.next();
      const n = this.next();
      const value = this.intValue(n);
      return { kind: 'int', value: t.text === '-' ? -value : value, ...span(t.start, n.end) };
    }
    switch (t.kind) {
      case 'string':
      case 'pattern':
      case 'regex':
      case 'int':
      case 'ip':
      case 'cidr':
      case 'ident':
      case 'variable':
        return this.primary(0);
      default:
        throw this.expected(what, after);
    }
  }

  /** Arith := BitOp { ("+"|"-") BitOp }. */
  private arith(depth: number): Expr {
    const first = this.bit(depth);
    const rest: { op: '+' | '-'; operand: Expr }[] = [];
    for (let t = this.peek(); t.kind === 'op' && (t.text === '+' || t.text === '-');) {
      this.next();
      if (!this.startsValue(this.peek())) throw this.expected('a value', t);
      rest.push({ op: t.text, operand: this.bit(depth) });
      t = this.peek();
    }
    if (rest.length === 0) return first;
    const last = rest[rest.length - 1]?.operand ?? first;
    return { kind: 'arith', first, rest, ...span(first.start, last.end) };
  }

  /** BitOp := Unary [ ("&"|"|"|"^") BitOp ], folded to the right. */
  private bit(depth: number): Expr {
    const operands: Expr[] = [this.unary(depth)];
    const ops: BitOp[] = [];
    for (let t = this.peek(); t.kind === 'op' && BIT_OPS.includes(t.text); t = this.peek()) {
      this.next();
      if (!this.startsValue(this.peek())) throw this.expected('a value', t);
      ops.push(t.text as BitOp);
      operands.push(this.unary(depth));
    }
    this.checkDepth(depth + ops.length, this.peek());
    let result = operands[operands.length - 1] as Expr;
    for (let k = ops.length - 1; k >= 0; k--) {
      const left = operands[k] as Expr;
      result = {
        kind: 'bit',
        op: ops[k] as BitOp,
        left,
        right: result,
        ...span(left.start, result.end),
      };
    }
    return result;
  }

  /** Unary := ("!"|"not"|"-"|"^") Unary | Primary. */
  private unary(depth: number): Expr {
    const ops: Token[] = [];
    for (let t = this.peek(); this.isUnary(t); t = this.peek()) ops.push(this.next());
    this.checkDepth(depth + ops.length, this.peek());
    if (ops.length > 0 && !this.startsValue(this.peek())) {
      throw this.expected('a value', ops[ops.length - 1]);
    }
    let result = this.primary(depth + ops.length);
    for (let k = ops.length - 1; k >= 0; k--) {
      const t = ops[k] as Token;
      const op: UnaryOp = t.text === 'not' ? '!' : (t.text as UnaryOp);
      result = { kind: 'unary', op, operand: result, ...span(t.start, result.end) };
    }
    return result;
  }

  /** An integer literal; a leading 0 makes it octal (`0755`), as Go reads it. */
  private intValue(t: Token): bigint {
    if (!/^0\d/.test(t.text)) return BigInt(t.text);
    if (!/^0[0-7]+$/.test(t.text)) throw this.fail(t, `invalid octal number '${t.text}'`);
    return BigInt(`0o${t.text.slice(1)}`);
  }

  private isUnary(t: Token): boolean {
    if (t.kind === 'op') return t.text === '!' || t.text === '-' || t.text === '^';
    return t.kind === 'ident' && t.text === 'not' && this.peek(1).kind !== 'eof';
  }

  private primary(depth: number): Expr {
    const t = this.next();
    const s = span(t.start, t.end);
    switch (t.kind) {
      case 'ident':
        if (this.isBoolOp(t) !== undefined || t.text === 'in' || t.text === 'allin') {
          this.i--;
          throw this.fail(t, `expected a value, found '${t.text}'`);
        }
        return { kind: 'ident', name: t.text, ...s };
      case 'int':
        return { kind: 'int', value: this.intValue(t), ...s };
      case 'string':
        return { kind: 'string', value: t.value, ...s };
      case 'pattern':
        return { kind: 'pattern', value: t.value, ...s };
      case 'regex':
        return { kind: 'regex', value: t.value, ...s };
      case 'duration':
        return { kind: 'duration', value: BigInt(t.value), ...s };
      case 'ip':
        return { kind: 'ip', text: t.text, ...s };
      case 'cidr':
        return { kind: 'cidr', text: t.text, ...s };
      case 'variable':
        return { kind: 'variable', name: t.value, fieldReference: t.text.startsWith('%'), ...s };
      case 'op':
        if (t.text === '+' && this.peek().kind === 'int') {
          const n = this.next();
          return { kind: 'int', value: this.intValue(n), ...span(t.start, n.end) };
        }
        break;
      case 'lparen': {
        this.checkDepth(depth + 1, t);
        if (!this.startsValue(this.peek())) throw this.expected('an expression', t);
        const inner = this.expr(depth + 1);
        const close = this.peek();
        if (close.kind !== 'rparen') {
          throw this.fail(close, `expected ')' to close '(', found ${describeToken(close)}`);
        }
        this.next();
        return { kind: 'paren', inner, ...span(t.start, close.end) };
      }
      default:
        break;
    }
    this.i--;
    throw this.fail(t, `expected a value, found ${describeToken(t)}`);
  }

  end(): void {
    const t = this.peek();
    if (t.kind === 'eof') return;
    if (t.kind === 'rparen') throw this.fail(t, "unbalanced ')': no '(' to close");
    throw this.fail(
      t,
      `expected '&&', '||' or the end of the expression, found ${describeToken(t)}`,
    );
  }
}

function run<T>(source: string, body: (p: Parser) => T): ParseResult<T> {
  try {
    const tokens = tokenize(source);
    const parser = new Parser(tokens);
    if (tokens.length === 1) {
      return {
        ok: false,
        errors: [
          { position: 0, length: source.length, message: 'expected an expression, found nothing' },
        ],
      };
    }
    const ast = body(parser);
    parser.end();
    return { ok: true, ast };
  } catch (caught) {
    return { ok: false, errors: [toSeclError(caught)] };
  }
}

/** Parses a rule expression. */
export function parseSecl(source: string): ParseResult {
  return run(source, (p) => p.expr(0));
}

/** Parses a macro body: a list (`["a", ~"b*"]`) or an expression. */
export function parseMacro(source: string): ParseResult<MacroBody> {
  const trimmed = source.trimStart();
  if (trimmed.startsWith('[')) return run(source, (p) => p.list());
  return run(source, (p) => p.expr(0));
}
