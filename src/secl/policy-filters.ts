/**
 * Load-time filters of policy rules and macros (`os == "linux"`, kernel version conditions),
 * written in SECL over `os` and `kernel.version.{major,minor,patch}`: evaluated for the target
 * the user evaluates as. A filter that needs what the target leaves unknown decides nothing.
 */
import type { Expr } from './ast';
import { parseSecl } from './parser';
import type { Tri } from './tri';
import { Tri as T, triAnd, triNot, triOr } from './tri';

export interface FilterTarget {
  readonly os: string;
  readonly kernel?: { readonly major: number; readonly minor: number; readonly patch: number };
}

type Value = string | bigint | boolean | undefined;

function valueOf(expr: Expr, target: FilterTarget): Value {
  switch (expr.kind) {
    case 'string':
      return expr.value;
    case 'int':
      return expr.value;
    case 'paren':
      return valueOf(expr.inner, target);
    case 'ident': {
      if (expr.name === 'true' || expr.name === 'false') return expr.name === 'true';
      if (expr.name === 'os') return target.os;
      const m = /^kernel\.version\.(major|minor|patch)$/.exec(expr.name);
      if (m !== null && target.kernel !== undefined) {
        return BigInt(target.kernel[m[1] as 'major' | 'minor' | 'patch']);
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function compare(op: string, a: Value, b: Value): Tri {
  if (a === undefined || b === undefined || typeof a !== typeof b) return T.Unknown;
  switch (op) {
    case '==':
      return a === b ? T.True : T.False;
    case '!=':
      return a !== b ? T.True : T.False;
    case '<':
      return a < b ? T.True : T.False;
    case '<=':
      return a <= b ? T.True : T.False;
    case '>':
      return a > b ? T.True : T.False;
    case '>=':
      return a >= b ? T.True : T.False;
    default:
      return T.Unknown;
  }
}

function truth(expr: Expr, target: FilterTarget): Tri {
  switch (expr.kind) {
    case 'paren':
      return truth(expr.inner, target);
    case 'bool': {
      const and = expr.op === '&&';
      let result: Tri = and ? T.True : T.False;
      for (const operand of expr.operands) {
        const r = truth(operand, target);
        result = and ? triAnd(result, r) : triOr(result, r);
      }
      return result;
    }
    case 'unary':
      return expr.op === '!' ? triNot(truth(expr.operand, target)) : T.Unknown;
    case 'compare':
      return compare(expr.op, valueOf(expr.left, target), valueOf(expr.right, target));
    default: {
      const v = valueOf(expr, target);
      return typeof v === 'boolean' ? (v ? T.True : T.False) : T.Unknown;
    }
  }
}

/** The truth of one filter for the target; a filter that does not parse is unknown. */
export function evaluateFilter(filter: string, target: FilterTarget): Tri {
  const parsed = parseSecl(filter);
  return parsed.ok ? truth(parsed.ast, target) : T.Unknown;
}
