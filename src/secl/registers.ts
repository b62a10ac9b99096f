/**
 * Registers (`process.ancestors[_].file.name == "x" && process.ancestors[_].args == "y"`):
 * every use of one register names the same iterator element. A register is bound at the
 * smallest sub-expression holding all its uses, which then holds if some element satisfies it.
 */
import type { SeclFailure } from './errors';
import type { BoolIR, MatcherIR, Origin, ValueIR } from './ir';
import { isMatcher } from './ir';

export interface RegisterBinding {
  readonly name: string;
  /** JSON path of the iterator array (`process.ancestors`). */
  readonly iterator: string;
}

type Fail = (origin: Origin, message: string) => SeclFailure;

function valueRegisters(node: ValueIR | MatcherIR, out: Map<string, string>, fail: Fail): void {
  if (isMatcher(node)) return;
  switch (node.kind) {
    case 'field': {
      const { register } = node.ref;
      const iterator = node.ref.spec.iterator;
      if (register === undefined || iterator === undefined) return;
      const known = out.get(register);
      if (known !== undefined && known !== iterator) {
        throw fail(node.origin, `register '${register}' is used on two different iterators`);
      }
      out.set(register, iterator);
      return;
    }
    case 'concat':
      for (const part of node.parts) if (typeof part !== 'string') valueRegisters(part, out, fail);
      return;
    case 'neg':
    case 'bitnot':
      valueRegisters(node.operand, out, fail);
      return;
    case 'binop':
      valueRegisters(node.left, out, fail);
      valueRegisters(node.right, out, fail);
      return;
    default:
      return;
  }
}

function children(node: BoolIR): readonly BoolIR[] {
  if (node.kind === 'and' || node.kind === 'or') return node.operands;
  if (node.kind === 'not') return [node.operand];
  return [];
}

/** The nodes that bind registers, with the registers each binds. */
export function registerScopes(root: BoolIR, fail: Fail): Map<BoolIR, RegisterBinding[]> {
  const uses = new Map<BoolIR, Map<string, string>>();
  const all = new Map<string, string>();
  const collect = (node: BoolIR): Map<string, string> => {
    const found = new Map<string, string>();
    if (node.kind === 'compare') {
      valueRegisters(node.left, found, fail);
      valueRegisters(node.right, found, fail);
    } else if (node.kind === 'member') {
      valueRegisters(node.left, found, fail);
      if (node.array.kind === 'dynamic') valueRegisters(node.array.value, found, fail);
    } else if (node.kind === 'truthy') {
      valueRegisters(node.value, found, fail);
    }
    for (const child of children(node)) {
      for (const [name, iterator] of collect(child)) found.set(name, iterator);
    }
    for (const [name, iterator] of found) {
      const known = all.get(name);
      if (known !== undefined && known !== iterator) {
        throw fail(node.origin, `register '${name}' is used on two different iterators`);
      }
      all.set(name, iterator);
    }
    uses.set(node, found);
    return found;
  };
  collect(root);
  const scopes = new Map<BoolIR, RegisterBinding[]>();
  for (const [name, iterator] of all) {
    let node = root;
    for (;;) {
      const holding = children(node).filter((child) => uses.get(child)?.has(name) === true);
      if (holding.length !== 1) break;
      node = holding[0] as BoolIR;
    }
    const list = scopes.get(node) ?? [];
    list.push({ name, iterator });
    scopes.set(node, list);
  }
  return scopes;
}
