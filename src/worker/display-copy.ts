/**
 * The pretty JSON of one event's body and envelope for the detail pane, re-read from the
 * record text: big integers digit for digit, and nesting past the display limit replaced by a
 * note (reviving or indenting thousands of levels would exhaust the stack).
 */
import type { AnalyzedEvent } from '../ingest/parse/analyze-item';
import { expandRecord, unwrapRecord } from '../ingest/parse/envelope';
import { parseExact, stringifyExact } from '../ingest/parse/exact-json';
import { MAX_NESTING_DEPTH, nestingDepth } from '../ingest/validate/classify';

/** Display depth past which a subtree is replaced by a note (the event itself is kept). */
export const MAX_DISPLAY_DEPTH = MAX_NESTING_DEPTH;

/** Replaces whatever lies deeper than `maxDepth` by a note; recursion is bounded by it. */
export function pruneDeep(value: unknown, maxDepth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (maxDepth <= 0) return `… nested deeper than ${MAX_DISPLAY_DEPTH} levels (not shown)`;
  if (Array.isArray(value)) return value.map((v) => pruneDeep(v, maxDepth - 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    Object.defineProperty(out, k, { value: pruneDeep(v, maxDepth - 1), enumerable: true });
  }
  return out;
}

/**
 * The pretty JSON of an event's body and envelope for display: big integers exact, and
 * nesting past the limit cut (reviving or indenting 5,000 levels would exhaust the stack).
 */
export function displayCopy(
  text: string,
  single: boolean,
  itemIndex: number,
  analyzed: AnalyzedEvent,
): { bodyJson: string; envelopeJson: string | undefined } {
  const envelopeFields = analyzed.envelope?.fields;
  if (nestingDepth(analyzed.body, MAX_DISPLAY_DEPTH) > MAX_DISPLAY_DEPTH) {
    return {
      bodyJson: JSON.stringify(pruneDeep(analyzed.body, MAX_DISPLAY_DEPTH), null, 2),
      envelopeJson:
        envelopeFields === undefined
          ? undefined
          : JSON.stringify(pruneDeep(envelopeFields, MAX_DISPLAY_DEPTH), null, 2),
    };
  }
  const record = parseExact(text);
  const exact = unwrapRecord(single ? record : expandRecord(record)[itemIndex]);
  if (exact.kind !== 'event') {
    return { bodyJson: stringifyExact(analyzed.body), envelopeJson: undefined };
  }
  return {
    bodyJson: stringifyExact(exact.body),
    envelopeJson: exact.envelope === undefined ? undefined : stringifyExact(exact.envelope.fields),
  };
}
