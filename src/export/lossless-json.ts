/**
 * JSON that keeps numbers exactly: `parseLossless` reads numbers a double cannot hold (64-bit
 * ids such as `dd.trace_id`, 16+ significant digits, overflowing exponents) as `LosslessNumber`
 * holding their source text, and `stringifyLossless` writes them back as that text. Also
 * `compactJsonLine`: JSON text on one line without parsing it, byte for byte otherwise.
 */

/** A JSON number kept as its source text. */
export class LosslessNumber {
  constructor(readonly text: string) {}

  toJSON(): string {
    return MARK + this.text;
  }
}

function randomTag(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Marks a number inside a JSON string while parsing and writing. The tag is random per page,
 * so no string in a log can pass for a marked number.
 */
const TAG = randomTag();
const MARK = `\u0000${TAG}:`;
const MARK_IN_JSON = `"\\u0000${TAG}:`;
const MARKED_IN_OUTPUT = new RegExp(`"\\\\u0000${TAG}:([^"]*)"`, 'g');

/** Text with 16 significant digits (dots between allowed) or a 3-digit exponent: worth a look. */
const MAYBE_LOSSY = /(?:\d\.?){16}|[eE][+-]?\d{3}/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function isLossy(token: string): boolean {
  if (!Number.isFinite(Number(token))) return true;
  const mantissa = token
    .replace(/^-/, '')
    .replace(/[eE].*$/, '')
    .replace('.', '');
  return mantissa.replace(/^0+/, '').length > 15;
}

/** `text` with each lossy number token turned into a marked string. */
function markLossyNumbers(text: string): { text: string; marked: boolean } {
  let out = '';
  let runStart = 0;
  let marked = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string: a backslash escapes the next character.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) {
        if (text.charCodeAt(i) === 0x5c) i++;
      }
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = i;
      const token = NUMBER.exec(text)?.[0];
      if (token === undefined) continue;
      if (isLossy(token)) {
        out += `${text.slice(runStart, i)}${MARK_IN_JSON}${token}"`;
        runStart = i + token.length;
        marked = true;
      }
      i += token.length - 1;
    }
  }
  return { text: out + text.slice(runStart), marked };
}

function revive(_key: string, value: unknown): unknown {
  return typeof value === 'string' && value.startsWith(MARK)
    ? new LosslessNumber(value.slice(MARK.length))
    : value;
}

/** `JSON.parse`, keeping lossy numbers as `LosslessNumber`. Throws on invalid JSON. */
export function parseLossless(text: string): unknown {
  if (!MAYBE_LOSSY.test(text)) return JSON.parse(text);
  const { text: markedText, marked } = markLossyNumbers(text);
  return marked ? JSON.parse(markedText, revive) : JSON.parse(text);
}

/** `JSON.stringify` on one line, writing each `LosslessNumber` as its source text. */
export function stringifyLossless(value: unknown): string {
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) return 'null';
  return text.includes(MARK_IN_JSON) ? text.replace(MARKED_IN_OUTPUT, '$1') : text;
}

/** The index of the quote closing the string whose opening quote is at `open`, or -1. */
export function closingQuote(text: string, open: number): number {
  // indexOf runs natively: strings are most of an event's text.
  for (let q = text.indexOf('"', open + 1); q >= 0; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return -1;
}

/**
 * JSON text on one line (an NDJSON record) without parsing it: whitespace outside strings is
 * dropped, everything else kept byte for byte (exact numbers, repeated keys, escapes).
 * Input must be JSON text; raw line breaks can only occur outside its strings.
 */
export function compactJsonLine(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const close = closingQuote(text, i);
      if (close < 0) break;
      i = close;
    } else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      out += text.slice(runStart, i);
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}
