/**
 * The boolean structure of a compiled rule over its leaves: and / or / not / constant nodes
 * and leaf references by index, with Kleene evaluation given each leaf's result, and the
 * constant folding compilation applies (`x && false` is false, `true && x` is `x`).
 */
import type { Tri } from './tri';
import { Tri as T, triAnd, triNot, triOr } from './tri';

export type RuleTree =
  | { readonly kind: 'leaf'; readonly leaf: number }
  | { readonly kind: 'and' | 'or'; readonly children: readonly RuleTree[] }
  | { readonly kind: 'not'; readonly child: RuleTree }
  | { readonly kind: 'const'; readonly value: Tri };

export function evaluateTree(tree: RuleTree, leaf: (index: number) => Tri): Tri {
  switch (tree.kind) {
    case 'leaf':
      return leaf(tree.leaf);
    case 'const':
      return tree.value;
    case 'not':
      return triNot(evaluateTree(tree.child, leaf));
    case 'and': {
      let result: Tri = T.True;
      for (const child of tree.children) {
        result = triAnd(result, evaluateTree(child, leaf));
        if (result === T.False) return result;
      }
      return result;
    }
    case 'or': {
      let result: Tri = T.False;
      for (const child of tree.children) {
        result = triOr(result, evaluateTree(child, leaf));
        if (result === T.True) return result;
      }
      return result;
    }
  }
}

/** `and`/`or` of children with constants folded away where they decide nothing. */
export function junction(kind: 'and' | 'or', children: readonly RuleTree[]): RuleTree {
  const absorbing = kind === 'and' ? T.False : T.True;
  const neutral = kind === 'and' ? T.True : T.False;
  const kept: RuleTree[] = [];
  for (const child of children) {
    if (child.kind === 'const' && child.value === absorbing) return child;
    if (child.kind === 'const' && child.value === neutral) continue;
    if (child.kind === kind) kept.push(...child.children);
    else kept.push(child);
  }
  if (kept.length === 0) return { kind: 'const', value: neutral };
  if (kept.length === 1) return kept[0] as RuleTree;
  return { kind, children: kept };
}

export function negation(child: RuleTree): RuleTree {
  if (child.kind === 'const') return { kind: 'const', value: triNot(child.value) };
  if (child.kind === 'not') return child.child;
  return { kind: 'not', child };
}
