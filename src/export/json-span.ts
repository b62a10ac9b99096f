/**
 * Where a value sits inside JSON text: the `[start, end)` span of the value a path of object
 * keys and array indices leads to, found by scanning the text without building it. Exports
 * use it to copy an event body or record out of its file byte for byte (exact numbers, the
 * original escapes and key order). The text must be valid JSON (the caller parsed it before);
 * of repeated keys the last one counts, as `JSON.parse` has it.
 */
import { closingQuote } from './lossless-json';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type JsonPath = ReadonlyArray<string | number>;

const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** `at` is on an opening quote; returns the index after the closing one. */
function skipString(text: string, at: number): number {
  const close = closingQuote(text, at);
  return close < 0 ? text.length : close + 1;
}

/** `at` is on the first character of a value; returns the index after its last one. */
function skipValue(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return skipString(text, at);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    let i = at;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        i = skipString(text, i);
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return i;
  }
  // A number or a literal: up to the next delimiter.
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c)) break;
    i++;
  }
  return i;
}

function keyText(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  return inner.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : inner;
}

/** The span of the element `index` of the array at `span`, if there is one. */
function elementSpan(text: string, span: Span, index: number): Span | undefined {
  if (text.charCodeAt(span.start) !== OPEN_BRACKET) return undefined;
  let i = skipSpace(text, span.start + 1);
  for (let n = 0; i < span.end && text.charCodeAt(i) !== CLOSE_BRACKET; n++) {
    const end = skipValue(text, i);
    if (n === index) return { start: i, end };
    i = skipSpace(text, end);
    if (text.charCodeAt(i) !== COMMA) return undefined;
    i = skipSpace(text, i + 1);
  }
  return undefined;
}

/** The span of the member `key` of the object at `span` (its last occurrence). */
function memberSpan(text: string, span: Span, key: string): Span | undefined {
  if (text.charCodeAt(span.start) !== OPEN_BRACE) return undefined;
  let found: Span | undefined;
  let i = skipSpace(text, span.start + 1);
  while (i < span.end && text.charCodeAt(i) === QUOTE) {
    const keyEnd = skipString(text, i);
    const name = keyText(text, i, keyEnd);
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) return undefined;
    const start = skipSpace(text, i + 1);
    const end = skipValue(text, start);
    if (name === key) found = { start, end };
    i = skipSpace(text, end);
    if (text.charCodeAt(i) !== COMMA) break;
    i = skipSpace(text, i + 1);
  }
  return found;
}

/** The span of the value at `path` in the JSON `text` (`[]`: the whole value), if any. */
export function findSpan(text: string, path: JsonPath): Span | undefined {
  const start = skipSpace(text, 0);
  if (start >= text.length) return undefined;
  let span: Span | undefined = { start, end: skipValue(text, start) };
  for (const step of path) {
    span = typeof step === 'number' ? elementSpan(text, span, step) : memberSpan(text, span, step);
    if (span === undefined) return undefined;
  }
  return span;
}
