/**
 * The typed intermediate form of a rule after macro expansion, constant resolution and field
 * lookup: boolean structure over comparisons, each comparison over typed value expressions
 * (literals, fields, variables, arithmetic), patterns and member lists. Every node keeps
 * where it came from, for leaf texts and error positions.
 */
import type { ArrayOp, ScalarOp } from './ast';
import type { FieldRef } from './field-spec';
import type { Tri } from './tri';
import type { SeclValue, ValueType } from './values';

/** Where a node comes from: its span in the rule, and its own text (from a macro, maybe). */
export interface Origin {
  /** Span in the rule expression (a macro's nodes point at the macro's name). */
  readonly position: number;
  readonly length: number;
  /** Source text of the node itself. */
  readonly text: string;
  /** The macro the node was expanded from. */
  readonly macro?: string;
}

export type ValueIR = (
  | { readonly kind: 'const'; readonly value: SeclValue; readonly duration: boolean }
  | { readonly kind: 'field'; readonly ref: FieldRef }
  | { readonly kind: 'var'; readonly name: string; readonly path: string | undefined }
  | { readonly kind: 'concat'; readonly parts: readonly (string | ValueIR)[] }
  | { readonly kind: 'neg' | 'bitnot'; readonly operand: ValueIR }
  | {
      readonly kind: 'binop';
      readonly op: '+' | '-' | '&' | '|' | '^';
      readonly left: ValueIR;
      readonly right: ValueIR;
    }
) & { readonly type: ValueType; readonly origin: Origin };

/** A `~"pattern"` or `r"regex"` literal (or a string that `=~` turns into a pattern). */
export type MatcherIR = {
  readonly kind: 'pattern' | 'regex';
  readonly text: string;
  readonly origin: Origin;
};

export type MemberIR =
  | { readonly kind: 'value'; readonly value: SeclValue }
  | { readonly kind: 'pattern' | 'regex'; readonly text: string; readonly origin: Origin };

/** The right side of `in`: literal members, or the values of a field or variable. */
export type ArrayIR =
  | { readonly kind: 'members'; readonly members: readonly MemberIR[]; readonly origin: Origin }
  | { readonly kind: 'dynamic'; readonly value: ValueIR; readonly origin: Origin };

export type BoolIR = (
  | { readonly kind: 'and' | 'or'; readonly operands: readonly BoolIR[] }
  | { readonly kind: 'not'; readonly operand: BoolIR }
  | { readonly kind: 'const'; readonly value: Tri }
  | {
      readonly kind: 'compare';
      readonly op: ScalarOp;
      readonly left: ValueIR | MatcherIR;
      readonly right: ValueIR | MatcherIR;
    }
  | {
      readonly kind: 'member';
      readonly op: ArrayOp;
      readonly left: ValueIR | MatcherIR;
      readonly array: ArrayIR;
    }
  | { readonly kind: 'truthy'; readonly value: ValueIR }
) & { readonly origin: Origin };

export function isMatcher(node: ValueIR | MatcherIR): node is MatcherIR {
  return node.kind === 'pattern' || node.kind === 'regex';
}
