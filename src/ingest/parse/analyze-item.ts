/**
 * The per-item step shared by ingest and by the detail view: unwrap the envelope,
 * validate the body against its agent's schema, add data-quality findings (undecodable
 * bytes, unrecognisable shape). Ingest keeps only the class, the schema and the table's
 * columns; the detail view runs the same step again on the re-read record to get the
 * findings back, so the two always agree. An item whose schema's validator is not loaded yet
 * comes back `pending`: load `schemas`, then `finish()` it.
 */
import type { Finding, Validity } from '../../protocol/messages';
import { classifyBody, schemasFor } from '../validate/classify';
import { unwrapRecord, type Envelope, type Shape } from './envelope';

export interface AnalyzedEvent {
  readonly kind: 'event';
  readonly shape: Shape;
  readonly body: Record<string, unknown>;
  readonly envelope: Envelope | undefined;
  readonly validity: Validity;
  readonly findings: readonly Finding[];
  /** The schema it was validated against, and whether that was the best fit (no version). */
  readonly schema: string;
  readonly bestFit: boolean;
}

export interface PendingItem {
  readonly kind: 'pending';
  readonly schemas: readonly string[];
  finish(): AnalyzedItem;
}

export type AnalyzedItem = AnalyzedEvent | { readonly kind: 'rejected'; readonly reason: string };

const ENCODING_FINDING: Finding = {
  pointer: '',
  keyword: 'encoding',
  message: 'the record is not valid UTF-8; unreadable bytes are shown as U+FFFD',
};

const SHAPE_FINDING: Finding = {
  pointer: '',
  keyword: 'shape',
  message: 'not recognisable as a CWS event: no evt, process, agent or date at the top level',
};

export function analyzeItem(item: unknown, badEncoding: boolean): AnalyzedItem | PendingItem {
  const unwrapped = unwrapRecord(item);
  if (unwrapped.kind === 'rejected') return unwrapped;
  const classify = (): AnalyzedEvent | undefined => {
    const classified = classifyBody(unwrapped.body);
    if (classified === undefined) return undefined;
    const { validity, findings, schema, bestFit } = classified;
    const extra: Finding[] = [];
    if (badEncoding) extra.push(ENCODING_FINDING);
    if (unwrapped.shape === 'unknown-object') extra.push(SHAPE_FINDING);
    return {
      kind: 'event',
      shape: unwrapped.shape,
      body: unwrapped.body,
      envelope: unwrapped.envelope,
      validity: extra.length > 0 ? 'invalid' : validity,
      findings: extra.length > 0 ? [...extra, ...findings] : findings,
      schema,
      bestFit,
    };
  };
  const now = classify();
  if (now !== undefined) return now;
  return {
    kind: 'pending',
    schemas: schemasFor(unwrapped.body),
    finish: () => {
      const later = classify();
      if (later === undefined) throw new Error('finish() before the schemas were loaded');
      return later;
    },
  };
}
