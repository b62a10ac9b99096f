/**
 * One SECL condition (a comparison, `in` list or bare boolean over one field) as two SQL
 * predicates over the events table: `t`, the event makes it true, and `f`, false. An event
 * where neither holds is one the tab marks unknown, so Kleene logic is kept exactly
 * (`secl/condition-eval.ts`, `secl/tri.ts`).
 *
 * The field's values are those of the first of its JSON paths present in the event
 * (`secl/field-access.ts`); a value that does not convert (or an object) makes the result
 * unknown unless another value decides it; an event without any of the paths gets the
 * result the tab computes for an event without them (the type's zero value, the empty list,
 * or unknown), evaluated once here with the tab's own code.
 *
 * Conditions outside this form come back as `{ unsupported: reason }`.
 */
import type { BoolIR, MemberIR, ValueIR } from '../../secl/ir';
import { isMatcher } from '../../secl/ir';
import { compileCondition } from '../../secl/condition-eval';
import { joinPath } from '../../secl/field-def';
import { SeclFailure } from '../../secl/errors';
import type { FieldSpec } from '../../secl/field-spec';
import { NO_REGISTERS, SlotAllocator } from '../../secl/slots';
import { Tri } from '../../secl/tri';
import type { SeclValue } from '../../secl/values';
import type { ParamBag } from './params';
import { fieldReading, type FieldReading } from './secl-field-sql';
import { pathGlobRegex, patternRegex, seclRegex } from './secl-patterns';
import { EMPTY, SLASH } from './sql-constants';
import { FALSE, TRUE, and, not, or } from './sql-logic';

export interface TriSql {
  readonly t: string;
  readonly f: string;
}

type ConditionSql = TriSql | { readonly unsupported: string };

type Condition = Extract<BoolIR, { kind: 'compare' | 'member' | 'truthy' }>;

class Unsupported extends Error {}

/** The tab's result for `node` when none of its paths is in the event (or it reads none). */
function resultWithoutPaths(node: Condition): { result: Tri; readsPaths: boolean } {
  const alloc = new SlotAllocator();
  const condition = compileCondition(
    node,
    alloc,
    (origin, message) => new SeclFailure(origin.position, origin.length, message),
  );
  const values = alloc.paths.map(() => []);
  return {
    result: condition.test({ values, registers: NO_REGISTERS }),
    readsPaths: alloc.paths.length > 0,
  };
}

export function triConstant(value: Tri): TriSql {
  return { t: value === Tri.True ? TRUE : FALSE, f: value === Tri.False ? TRUE : FALSE };
}

function fieldOf(node: ValueIR): FieldSpec {
  if (node.kind === 'var') throw new Unsupported('variables are set by other events at run time');
  if (node.kind !== 'field') throw new Unsupported('computed values have no SQL form here');
  if (node.ref.register !== undefined) {
    throw new Unsupported('iterator registers bind one element across conditions');
  }
  return node.ref.spec;
}

/** A predicate on one converted leaf value (`v`, `k`) of a field of `spec`. */
class ValueTests {
  constructor(
    private readonly spec: FieldSpec,
    private readonly bag: ParamBag,
    /** The converted value (text for strings, Int128 for integers, a condition for booleans). */
    private readonly value: string,
  ) {}

  private get type(): string {
    return this.spec.accessor?.type ?? this.spec.type;
  }

  equals(value: SeclValue): string {
    if (typeof value === 'string' && this.type === 'string') {
      return this.spec.caseInsensitive
        ? `lowerUTF8(${this.value}) = ${this.bag.bind(value.toLowerCase(), 'String')}`
        : `${this.value} = ${this.bag.bind(value, 'String')}`;
    }
    if (typeof value === 'bigint' && this.type === 'int') return this.order('==', value);
    if (typeof value === 'boolean' && this.type === 'bool') {
      return value ? this.converted() : not(this.converted());
    }
    throw new Unsupported(`a ${this.type} field compared with ${typeof value} values`);
  }

  order(op: string, value: SeclValue): string {
    if (typeof value !== 'bigint' || this.type !== 'int') {
      throw new Unsupported('only integers are ordered here');
    }
    const sqlOp = { '==': '=', '<': '<', '<=': '<=', '>': '>', '>=': '>=' }[op];
    if (sqlOp === undefined) throw new Unsupported(`operator ${op}`);
    return `${this.converted()} ${sqlOp} toInt128(${this.bag.bind(value.toString(), 'String')})`;
  }

  matches(kind: 'pattern' | 'regex', text: string): string {
    if (this.type !== 'string') throw new Unsupported('patterns on a non-string field');
    if (kind === 'regex') {
      const regex = seclRegex(text);
      if (regex === undefined)
        throw new Unsupported('look-around and back references are not in RE2');
      return `match(${this.value}, ${this.bag.bind(regex, 'String')})`;
    }
    if (!text.includes('*')) return this.equals(text);
    if (this.spec.isPath) {
      if (text === '**') return `${this.value} != ${EMPTY}`;
      const { regex, relative } = pathGlobRegex(text);
      const v = this.value;
      const subject = relative ? `if(startsWith(${v}, ${SLASH}), substring(${v}, 2), ${v})` : v;
      return and(`${v} != ${EMPTY}`, `match(${subject}, ${this.bag.bind(regex, 'String')})`);
    }
    const ci = this.spec.caseInsensitive;
    const regex = this.bag.bind(patternRegex(text, ci), 'String');
    return `match(${ci ? `lowerUTF8(${this.value})` : this.value}, ${regex})`;
  }

  member(member: MemberIR): string {
    return member.kind === 'value'
      ? this.equals(member.value)
      : this.matches(member.kind, member.text);
  }

  private converted(): string {
    return this.value;
  }
}

/** A condition's parts: the value it tests, its positive test, and whether it is negated. */
interface Shape {
  readonly subject: ValueIR;
  readonly test: (tests: ValueTests) => string;
  readonly negative: boolean;
}

function shapeOf(node: Condition): Shape {
  switch (node.kind) {
    case 'truthy':
      return { subject: node.value, test: (tests) => tests.equals(true), negative: false };
    case 'member': {
      if (isMatcher(node.left)) throw new Unsupported('a pattern tested against a list');
      if (node.array.kind !== 'members') throw new Unsupported('lists read from the event');
      if (
        node.op === 'allin' &&
        node.array.members.some((m) => m.kind === 'value' && typeof m.value === 'object')
      ) {
        throw new Unsupported('IP addresses and ranges');
      }
      const members = node.array.members;
      return {
        subject: node.left,
        test: (tests) => or(...members.map((m) => tests.member(m))),
        negative: node.op === 'notin',
      };
    }
    case 'compare': {
      let { left, right } = node;
      const symmetric = node.op === '==' || node.op === '!=';
      if (!isMatcher(left) && left.kind === 'const' && symmetric) [left, right] = [right, left];
      if (isMatcher(left)) throw new Unsupported('a pattern on the left');
      const negative = node.op === '!=' || node.op === '!~';
      if (isMatcher(right)) {
        const matcher = right;
        return {
          subject: left,
          test: (tests) => tests.matches(matcher.kind, matcher.text),
          negative,
        };
      }
      if (right.kind !== 'const') throw new Unsupported('a field compared with another value');
      if (right.duration) throw new Unsupported('durations');
      const { value } = right;
      const op = node.op;
      const test = (tests: ValueTests): string =>
        op === '==' || op === '!=' || op === '=~' || op === '!~'
          ? tests.equals(value)
          : tests.order(op, value);
      return { subject: left, test, negative };
    }
  }
}

const BIT_FUNCTIONS: Readonly<Record<string, string>> = {
  '&': 'bitAnd',
  '|': 'bitOr',
  '^': 'bitXor',
};

/** The field a value reads, and the bit operations with constants applied to it. */
function subjectOf(
  node: ValueIR,
  bag: ParamBag,
): { spec: FieldSpec; apply: (v: string) => string } {
  if (node.kind === 'binop') {
    const fn = BIT_FUNCTIONS[node.op];
    const [field, constant] =
      node.right.kind === 'const' ? [node.left, node.right] : [node.right, node.left];
    if (fn === undefined || constant.kind !== 'const' || typeof constant.value !== 'bigint') {
      throw new Unsupported('arithmetic has no SQL form here');
    }
    const inner = subjectOf(field, bag);
    const mask = bag.bind(constant.value.toString(), 'String');
    return { spec: inner.spec, apply: (v) => `${fn}(${inner.apply(v)}, toInt128(${mask}))` };
  }
  return { spec: fieldOf(node), apply: (v) => v };
}

/** How the field of `spec` reads, or the result when exports cannot tell it. */
function readingOf(spec: FieldSpec, bag: ParamBag): FieldReading | TriSql {
  const accessor = spec.accessor;
  // A field exports cannot tell: the tab's result is unknown whatever the event.
  if (accessor === undefined) return { t: FALSE, f: FALSE };
  if (spec.retval) throw new Unsupported('return values are known only as outcome classes');
  if (spec.timestamp) throw new Unsupported('times and durations');
  if (spec.iterator !== undefined && accessor.aggregate !== undefined) {
    throw new Unsupported('whole values of each iterator element');
  }
  const reading = fieldReading(accessor, bag);
  if (reading === undefined)
    throw new Unsupported(`${accessor.conversion} values have no SQL form here`);
  return reading;
}

/** `t`/`f` predicates of `node`, or why it has no SQL form. */
export function conditionSql(node: Condition, bag: ParamBag): ConditionSql {
  try {
    const without = resultWithoutPaths(node);
    if (!without.readsPaths) return triConstant(without.result);
    const shape = shapeOf(node);
    const { spec, apply } = subjectOf(shape.subject, bag);
    const reading = readingOf(spec, bag);
    if (!('hit' in reading)) return reading;
    const test = shape.test(new ValueTests(spec, bag, apply(reading.value)));
    const paths = (spec.accessor?.paths ?? []).map((p) =>
      spec.iterator === undefined ? p : joinPath(spec.iterator, p),
    );
    let t = without.result === Tri.True ? TRUE : FALSE;
    let f = without.result === Tri.False ? TRUE : FALSE;
    // The first path present in the event is the one read (`field-access.ts`).
    for (const path of paths.toReversed()) {
      const p = bag.bind(path, 'String');
      const below = bag.bind(`${path}.`, 'String');
      const present = `arrayExists(p -> p = ${p} OR startsWith(p, ${below}), attr_paths)`;
      const hit = reading.hit(p, below, test);
      const decided = and(not(hit), not(reading.unreadable(p, below)));
      const [yes, no] = shape.negative ? [decided, hit] : [hit, decided];
      t = `if(${present}, ${yes}, ${t})`;
      f = `if(${present}, ${no}, ${f})`;
    }
    return { t, f };
  } catch (caught) {
    if (caught instanceof Unsupported) return { unsupported: caught.message };
    throw caught;
  }
}
