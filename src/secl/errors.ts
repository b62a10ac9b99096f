/**
 * Errors reported by the SECL front end: where (UTF-16 offset and length in the expression) and
 * a message naming what was expected. The throwable form is internal to the lexer, parser and
 * compiler, which turn it into a result; nothing public throws.
 */
import { SpanFailure, type SpanError } from '../lib/span-error';

export type SeclError = SpanError;

export class SeclFailure extends SpanFailure {}

export function failAt(span: { start: number; end: number }, message: string): SeclFailure {
  return new SeclFailure(span.start, Math.max(0, span.end - span.start), message);
}

/** The error a caught exception stands for (internal failures become messages at 0). */
export function toSeclError(caught: unknown): SeclError {
  if (caught instanceof SeclFailure) return caught.toError();
  const message = caught instanceof Error ? caught.message : String(caught);
  return { position: 0, length: 0, message: `internal error: ${message}` };
}
