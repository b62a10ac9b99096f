/**
 * Registers (`process.ancestors[A].file.name == "x" && process.ancestors[A].args == "y"`):
 * every use of one register names the same iterator element.
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
        throw fail(node.origin, `iterator variable used by different fields '${register}'`);
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

/**
 * The nodes that bind registers, with the registers each binds. As the agent's rule.go
 * (`NewRuleEvaluator`), a register binds at the whole rule: the rule holds if it holds for some
 * element of the iterator (none when the iterator is empty), and a rule has at most one.
 */
export function registerScopes(root: BoolIR, fail: Fail): Map<BoolIR, RegisterBinding[]> {
  const all = new Map<string, string>();
  const collect = (node: BoolIR): void => {
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
    for (const [name, iterator] of found) {
      const known = all.get(name);
      if (known !== undefined && known !== iterator) {
        throw fail(node.origin, `iterator variable used by different fields '${name}'`);
      }
      if (known === undefined && all.size > 0) {
        throw fail(node.origin, 'iterator variable limit to one per rule');
      }
      all.set(name, iterator);
    }
    for (const child of children(node)) collect(child);
  };
  collect(root);
  const bindings = [...all].map(([name, iterator]) => ({ name, iterator }));
  return new Map(bindings.length === 0 ? [] : [[root, bindings]]);
}
