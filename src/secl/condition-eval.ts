/**
 * Compiled comparisons, the leaves of a rule (`==`, ordering, `=~`, `in`, `allin`, bare booleans):
 * positive operators hold if any value matches, negative ones if none does; path globs on
 * `.path` fields, case-insensitive DNS names, durations against a timestamp's age, `retval`
 * classes. Results are three-valued.
 */
import type { ScalarOp } from './ast';
import type { SeclFailure } from './errors';
import type { ArrayIR, BoolIR, MatcherIR, MemberIR, Origin, ValueIR } from './ir';
import { isMatcher } from './ir';
import type { IpValue } from './ip';
import { ipNetsMatch } from './ip';
import { compilePathGlob } from './path-glob';
import type { TextMatcher } from './pattern';
import { compilePattern } from './pattern';
import { compileRegex } from './regex';
import { retvalTruth } from './retval';
import type { EvalCtx, SlotAllocator } from './slots';
import { formatTimestampNs, parseTimestampNs } from './time';
import type { Tri } from './tri';
import { Tri as T, triNot } from './tri';
import type { ValueFn } from './value-eval';
import { compileValue } from './value-eval';
import { compareInts, matchesText, valuesEqual } from './value-match';
import type { Operand, SeclValue } from './values';
import { displayOperand, isIpValue, operandOf } from './values';

export type TestFn = (ctx: EvalCtx) => Tri;

export interface CompiledCondition {
  readonly test: TestFn;
  /** The value shown when explaining the result (the field tested), if any. */
  readonly subject: ((ctx: EvalCtx) => unknown) | undefined;
  /** SECL name of the field (or `${variable}`) tested, if any. */
  readonly field: string | undefined;
}

type Fail = (origin: Origin, message: string) => SeclFailure;

/** Some value satisfies `pred` (undefined = cannot tell). */
function anyValue(operand: Operand, pred: (v: SeclValue) => boolean | undefined): Tri {
  let unknown = operand.partial;
  for (const v of operand.values) {
    const r = pred(v);
    if (r === true) return T.True;
    if (r === undefined) unknown = true;
  }
  return unknown ? T.Unknown : T.False;
}

function anyPair(
  a: Operand,
  b: Operand,
  pred: (x: SeclValue, y: SeclValue) => boolean | undefined,
): Tri {
  let unknown = a.partial || b.partial;
  for (const x of a.values) {
    for (const y of b.values) {
      const r = pred(x, y);
      if (r === true) return T.True;
      if (r === undefined) unknown = true;
    }
  }
  return unknown ? T.Unknown : T.False;
}

function fieldOf(node: ValueIR | MatcherIR) {
  return !isMatcher(node) && node.kind === 'field' ? node.ref.spec : undefined;
}

function compileMatcher(
  kind: 'pattern' | 'regex',
  text: string,
  subject: ValueIR | undefined,
  origin: Origin,
  fail: Fail,
): TextMatcher {
  const spec = subject === undefined ? undefined : fieldOf(subject);
  if (kind === 'regex') {
    const compiled = compileRegex(text);
    if (typeof compiled === 'string')
      throw fail(origin, `invalid regular expression r"${text}": ${compiled}`);
    return compiled;
  }
  if (spec?.isPath === true) return compilePathGlob(text);
  return compilePattern(text, spec?.caseInsensitive ?? false);
}

const ORDER: Record<'<' | '<=' | '>' | '>=', (sign: number) => boolean> = {
  '<': (s) => s < 0,
  '<=': (s) => s <= 0,
  '>': (s) => s > 0,
  '>=': (s) => s >= 0,
};

const MIRROR: Partial<Record<ScalarOp, ScalarOp>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** The positive predicate of `op` between two values. */
function pairPredicate(
  op: ScalarOp,
  caseInsensitive: boolean,
): (a: SeclValue, b: SeclValue) => boolean | undefined {
  if (op === '==' || op === '!=') return (a, b) => valuesEqual(a, b, caseInsensitive);
  const accept = ORDER[op as keyof typeof ORDER];
  return (a, b) => {
    const sign = compareInts(a, b);
    return sign === undefined ? undefined : accept(sign);
  };
}

function isNegative(op: string): boolean {
  return op === '!=' || op === '!~' || op === 'notin';
}

function constantInts(node: ValueIR | MatcherIR | undefined): bigint[] {
  if (node === undefined || isMatcher(node) || node.kind !== 'const') return [];
  return typeof node.value === 'bigint' ? [node.value] : [];
}

/** `subject <op> other` as a function of the subject's operand (for retval probing). */
function retvalTest(
  subject: ValueFn,
  given: (operand: Operand, ctx: EvalCtx) => Tri,
  constants: readonly bigint[],
): TestFn {
  return (ctx) => {
    const outcome = subject(ctx).values[0];
    return retvalTruth(outcome, (v) => given(operandOf([v]), ctx), constants);
  };
}

function compileCompare(
  node: Extract<BoolIR, { kind: 'compare' }>,
  alloc: SlotAllocator,
  fail: Fail,
): CompiledCondition {
  let { op, left, right } = node;
  const rightSpec = fieldOf(right);
  const leftSpec = fieldOf(left);
  // Put the retval / timestamp field on the left.
  const swap =
    (rightSpec?.retval === true && leftSpec?.retval !== true) ||
    (rightSpec?.timestamp === true && !isMatcher(left) && left.kind === 'const' && left.duration);
  if (swap) {
    [left, right] = [right, left];
    op = MIRROR[op] ?? op;
  }
  const subjectNode = isMatcher(left) ? undefined : left;
  const spec = fieldOf(left);
  const subject = subjectNode === undefined ? undefined : compileValue(subjectNode, alloc);
  if (subject === undefined) throw fail(node.origin, 'a pattern must be compared with a value');
  const field = describeField(left) ?? describeField(right);
  const negative = isNegative(op);

  let positive: (l: Operand, ctx: EvalCtx) => Tri;
  if (isMatcher(right)) {
    const matcher = compileMatcher(right.kind, right.text, subjectNode, right.origin, fail);
    positive = (l) => anyValue(l, (v) => matchesText(matcher, v));
  } else if (spec?.timestamp === true && right.kind === 'const' && right.duration) {
    const duration = right.value as bigint;
    const dateSlot = alloc.slot('date');
    const accept = pairPredicate(op, false);
    positive = (l, ctx) => {
      const raw = ctx.values[dateSlot]?.[0];
      const now = typeof raw === 'string' ? parseTimestampNs(raw) : undefined;
      if (now === undefined) return T.Unknown;
      return anyValue(l, (v) => (typeof v === 'bigint' ? accept(now - v, duration) : undefined));
    };
  } else {
    const other = compileValue(right, alloc);
    const ci = (spec?.caseInsensitive ?? false) || (fieldOf(right)?.caseInsensitive ?? false);
    const pred = pairPredicate(op, ci);
    positive = (l, ctx) => anyPair(l, other(ctx), pred);
  }
  const given = (l: Operand, ctx: EvalCtx): Tri =>
    negative ? triNot(positive(l, ctx)) : positive(l, ctx);
  const test: TestFn =
    spec?.retval === true
      ? retvalTest(subject, given, constantInts(right))
      : (ctx) => given(subject(ctx), ctx);
  return { test, subject: shown(subject, left), field };
}

function memberPredicate(
  members: readonly MemberIR[],
  subject: ValueIR | undefined,
  fail: Fail,
): (v: SeclValue) => boolean {
  const ci = subject === undefined ? false : (fieldOf(subject)?.caseInsensitive ?? false);
  const tests = members.map((member): ((v: SeclValue) => boolean) => {
    if (member.kind === 'value') return (v) => valuesEqual(v, member.value, ci);
    const matcher = compileMatcher(member.kind, member.text, subject, member.origin, fail);
    return (v) => matchesText(matcher, v);
  });
  return (v) => tests.some((t) => t(v));
}

/** The members when all are addresses or ranges, else `undefined`. */
function ipMembers(members: readonly MemberIR[]): IpValue[] | undefined {
  const out: IpValue[] = [];
  for (const m of members) {
    if (m.kind !== 'value' || !isIpValue(m.value)) return undefined;
    out.push(m.value);
  }
  return out;
}

/**
 * A list field's `ips allin [ranges]` as the agent's `CIDRValues.MatchAll` (pkg/security/secl/
 * compiler/eval/cidr.go): every address matches every listed range; an empty list holds.
 */
function allInRanges(operand: Operand, ranges: readonly IpValue[]): Tri {
  if (operand.values.length === 0) return operand.partial ? T.Unknown : T.True;
  for (const v of operand.values) {
    if (!isIpValue(v) || !ranges.every((r) => ipNetsMatch(v, r))) return T.False;
  }
  return operand.partial ? T.Unknown : T.True;
}

function compileArrayTest(
  op: 'in' | 'notin' | 'allin',
  left: ValueIR | MatcherIR,
  array: ArrayIR,
  alloc: SlotAllocator,
  fail: Fail,
): (l: Operand | undefined, ctx: EvalCtx) => Tri {
  // The agent's evaluator (eval.go) reads `allin` as `in` everywhere but one place: a list of
  // addresses against listed ranges (`CIDRArrayMatchesAll`).
  if (array.kind === 'members') {
    const ranges = op === 'allin' ? ipMembers(array.members) : undefined;
    if (ranges !== undefined && fieldOf(left)?.multi === true)
      return (l) => (l === undefined ? T.Unknown : allInRanges(l, ranges));
    const pred = memberPredicate(array.members, isMatcher(left) ? undefined : left, fail);
    return (l) => (l === undefined ? T.Unknown : anyValue(l, pred));
  }
  const values = compileValue(array.value, alloc);
  if (isMatcher(left)) {
    const matcher = compileMatcher(left.kind, left.text, array.value, left.origin, fail);
    return (_, ctx) => anyValue(values(ctx), (v) => matchesText(matcher, v));
  }
  const ci =
    (fieldOf(left)?.caseInsensitive ?? false) || (fieldOf(array.value)?.caseInsensitive ?? false);
  return (l, ctx) =>
    l === undefined ? T.Unknown : anyPair(l, values(ctx), (a, b) => valuesEqual(a, b, ci));
}

function compileMember(
  node: Extract<BoolIR, { kind: 'member' }>,
  alloc: SlotAllocator,
  fail: Fail,
): CompiledCondition {
  const { op, left, array } = node;
  const subject = isMatcher(left) ? undefined : compileValue(left, alloc);
  const inner = compileArrayTest(op, left, array, alloc, fail);
  const given = (l: Operand | undefined, ctx: EvalCtx): Tri => {
    const r = inner(l, ctx);
    return op === 'notin' ? triNot(r) : r;
  };
  const field =
    describeField(left) ?? (array.kind === 'dynamic' ? describeField(array.value) : undefined);
  const display =
    subject !== undefined || array.kind !== 'dynamic'
      ? shown(subject, left)
      : shown(compileValue(array.value, alloc), array.value);
  if (subject !== undefined && fieldOf(left)?.retval === true && array.kind === 'members') {
    const constants = array.members.flatMap((m) =>
      m.kind === 'value' && typeof m.value === 'bigint' ? [m.value] : [],
    );
    return { test: retvalTest(subject, given, constants), subject: display, field };
  }
  return { test: (ctx) => given(subject?.(ctx), ctx), subject: display, field };
}

/** The tested value for display: times as RFC 3339, other values as `displayOperand`. */
function shown(
  fn: ValueFn | undefined,
  node: ValueIR | MatcherIR | undefined,
): CompiledCondition['subject'] {
  if (fn === undefined) return undefined;
  const timestamp = node !== undefined && fieldOf(node)?.timestamp === true;
  return (ctx) => {
    const operand = fn(ctx);
    if (!timestamp) return displayOperand(operand);
    const times = operand.values.map((v) => (typeof v === 'bigint' ? formatTimestampNs(v) : v));
    return times.length === 1 ? times[0] : times;
  };
}

function describeField(node: ValueIR | MatcherIR): string | undefined {
  if (isMatcher(node)) return undefined;
  if (node.kind === 'field') return node.ref.spec.name;
  if (node.kind === 'var') return `\${${node.name}}`;
  if (node.kind === 'concat') {
    for (const part of node.parts) if (typeof part !== 'string') return describeField(part);
  }
  if (node.kind === 'binop') return describeField(node.left) ?? describeField(node.right);
  if (node.kind === 'neg' || node.kind === 'bitnot') return describeField(node.operand);
  return undefined;
}

/** A comparison, membership test or bare boolean field as a test over the context. */
export function compileCondition(
  node: Extract<BoolIR, { kind: 'compare' | 'member' | 'truthy' }>,
  alloc: SlotAllocator,
  fail: Fail,
): CompiledCondition {
  switch (node.kind) {
    case 'compare':
      return compileCompare(node, alloc, fail);
    case 'member':
      return compileMember(node, alloc, fail);
    case 'truthy': {
      const value = compileValue(node.value, alloc);
      return {
        test: (ctx) => anyValue(value(ctx), (v) => (typeof v === 'boolean' ? v : undefined)),
        subject: shown(value, node.value),
        field: describeField(node.value),
      };
    }
  }
}
