/**
 * The pieces a one-line event summary is made of, and the small builder the phrases use.
 * Text stays plain: values are untrusted log content and are only ever rendered as text.
 */
import type { outcomeTone } from '../../../common/badges';
import type { JsonNode } from '../json-model';
import { scalarText } from '../body/json-access';

export type OutcomeTone = ReturnType<typeof outcomeTone>;

export type SummaryPart =
  /** Connecting words. */
  | { readonly kind: 'text'; readonly text: string }
  /** A value read from the body, with the field path it came from. */
  | { readonly kind: 'value'; readonly text: string; readonly path: string }
  /** Something the analyst should look at (writable and executable memory, …). */
  | { readonly kind: 'alert'; readonly text: string }
  /** The outcome, when the operation did not simply succeed. */
  | { readonly kind: 'outcome'; readonly text: string; readonly tone: OutcomeTone };

export interface Summary {
  /** The event's time (body `date`) as shown, when the body has one. */
  readonly time: string | undefined;
  readonly parts: readonly SummaryPart[];
}

/** The summary as one plain sentence (time left out). */
export function summaryText(summary: Summary): string {
  return summary.parts.map((p) => p.text).join('');
}

/** Collects parts; `value` skips absent values so phrases can stay declarative. */
export class PartsBuilder {
  readonly parts: SummaryPart[] = [];

  text(text: string): this {
    const last = this.parts[this.parts.length - 1];
    // Adjacent words merge, so tests and screen readers see whole phrases.
    if (last?.kind === 'text')
      this.parts[this.parts.length - 1] = { kind: 'text', text: last.text + text };
    else this.parts.push({ kind: 'text', text });
    return this;
  }

  value(text: string, path: string): this {
    this.parts.push({ kind: 'value', text, path });
    return this;
  }

  /** A body value when it is a plain value, else `fallback` as words (if given). */
  field(node: JsonNode | undefined, path: string, fallback?: string): this {
    const text = scalarText(node);
    if (text !== undefined && text !== '') return this.value(text, path);
    if (fallback !== undefined) this.text(fallback);
    return this;
  }

  alert(text: string): this {
    this.parts.push({ kind: 'alert', text });
    return this;
  }

  outcome(text: string, tone: OutcomeTone): this {
    this.parts.push({ kind: 'outcome', text, tone });
    return this;
  }
}
