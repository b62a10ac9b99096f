/**
 * Type rules of comparisons, as the agent enforces them: both sides of `==`/`!=` share a type,
 * ordering needs integers, patterns and regexes apply to strings, list members match the type
 * of the value tested. Values of rule variables are untyped (`any`) and accepted everywhere.
 */
import type { ScalarOp, Span } from './ast';
import type { MatcherIR, MemberIR, ValueIR } from './ir';
import { isMatcher } from './ir';
import type { LowerContext } from './lower-context';
import type { ValueType } from './values';
import { typeOfValue } from './values';

const ARTICLE: Record<ValueType, string> = {
  string: 'a string',
  int: 'an integer',
  bool: 'a boolean',
  ip: 'an IP address',
  any: 'a value',
};

function describe(node: ValueIR | MatcherIR): string {
  if (isMatcher(node)) return node.kind === 'pattern' ? 'a pattern' : 'a regular expression';
  return ARTICLE[node.type];
}

function compatible(a: ValueType, b: ValueType): boolean {
  return a === 'any' || b === 'any' || a === b;
}

export function checkCompare(
  op: ScalarOp,
  left: ValueIR | MatcherIR,
  right: ValueIR | MatcherIR,
  span: Span,
  ctx: LowerContext,
): void {
  const mismatch = () =>
    ctx.fail(
      span,
      `cannot compare '${left.origin.text}' (${describe(left)}) with '${right.origin.text}' (${describe(right)}) using '${op}'`,
    );
  if (isMatcher(left) && isMatcher(right)) throw mismatch();
  const matcher = isMatcher(right) ? right : isMatcher(left) ? left : undefined;
  const subject = (matcher === right ? left : right) as ValueIR;
  if (matcher !== undefined) {
    if (op === '<' || op === '<=' || op === '>' || op === '>=') throw mismatch();
    if (!compatible(subject.type, 'string')) throw mismatch();
    return;
  }
  const l = left as ValueIR;
  const r = right as ValueIR;
  if (op === '=~' || op === '!~') {
    if (!compatible(l.type, 'string') || !compatible(r.type, 'string')) throw mismatch();
    return;
  }
  if (op === '<' || op === '<=' || op === '>' || op === '>=') {
    if (!compatible(l.type, 'int') || !compatible(r.type, 'int')) throw mismatch();
    return;
  }
  if (!compatible(l.type, r.type)) throw mismatch();
}

function memberType(member: MemberIR): ValueType {
  return member.kind === 'value' ? typeOfValue(member.value) : 'string';
}

export function checkMembers(
  subject: ValueIR,
  members: readonly MemberIR[],
  span: Span,
  ctx: LowerContext,
): void {
  for (const member of members) {
    const type = memberType(member);
    if (!compatible(subject.type, type)) {
      throw ctx.fail(
        span,
        `'${subject.origin.text}' is ${ARTICLE[subject.type]} but the list holds ${ARTICLE[type]} ` +
          (member.kind === 'value'
            ? 'value'
            : member.kind === 'pattern'
              ? 'pattern'
              : 'regular expression'),
      );
    }
  }
}

export function checkDynamic(
  subject: ValueIR | MatcherIR,
  values: ValueIR,
  span: Span,
  ctx: LowerContext,
): void {
  const type = isMatcher(subject) ? 'string' : subject.type;
  if (!compatible(type, values.type)) {
    throw ctx.fail(
      span,
      `'${subject.origin.text}' is ${describe(subject)} but '${values.origin.text}' holds ${ARTICLE[values.type]}s`,
    );
  }
}
