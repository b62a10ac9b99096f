/**
 * Compilation of a rule for a column store: parsed, lowered (macros, constants, fields, types)
 * and cut into leaves under a boolean tree. Each leaf reads a few JSON paths and is decided by
 * their values alone: once per distinct column value when it reads one path, per event when it
 * binds registers or compares fields or ages.
 */
import type { SeclError } from './errors';
import { SeclFailure, toSeclError } from './errors';
import { fimGateLeaf } from './fim';
import type { BoolIR, Origin } from './ir';
import { LowerContext } from './lower-context';
import type { UnknownNote } from './lower-context';
import { lowerBool } from './lower-bool';
import type { MacroDefinition, MacroTable } from './macros';
import { NO_MACROS, buildMacroTable } from './macros';
import { parseSecl } from './parser';
import type { CompiledCondition, TestFn } from './condition-eval';
import { compileCondition } from './condition-eval';
import type { RegisterBinding } from './registers';
import { registerScopes } from './registers';
import type { RuleTree } from './rule-tree';
import { junction, negation } from './rule-tree';
import type { EvalCtx } from './slots';
import { NO_REGISTERS, SlotAllocator } from './slots';
import type { Tri } from './tri';
import { Tri as T, triAnd, triNot, triOr } from './tri';

export type { UnknownNote } from './lower-context';

/** Values per path of a leaf: `values[i]` is what `compilePath(paths[i])` yields. */
export type LeafValues = readonly (readonly unknown[])[];

export interface Leaf {
  /** JSON body paths the leaf reads, in `compilePath` syntax. */
  readonly paths: readonly string[];
  /** Source text of the sub-expression. */
  readonly text: string;
  /** Span in the rule expression (for a macro's condition: the macro's name). */
  readonly position: number;
  readonly length: number;
  readonly macro?: string;
  /** SECL field tested (or `${variable}`), if any. */
  readonly field: string | undefined;
  readonly test: (values: LeafValues) => Tri;
  /** The result and the SECL value(s) of the tested field, for display. */
  readonly explain: (values: LeafValues) => { readonly result: Tri; readonly value: unknown };
}

export interface CompiledRule {
  readonly expression: string;
  /** The event type the rule applies to (`evt.name`); `undefined`: every type. */
  readonly eventType: string | undefined;
  readonly leaves: readonly Leaf[];
  readonly tree: RuleTree;
  /** Fields and variables exported events may not be able to tell. */
  readonly unknownNotes: readonly UnknownNote[];
  /** SECL fields used (macros expanded), canonical names. */
  readonly fields: readonly string[];
}

export type CompileResult =
  | { readonly ok: true; readonly rule: CompiledRule }
  | { readonly ok: false; readonly errors: readonly SeclError[] };

export interface CompileOptions {
  readonly macros?: MacroTable | readonly MacroDefinition[];
}

/** Most combinations of iterator elements a register scope tries before giving up. */
const MAX_BINDINGS = 100_000;

function fail(origin: Origin, message: string): SeclFailure {
  return new SeclFailure(origin.position, origin.length, message);
}

function isCondition(
  node: BoolIR,
): node is Extract<BoolIR, { kind: 'compare' | 'member' | 'truthy' }> {
  return node.kind === 'compare' || node.kind === 'member' || node.kind === 'truthy';
}

/** `inner` for some combination of the elements the bindings range over. */
function quantify(
  bindings: readonly RegisterBinding[],
  slots: readonly number[],
  inner: TestFn,
): TestFn {
  return (ctx) => {
    const lists = slots.map((s) => ctx.values[s] ?? []);
    if (lists.reduce((n, list) => n * list.length, 1) > MAX_BINDINGS) return T.Unknown;
    let result: Tri = T.False;
    const registers = new Map(ctx.registers);
    const visit = (k: number): boolean => {
      if (k === bindings.length) {
        result = triOr(result, inner({ values: ctx.values, registers }));
        return result === T.True;
      }
      for (const element of lists[k] ?? []) {
        registers.set((bindings[k] as RegisterBinding).name, element);
        if (visit(k + 1)) return true;
      }
      return false;
    };
    visit(0);
    return result;
  };
}

class LeafBuilder {
  readonly leaves: Leaf[] = [];

  constructor(private readonly scopes: Map<BoolIR, RegisterBinding[]>) {}

  private test(node: BoolIR, alloc: SlotAllocator, top: { condition?: CompiledCondition }): TestFn {
    const body = this.body(node, alloc, top);
    const bindings = this.scopes.get(node);
    if (bindings === undefined) return body;
    return quantify(
      bindings,
      bindings.map((b) => alloc.slot(b.iterator)),
      body,
    );
  }

  private body(node: BoolIR, alloc: SlotAllocator, top: { condition?: CompiledCondition }): TestFn {
    switch (node.kind) {
      case 'and':
      case 'or': {
        const parts = node.operands.map((operand) => this.test(operand, alloc, {}));
        const and = node.kind === 'and';
        return (ctx) => {
          let result: Tri = and ? T.True : T.False;
          for (const part of parts) {
            result = and ? triAnd(result, part(ctx)) : triOr(result, part(ctx));
            if (result === (and ? T.False : T.True)) break;
          }
          return result;
        };
      }
      case 'not': {
        const inner = this.test(node.operand, alloc, {});
        return (ctx) => triNot(inner(ctx));
      }
      case 'const': {
        const value = node.value;
        return () => value;
      }
      default: {
        const condition = compileCondition(node, alloc, fail);
        top.condition ??= condition;
        return condition.test;
      }
    }
  }

  /** A leaf for `node`, or a constant when it reads nothing. */
  leaf(node: BoolIR): RuleTree {
    const alloc = new SlotAllocator();
    const top: { condition?: CompiledCondition } = {};
    const test = this.test(node, alloc, top);
    const ctxOf = (values: LeafValues): EvalCtx => ({ values, registers: NO_REGISTERS });
    if (alloc.paths.length === 0) return { kind: 'const', value: test(ctxOf([])) };
    const condition = this.scopes.has(node) ? undefined : top.condition;
    const subject = condition?.subject;
    const { origin } = node;
    this.leaves.push({
      paths: alloc.paths,
      text: origin.text,
      position: origin.position,
      length: origin.length,
      ...(origin.macro === undefined ? {} : { macro: origin.macro }),
      field: condition?.field,
      test: (values) => test(ctxOf(values)),
      explain: (values) => ({
        result: test(ctxOf(values)),
        value: subject?.(ctxOf(values)),
      }),
    });
    return { kind: 'leaf', leaf: this.leaves.length - 1 };
  }

  build(node: BoolIR): RuleTree {
    if (this.scopes.has(node) || isCondition(node)) return this.leaf(node);
    switch (node.kind) {
      case 'and':
      case 'or':
        return junction(
          node.kind,
          node.operands.map((operand) => this.build(operand)),
        );
      case 'not':
        return negation(this.build(node.operand));
      case 'const':
        return { kind: 'const', value: node.value };
    }
  }

  add(leaf: Leaf): RuleTree {
    this.leaves.push(leaf);
    return { kind: 'leaf', leaf: this.leaves.length - 1 };
  }
}

function macroTableOf(macros: CompileOptions['macros']): MacroTable {
  if (macros === undefined) return NO_MACROS;
  return Array.isArray(macros) ? buildMacroTable(macros) : (macros as MacroTable);
}

/** Compiles a rule expression; never throws. */
export function compileRule(expression: string, options: CompileOptions = {}): CompileResult {
  const parsed = parseSecl(expression);
  if (!parsed.ok) return parsed;
  try {
    const ctx = new LowerContext(expression, macroTableOf(options.macros));
    const ir = lowerBool(parsed.ast, ctx);
    const builder = new LeafBuilder(registerScopes(ir, fail));
    let tree = builder.build(ir);
    if (ctx.fim !== undefined) tree = junction('and', [builder.add(fimGateLeaf(ctx.fim)), tree]);
    const rule: CompiledRule = {
      expression,
      eventType: ctx.eventType?.type,
      leaves: builder.leaves,
      tree,
      unknownNotes: ctx.notes,
      fields: [...ctx.fields],
    };
    return { ok: true, rule };
  } catch (caught) {
    return { ok: false, errors: [toSeclError(caught)] };
  }
}
