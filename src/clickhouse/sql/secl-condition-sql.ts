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
import { leafConversion } from './secl-leaf-sql';
import { pathGlobRegex, patternRegex, seclRegex } from './secl-patterns';
import { EMPTY, SLASH } from './sql-constants';
import { FALSE, TRUE, and, not, or } from './sql-logic';

export interface TriSql {
  readonly t: string;
  readonly f: string;
}

export type ConditionSql = TriSql | { readonly unsupported: string };

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
  ) {}

  private get type(): string {
    return this.spec.accessor?.type ?? this.spec.type;
  }

  equals(value: SeclValue): string {
    if (typeof value === 'string' && this.type === 'string') {
      return this.spec.caseInsensitive
        ? `lowerUTF8(v) = ${this.bag.bind(value.toLowerCase(), 'String')}`
        : `v = ${this.bag.bind(value, 'String')}`;
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
      return `match(v, ${this.bag.bind(regex, 'String')})`;
    }
    if (!text.includes('*')) return this.equals(text);
    if (this.spec.isPath) {
      if (text === '**') return `v != ${EMPTY}`;
      const { regex, relative } = pathGlobRegex(text);
      const subject = relative ? `if(startsWith(v, ${SLASH}), substring(v, 2), v)` : 'v';
      return and(`v != ${EMPTY}`, `match(${subject}, ${this.bag.bind(regex, 'String')})`);
    }
    const ci = this.spec.caseInsensitive;
    const regex = this.bag.bind(patternRegex(text, ci), 'String');
    return `match(${ci ? 'lowerUTF8(v)' : 'v'}, ${regex})`;
  }

  member(member: MemberIR): string {
    return member.kind === 'value'
      ? this.equals(member.value)
      : this.matches(member.kind, member.text);
  }

  private converted(): string {
    const conversion = leafConversion(this.spec.accessor?.conversion ?? 'string');
    return conversion?.value ?? FALSE;
  }
}

/** The field and the positive per-value test of `node` (negation applied by the caller). */
function positiveTest(
  node: Condition,
  bag: ParamBag,
): { spec: FieldSpec; test: string; negative: boolean } {
  switch (node.kind) {
    case 'truthy': {
      const spec = fieldOf(node.value);
      return { spec, test: new ValueTests(spec, bag).equals(true), negative: false };
    }
    case 'member': {
      if (isMatcher(node.left)) throw new Unsupported('a pattern tested against a list');
      if (node.array.kind !== 'members') throw new Unsupported('lists read from the event');
      const spec = fieldOf(node.left);
      if (node.op === 'allin' && spec.type === 'ip') throw new Unsupported('IP addresses');
      const tests = new ValueTests(spec, bag);
      const test = or(...node.array.members.map((m) => tests.member(m)));
      return { spec, test, negative: node.op === 'notin' };
    }
    case 'compare': {
      let { left, right } = node;
      const symmetric = node.op === '==' || node.op === '!=';
      if (!isMatcher(left) && left.kind === 'const' && symmetric) [left, right] = [right, left];
      if (isMatcher(left)) throw new Unsupported('a pattern on the left');
      const spec = fieldOf(left);
      const tests = new ValueTests(spec, bag);
      const negative = node.op === '!=' || node.op === '!~';
      if (isMatcher(right)) return { spec, test: tests.matches(right.kind, right.text), negative };
      if (right.kind !== 'const') throw new Unsupported('a field compared with another value');
      if (right.duration) throw new Unsupported('durations');
      const test =
        node.op === '==' || node.op === '!=' || node.op === '=~' || node.op === '!~'
          ? tests.equals(right.value)
          : tests.order(node.op, right.value);
      return { spec, test, negative };
    }
  }
}

function checkField(spec: FieldSpec): string[] | TriSql {
  const accessor = spec.accessor;
  // A field exports cannot tell: the tab's result is unknown whatever the event.
  if (accessor === undefined) return { t: FALSE, f: FALSE };
  if (spec.retval) throw new Unsupported('return values are known only as outcome classes');
  if (spec.timestamp) throw new Unsupported('times and durations');
  if (accessor.aggregate !== undefined || leafConversion(accessor.conversion) === undefined) {
    throw new Unsupported(`${accessor.conversion} values have no SQL form here`);
  }
  return accessor.paths.map((p) => (spec.iterator === undefined ? p : joinPath(spec.iterator, p)));
}

/** `t`/`f` predicates of `node`, or why it has no SQL form. */
export function conditionSql(node: Condition, bag: ParamBag): ConditionSql {
  try {
    const without = resultWithoutPaths(node);
    if (!without.readsPaths) return triConstant(without.result);
    const { spec, test, negative } = positiveTest(node, bag);
    const paths = checkField(spec);
    if (!Array.isArray(paths)) return paths;
    const ok = leafConversion(spec.accessor?.conversion ?? 'string')?.ok ?? FALSE;
    let t = without.result === Tri.True ? TRUE : FALSE;
    let f = without.result === Tri.False ? TRUE : FALSE;
    for (const path of paths.toReversed()) {
      const p = bag.bind(path, 'String');
      const below = bag.bind(`${path}.`, 'String');
      const present = `arrayExists(p -> p = ${p} OR startsWith(p, ${below}), attr_paths)`;
      const hit = `arrayExists((p, v, k) -> p = ${p} AND ${and(ok, test)}, attr_paths, attr_values, attr_kinds)`;
      const partial = `arrayExists((p, v, k) -> (p = ${p} AND NOT ${ok}) OR startsWith(p, ${below}), attr_paths, attr_values, attr_kinds)`;
      const decided = and(not(hit), not(partial));
      const [yes, no] = negative ? [decided, hit] : [hit, decided];
      t = `if(${present}, ${yes}, ${t})`;
      f = `if(${present}, ${no}, ${f})`;
    }
    return { t, f };
  } catch (caught) {
    if (caught instanceof Unsupported) return { unsupported: caught.message };
    throw caught;
  }
}
