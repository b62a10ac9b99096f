/**
 * Lowering of conditions to IR: `&&`/`||` (n-ary), `!`, comparisons (a string on the right of
 * `=~` becomes a pattern; comparing two conditions becomes their equivalence), `in`/`not in`/
 * `allin` against lists, list macros, constants, CIDRs, fields and variables, bare boolean
 * fields, `true`/`false` and condition macros.
 */
import type { ArrayNode, Expr, ListNode, Span } from './ast';
import { seclConstant } from './constants';
import { lookupField } from './field-map';
import { parseIp } from './ip';
import type { ArrayIR, BoolIR, MatcherIR, MemberIR, ValueIR } from './ir';
import { isMatcher } from './ir';
import type { LowerContext } from './lower-context';
import { isCondition, lowerValue, lowerVariable, noteLiteralReferences } from './lower-value';
import { Tri } from './tri';
import { checkCompare, checkDynamic, checkMembers } from './typecheck';

function listMember(expr: Expr, ctx: LowerContext): MemberIR[] {
  ctx.tick(expr);
  switch (expr.kind) {
    case 'string':
      noteLiteralReferences(expr.value, expr, ctx);
      return [{ kind: 'value', value: expr.value }];
    case 'pattern':
    case 'regex':
      noteLiteralReferences(expr.value, { start: expr.start + 1, end: expr.end }, ctx);
      return [{ kind: expr.kind, text: expr.value, origin: ctx.origin(expr) }];
    case 'int':
      return [{ kind: 'value', value: expr.value }];
    case 'ip':
    case 'cidr': {
      const ip = parseIp(expr.text);
      if (ip === undefined) throw ctx.fail(expr, `invalid IP address '${expr.text}'`);
      return [{ kind: 'value', value: ip }];
    }
    case 'ident': {
      if (expr.name === 'true' || expr.name === 'false') {
        return [{ kind: 'value', value: expr.name === 'true' }];
      }
      const entry = ctx.macro(expr.name);
      if (entry !== undefined)
        return ctx.expand(entry, expr, () => macroMembers(expr.name, ctx, expr));
      const value = seclConstant(expr.name);
      if (value === undefined)
        throw ctx.fail(expr, `unknown constant or macro '${expr.name}' in list`);
      return [{ kind: 'value', value }];
    }
    default:
      throw ctx.fail(
        expr,
        'expected a string, pattern, regular expression, number, IP address or constant',
      );
  }
}

function macroMembers(id: string, ctx: LowerContext, span: Span): MemberIR[] {
  const body = ctx.macro(id)?.body;
  if (body === undefined) throw ctx.fail(span, `macro '${id}' is empty`);
  if (body.kind === 'list') return listMembers(body, ctx);
  const value = lowerValue(body, ctx);
  if (isMatcher(value)) return [{ kind: value.kind, text: value.text, origin: value.origin }];
  if (value.kind !== 'const') throw ctx.fail(span, `macro '${id}' is not a list or a constant`);
  return [{ kind: 'value', value: value.value }];
}

function listMembers(list: ListNode, ctx: LowerContext): MemberIR[] {
  return list.members.flatMap((member) => listMember(member, ctx));
}

function lowerArray(array: ArrayNode, ctx: LowerContext): ArrayIR {
  const origin = ctx.origin(array);
  switch (array.kind) {
    case 'list':
      return { kind: 'members', members: listMembers(array, ctx), origin };
    case 'cidr':
      return { kind: 'members', members: listMember(array, ctx), origin };
    case 'variable':
      return { kind: 'dynamic', value: lowerVariable(array, ctx), origin };
    case 'ident': {
      const entry = ctx.macro(array.name);
      if (entry !== undefined) {
        const members = ctx.expand(entry, array, () => {
          if (entry.body?.kind === 'list') return listMembers(entry.body, ctx);
          return undefined;
        });
        if (members !== undefined) return { kind: 'members', members, origin };
        const value = lowerValue(array, ctx);
        if (isMatcher(value))
          return {
            kind: 'members',
            members: [{ kind: value.kind, text: value.text, origin: value.origin }],
            origin,
          };
        if (value.kind === 'const')
          return { kind: 'members', members: [{ kind: 'value', value: value.value }], origin };
        return { kind: 'dynamic', value, origin };
      }
      const constant = seclConstant(array.name);
      if (constant !== undefined)
        return { kind: 'members', members: [{ kind: 'value', value: constant }], origin };
      const field = lookupField(array.name);
      if (!field.ok) throw ctx.fail(array, field.message);
      ctx.useField(field.ref, array);
      const value: ValueIR = { kind: 'field', ref: field.ref, type: field.ref.spec.type, origin };
      return { kind: 'dynamic', value, origin };
    }
  }
}

/** `A == B` between conditions: `(A && B) || (!A && !B)`; `!=` negates it. */
function equivalence(
  op: '==' | '!=',
  left: BoolIR,
  right: BoolIR,
  span: Span,
  ctx: LowerContext,
): BoolIR {
  const origin = ctx.origin(span);
  const not = (operand: BoolIR): BoolIR => ({ kind: 'not', operand, origin });
  const same: BoolIR = {
    kind: 'or',
    operands: [
      { kind: 'and', operands: [left, right], origin },
      { kind: 'and', operands: [not(left), not(right)], origin },
    ],
    origin,
  };
  return op === '==' ? same : not(same);
}

function lowerCompare(expr: Extract<Expr, { kind: 'compare' }>, ctx: LowerContext): BoolIR {
  const origin = ctx.origin(expr);
  if (isCondition(expr.left, ctx) || isCondition(expr.right, ctx)) {
    if (expr.op !== '==' && expr.op !== '!=') {
      throw ctx.fail(expr, `'${expr.op}' cannot compare conditions; use '==' or '!='`);
    }
    return equivalence(expr.op, lowerBool(expr.left, ctx), lowerBool(expr.right, ctx), expr, ctx);
  }
  let left = lowerValue(expr.left, ctx);
  let right = lowerValue(expr.right, ctx);
  if (isMatcher(left) && !isMatcher(right)) [left, right] = [right, left];
  if ((expr.op === '=~' || expr.op === '!~') && !isMatcher(right) && right.kind === 'const') {
    if (typeof right.value === 'string') {
      right = { kind: 'pattern', text: right.value, origin: right.origin } satisfies MatcherIR;
    }
  }
  if ((expr.op === '=~' || expr.op === '!~') && !isMatcher(right)) {
    throw ctx.fail(expr, `'${expr.op}' needs a pattern such as "/tmp/*" on its right`);
  }
  checkCompare(expr.op, left, right, expr, ctx);
  return { kind: 'compare', op: expr.op, left, right, origin };
}

function lowerMember(expr: Extract<Expr, { kind: 'member' }>, ctx: LowerContext): BoolIR {
  const left = lowerValue(expr.left, ctx);
  const array = lowerArray(expr.array, ctx);
  if (array.kind === 'members') {
    if (isMatcher(left)) throw ctx.fail(expr, `a pattern cannot be tested against a list`);
    checkMembers(left, array.members, expr, ctx);
  } else {
    checkDynamic(left, array.value, expr, ctx);
  }
  return { kind: 'member', op: expr.op, left, array, origin: ctx.origin(expr) };
}

function lowerIdentCondition(expr: Extract<Expr, { kind: 'ident' }>, ctx: LowerContext): BoolIR {
  const origin = ctx.origin(expr);
  if (expr.name === 'true' || expr.name === 'false') {
    return { kind: 'const', value: expr.name === 'true' ? Tri.True : Tri.False, origin };
  }
  const entry = ctx.macro(expr.name);
  if (entry !== undefined) {
    return ctx.expand(entry, expr, () => {
      const body = entry.body;
      if (body === undefined || body.kind === 'list') {
        throw ctx.fail(expr, `macro '${expr.name}' is a list, not a condition: use it after 'in'`);
      }
      return lowerBool(body, ctx);
    });
  }
  if (seclConstant(expr.name) !== undefined) {
    throw ctx.fail(expr, `'${expr.name}' is a constant, not a condition`);
  }
  const field = lookupField(expr.name);
  if (!field.ok) throw ctx.fail(expr, field.message);
  const { spec } = field.ref;
  if (spec.type !== 'bool' && spec.type !== 'any') {
    throw ctx.fail(
      expr,
      `'${expr.name}' is a ${spec.type} field, not a condition: compare it with a value`,
    );
  }
  ctx.useField(field.ref, expr);
  const value: ValueIR = { kind: 'field', ref: field.ref, type: spec.type, origin };
  return { kind: 'truthy', value, origin };
}

/** A condition as IR. */
export function lowerBool(expr: Expr, ctx: LowerContext): BoolIR {
  ctx.tick(expr);
  switch (expr.kind) {
    case 'paren':
      return lowerBool(expr.inner, ctx);
    case 'bool':
      return {
        kind: expr.op === '&&' ? 'and' : 'or',
        operands: expr.operands.map((operand) => lowerBool(operand, ctx)),
        origin: ctx.origin(expr),
      };
    case 'unary':
      if (expr.op !== '!') break;
      return { kind: 'not', operand: lowerBool(expr.operand, ctx), origin: ctx.origin(expr) };
    case 'compare':
      return lowerCompare(expr, ctx);
    case 'member':
      return lowerMember(expr, ctx);
    case 'ident':
      return lowerIdentCondition(expr, ctx);
    case 'variable':
      return {
        kind: 'truthy',
        value: lowerVariable(expr, ctx),
        origin: ctx.origin(expr),
      };
    default:
      break;
  }
  throw ctx.fail(expr, `expected a condition, found '${ctx.origin(expr).text}'`);
}
