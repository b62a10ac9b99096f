/**
 * The per-item step shared by ingest and by the detail view: unwrap the envelope,
 * validate the body, add data-quality findings (undecodable bytes, unrecognisable shape).
 * Ingest keeps only the class and the table's columns; the detail view runs the same
 * step again on the re-read record to get the findings back, so the two always agree.
 */
import type { Finding, Validity } from '../../protocol/messages';
import { classifyBody } from '../validate/classify';
import { unwrapRecord, type Envelope, type Shape } from './envelope';

export interface AnalyzedEvent {
  readonly kind: 'event';
  readonly shape: Shape;
  readonly body: Record<string, unknown>;
  readonly envelope: Envelope | undefined;
  readonly validity: Validity;
  readonly findings: readonly Finding[];
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

export function analyzeItem(item: unknown, badEncoding: boolean): AnalyzedItem {
  const unwrapped = unwrapRecord(item);
  if (unwrapped.kind === 'rejected') return unwrapped;
  const { validity, findings } = classifyBody(unwrapped.body);
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
  };
}
