/**
 * Compiled value expressions: a function from the evaluation context to the operand (values,
 * partial flag). Fields read their slots (flattened through iterators when each value converts
 * on its own, element by element otherwise) or the element bound to their register; variables
 * read `<scope>.variables`; arithmetic and string interpolation combine operands pairwise.
 */
import type { FieldRef } from './field-spec';
import { joinPath } from './field-def';
import type { Resolved } from './field-access';
import { readFlat, readObject } from './field-access';
import type { ValueIR } from './ir';
import type { EvalCtx, SlotAllocator } from './slots';
import { resolverOf } from './slots';
import type { Operand, SeclValue } from './values';
import { UNKNOWN_OPERAND, displayValue, jsonToAny, operandOf } from './values';

export type ValueFn = (ctx: EvalCtx) => Operand;

/** Most combinations arithmetic or interpolation builds from multi-valued operands. */
const MAX_COMBINATIONS = 10_000;

function fieldFn(ref: FieldRef, alloc: SlotAllocator): ValueFn {
  const { spec, register } = ref;
  const accessor = spec.accessor;
  if (accessor === undefined) return () => UNKNOWN_OPERAND;
  if (register !== undefined) {
    const resolvers = accessor.paths.map(resolverOf);
    return (ctx) => {
      const element = ctx.registers.get(register);
      if (element === undefined) return UNKNOWN_OPERAND;
      return readObject(
        accessor,
        resolvers.map((r) => r(element)),
      );
    };
  }
  const iterator = spec.iterator;
  if (iterator === undefined) {
    const slots = accessor.paths.map((p) => alloc.slot(p));
    return (ctx) =>
      readObject(
        accessor,
        slots.map((s) => ctx.values[s] ?? []),
      );
  }
  if (accessor.aggregate === undefined) {
    const slots = accessor.paths.map((p) => alloc.slot(joinPath(iterator, p)));
    return (ctx) =>
      readFlat(
        accessor,
        slots.map((s) => ctx.values[s] ?? []),
      );
  }
  const slot = alloc.slot(iterator);
  const resolvers = accessor.paths.map(resolverOf);
  return (ctx) => {
    const out: SeclValue[] = [];
    let partial = false;
    for (const element of ctx.values[slot] ?? []) {
      const resolved: Resolved = resolvers.map((r) => r(element));
      const operand = readObject(accessor, resolved);
      out.push(...operand.values);
      partial ||= operand.partial;
    }
    return operandOf(out, partial);
  };
}

function variableFn(path: string | undefined, alloc: SlotAllocator): ValueFn {
  if (path === undefined) return () => UNKNOWN_OPERAND;
  const slot = alloc.slot(path);
  return (ctx) => {
    const raw = ctx.values[slot] ?? [];
    if (raw.length === 0) return UNKNOWN_OPERAND;
    const out: SeclValue[] = [];
    let partial = false;
    for (const v of raw) {
      const c = jsonToAny(v);
      if (c === undefined) partial = true;
      else out.push(c);
    }
    return operandOf(out, partial);
  };
}

/** Every combination of one value from each operand, or `undefined` past the limit. */
function combinations(operands: readonly Operand[]): SeclValue[][] | undefined {
  let out: SeclValue[][] = [[]];
  for (const operand of operands) {
    if (out.length * operand.values.length > MAX_COMBINATIONS) return undefined;
    out = out.flatMap((prefix) => operand.values.map((v) => [...prefix, v]));
  }
  return out;
}

function combine(
  parts: readonly ValueFn[],
  join: (values: SeclValue[]) => SeclValue | undefined,
): ValueFn {
  return (ctx) => {
    const operands = parts.map((fn) => fn(ctx));
    const partial = operands.some((o) => o.partial);
    const combos = combinations(operands);
    if (combos === undefined) return UNKNOWN_OPERAND;
    const out: SeclValue[] = [];
    let lost = false;
    for (const combo of combos) {
      const v = join(combo);
      if (v === undefined) lost = true;
      else out.push(v);
    }
    return operandOf(out, partial || lost);
  };
}

function intOp(op: '+' | '-' | '&' | '|' | '^', a: SeclValue, b: SeclValue): SeclValue | undefined {
  if (typeof a !== 'bigint' || typeof b !== 'bigint') return undefined;
  return { '+': a + b, '-': a - b, '&': a & b, '|': a | b, '^': a ^ b }[op];
}

/** A value expression as a function of the evaluation context; paths go to `alloc`. */
export function compileValue(node: ValueIR, alloc: SlotAllocator): ValueFn {
  switch (node.kind) {
    case 'const': {
      const operand = operandOf([node.value]);
      return () => operand;
    }
    case 'field':
      return fieldFn(node.ref, alloc);
    case 'var':
      return variableFn(node.path, alloc);
    case 'concat': {
      const parts = node.parts.map((part) => {
        if (typeof part === 'string') {
          const operand = operandOf([part]);
          return () => operand;
        }
        return compileValue(part, alloc);
      });
      return combine(parts, (values) => values.map((v) => String(displayValue(v))).join(''));
    }
    case 'neg':
    case 'bitnot': {
      const operand = compileValue(node.operand, alloc);
      const neg = node.kind === 'neg';
      return combine([operand], ([v]) => (typeof v === 'bigint' ? (neg ? -v : ~v) : undefined));
    }
    case 'binop': {
      const left = compileValue(node.left, alloc);
      const right = compileValue(node.right, alloc);
      return combine([left, right], ([a, b]) =>
        a === undefined || b === undefined ? undefined : intOp(node.op, a, b),
      );
    }
  }
}
