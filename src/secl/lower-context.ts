/**
 * State shared while a rule is lowered to IR: the macro table and the stack of macros being
 * expanded (cycles and runaway expansion are errors), the origin of nodes (macro nodes point
 * at the macro's name in the rule), the fields used, the event type they imply, and notes on
 * fields exported events cannot evaluate.
 */
import type { Span } from './ast';
import { SeclFailure } from './errors';
import type { FieldRef } from './field-spec';
import type { Origin } from './ir';
import type { MacroEntry, MacroTable } from './macros';

export interface UnknownNote {
  readonly field: string;
  readonly reason: string;
  readonly position: number;
  readonly length: number;
}

/** Deepest macro nesting, and most IR nodes a rule may expand to. */
const MAX_MACRO_DEPTH = 32;
const MAX_NODES = 200_000;

interface Frame {
  readonly source: string;
  readonly macro: string | undefined;
  /** Span of the outermost macro name in the rule, inside a macro. */
  readonly anchor: Span | undefined;
}

export class LowerContext {
  readonly notes: UnknownNote[] = [];
  readonly fields = new Set<string>();
  eventType: { readonly type: string; readonly field: string } | undefined;
  /** Where the rule first uses a `fim.write.file.*` field. */
  fim: Origin | undefined;
  private frame: Frame;
  private readonly expanding: string[] = [];
  private nodes = 0;

  constructor(
    readonly rule: string,
    readonly macros: MacroTable,
  ) {
    this.frame = { source: rule, macro: undefined, anchor: undefined };
  }

  origin(span: Span): Origin {
    const text = this.frame.source.slice(span.start, span.end);
    const anchor = this.frame.anchor;
    if (anchor === undefined) return { position: span.start, length: span.end - span.start, text };
    const macro = this.frame.macro as string;
    return { position: anchor.start, length: anchor.end - anchor.start, text, macro };
  }

  fail(span: Span, message: string): SeclFailure {
    const anchor = this.frame.anchor;
    if (anchor === undefined) return new SeclFailure(span.start, span.end - span.start, message);
    const where = this.expanding.map((id) => `'${id}'`).join(' → ');
    return new SeclFailure(
      anchor.start,
      anchor.end - anchor.start,
      `in macro ${where}: ${message}`,
    );
  }

  /** Counts one lowered node; too many means runaway macro expansion. */
  tick(span: Span): void {
    if (++this.nodes > MAX_NODES) {
      throw this.fail(
        span,
        `the rule is too large once macros are expanded (over ${MAX_NODES} nodes)`,
      );
    }
  }

  macro(id: string): MacroEntry | undefined {
    return this.macros.get(id);
  }

  /** Runs `body` inside macro `entry`, used at `span` of the current source. */
  expand<T>(entry: MacroEntry, span: Span, body: () => T): T {
    if (this.expanding.includes(entry.id)) {
      const cycle = [...this.expanding, entry.id].map((id) => `'${id}'`).join(' → ');
      throw this.fail(span, `macro '${entry.id}' refers to itself (${cycle})`);
    }
    if (this.expanding.length >= MAX_MACRO_DEPTH) {
      throw this.fail(span, `macros nest too deeply (more than ${MAX_MACRO_DEPTH} levels)`);
    }
    const first = entry.errors[0];
    if (first !== undefined) {
      throw this.fail(span, `macro '${entry.id}' does not parse: ${first.message}`);
    }
    const saved = this.frame;
    this.frame = { source: entry.source, macro: entry.id, anchor: saved.anchor ?? span };
    this.expanding.push(entry.id);
    try {
      return body();
    } finally {
      this.expanding.pop();
      this.frame = saved;
    }
  }

  /** Records a field use: its name, the event type it implies, and why it may be unknown. */
  useField(ref: FieldRef, span: Span): void {
    const { spec } = ref;
    this.fields.add(spec.name);
    if (spec.fim) this.fim ??= this.origin(span);
    if (spec.eventType !== undefined) {
      if (this.eventType === undefined) {
        this.eventType = { type: spec.eventType, field: spec.name };
      } else if (this.eventType.type !== spec.eventType) {
        throw this.fail(
          span,
          `field '${spec.name}' is of event type '${spec.eventType}' but '${this.eventType.field}' ` +
            `makes the rule a '${this.eventType.type}' rule; a rule matches one event type`,
        );
      }
    }
    if (spec.unknownReason !== undefined) {
      const origin = this.origin(span);
      this.notes.push({
        field: spec.name,
        reason: spec.unknownReason,
        position: origin.position,
        length: origin.length,
      });
    }
  }

  /** Records a value exports cannot provide (variables, builtins). */
  note(field: string, reason: string, span: Span): void {
    const origin = this.origin(span);
    this.notes.push({ field, reason, position: origin.position, length: origin.length });
  }
}
