/**
 * The SECL syntax tree. Every node carries its UTF-16 span in the source. `&&`/`||` chains of
 * one operator are n-ary (the grammar folds them to the right with equal precedence, so
 * `a && b || c` is `and(a, or(b, c))`); arithmetic `+ -` chains are left-folded lists.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type BoolOp = '&&' | '||';
export type ScalarOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | '=~' | '!~';
export type ArrayOp = 'in' | 'notin' | 'allin';
export type BitOp = '&' | '|' | '^';
export type UnaryOp = '!' | '-' | '^';

export type Literal =
  | ({ readonly kind: 'int'; readonly value: bigint } & Span)
  | ({ readonly kind: 'string'; readonly value: string } & Span)
  | ({ readonly kind: 'pattern'; readonly value: string } & Span)
  | ({ readonly kind: 'regex'; readonly value: string } & Span)
  | ({ readonly kind: 'duration'; readonly value: bigint } & Span)
  | ({ readonly kind: 'ip'; readonly text: string } & Span)
  | ({ readonly kind: 'cidr'; readonly text: string } & Span);

export type Ident = { readonly kind: 'ident'; readonly name: string } & Span;
/** `${name}` (a variable) or `%{name}` (a field reference, `fieldReference`). */
export type Variable = {
  readonly kind: 'variable';
  readonly name: string;
  readonly fieldReference: boolean;
} & Span;

/** A bracketed list `[…]` (members are literals, constants or macros). */
export type ListNode = { readonly kind: 'list'; readonly members: readonly Expr[] } & Span;

/** The right side of `in` / `not in` / `allin`. */
export type ArrayNode = ListNode | Ident | Variable | (Literal & { readonly kind: 'cidr' });

export type Expr =
  | Literal
  | Ident
  | Variable
  | ({ readonly kind: 'bool'; readonly op: BoolOp; readonly operands: readonly Expr[] } & Span)
  | ({
      readonly kind: 'compare';
      readonly op: ScalarOp;
      readonly left: Expr;
      readonly right: Expr;
    } & Span)
  | ({
      readonly kind: 'member';
      readonly op: ArrayOp;
      readonly left: Expr;
      readonly array: ArrayNode;
    } & Span)
  | ({
      readonly kind: 'arith';
      readonly first: Expr;
      readonly rest: readonly { readonly op: '+' | '-'; readonly operand: Expr }[];
    } & Span)
  | ({ readonly kind: 'bit'; readonly op: BitOp; readonly left: Expr; readonly right: Expr } & Span)
  | ({ readonly kind: 'unary'; readonly op: UnaryOp; readonly operand: Expr } & Span)
  | ({ readonly kind: 'paren'; readonly inner: Expr } & Span);

/** A macro body: an expression, or a list. */
export type MacroBody = Expr | ListNode;
