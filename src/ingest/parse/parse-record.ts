/**
 * Decodes one record's bytes and parses them as JSON. A record can hold several items (a
 * JSON array, a whole API response on one line) or several values back to back (`}{`
 * runs): the caller gets the items, or the byte ranges to parse again one by one.
 */
import { escapeExcerpt } from '../../lib/escape-excerpt';
import { splitValues } from '../split/record-splitter';
import { describeJsonType, expandRecord } from './envelope';

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

export type ParsedRecord =
  | {
      readonly kind: 'items';
      /** The items; `[value]` when the record is a single value. */
      readonly items: readonly unknown[];
      /** False when the items come from an array or response inside the record. */
      readonly single: boolean;
      readonly badEncoding: boolean;
      readonly text: string;
    }
  | { readonly kind: 'values'; readonly ranges: ReadonlyArray<readonly [number, number]> }
  | { readonly kind: 'rejected'; readonly reason: string; readonly text: string };

export function decodeRecord(bytes: Uint8Array): { text: string; badEncoding: boolean } {
  try {
    return { text: strictDecoder.decode(bytes), badEncoding: false };
  } catch {
    return { text: lenientDecoder.decode(bytes), badEncoding: true };
  }
}

/** `asciiText`, when given, is `bytes` already decoded (see `SplitRecord.text`). */
export function parseRecord(
  bytes: Uint8Array,
  allowValueSplit: boolean,
  asciiText?: string,
): ParsedRecord {
  const { text, badEncoding } =
    asciiText === undefined ? decodeRecord(bytes) : { text: asciiText, badEncoding: false };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (allowValueSplit) {
      const ranges = splitValues(bytes);
      if (ranges !== undefined) return { kind: 'values', ranges };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'rejected', reason: `not valid JSON: ${escapeExcerpt(message, 120)}`, text };
  }
  const items = expandRecord(value);
  if (items.length === 0) {
    return { kind: 'rejected', reason: `${describeJsonType(value)} that holds no events`, text };
  }
  return {
    kind: 'items',
    items,
    single: items.length === 1 && items[0] === value,
    badEncoding,
    text,
  };
}
