/**
 * Text of a URL fragment written readably: percent-encoding only where a character would be
 * ambiguous or unsafe, splitting into raw `key=value` pairs, and decoding one part at a time
 * so a malformed escape costs only that part. `@ : / , ; $ ?` stay readable unless they
 * separate items in the value at hand; `&`, `=`, `+`, `#`, `%`, spaces and non-ASCII are
 * always escaped (UTF-8).
 */

/** Characters kept as they are in a fragment value (encodeURIComponent escapes them). */
const READABLE: ReadonlySet<string> = new Set(['@', ':', '/', ',', ';', '$', '?']);

/** Lone UTF-16 surrogates cannot be percent-encoded: they become U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

function percent(ch: string): string {
  return `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * `text` as a fragment value or item. Every character of `separators` is escaped too, so the
 * caller can split the written value on them before decoding each part.
 */
export function encodePart(text: string, separators = ''): string {
  const encoded = encodeURIComponent(toWellFormed(text)).replace(
    /%(40|3A|2F|2C|3B|24|3F)/g,
    (m) => {
      const ch = String.fromCharCode(parseInt(m.slice(1), 16));
      return READABLE.has(ch) && !separators.includes(ch) ? ch : m;
    },
  );
  if (separators === '') return encoded;
  // encodeURIComponent leaves `- _ . ! ~ * ' ( )` alone: escape those that separate here.
  let out = '';
  for (const ch of encoded) out += separators.includes(ch) && ch !== '%' ? percent(ch) : ch;
  return out;
}

/** Decodes one part (`+` reads as a space, as in hash-params.ts); undefined when malformed. */
export function decodePart(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The decoded value of parameter `key` of `raws`; a malformed one is dropped with a notice. */
export function paramText<K extends string>(
  raws: ReadonlyMap<K, string>,
  key: K,
  notice: (message: string) => void,
): string | undefined {
  const raw = raws.get(key);
  if (raw === undefined) return undefined;
  const value = decodePart(raw);
  if (value === undefined) notice(`${key}: malformed %-escape — ignored`);
  return value;
}

export interface RawParam {
  /** The decoded name. */
  readonly key: string;
  /** The value as written, still encoded: lists are split before their items are decoded. */
  readonly raw: string;
}

/**
 * The `key=value` pairs of a fragment in order (leading `#` optional, empty pairs skipped).
 * A name that does not decode is reported through `onBadKey` and its pair skipped.
 */
export function splitFragment(hash: string, onBadKey: (raw: string) => void): RawParam[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const params: RawParam[] = [];
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const key = decodePart(rawKey);
    if (key === undefined || key === '') onBadKey(rawKey);
    else params.push({ key, raw: eq < 0 ? '' : pair.slice(eq + 1) });
  }
  return params;
}

/** A short, quoted, visible rendering of untrusted text for a notice. */
export function quoteForNotice(text: string, max = 60): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(toWellFormed(cut));
}
