/**
 * Query parameter values as ClickHouse's HTTP interface receives them (`param_<name>` in the
 * URL or a multipart body), turned into the JS values chdb binds.
 *
 * On the wire a value is text in ClickHouse's escaped (TSV) form: `\t`, `\n`, `\\`, `\'`…,
 * and an array is a literal of quoted, escaped elements (`['a','b\'c']`), as
 * `@clickhouse/client-web` writes them. chdb escapes a JS string again before binding it, and
 * writes a JS array as a literal itself, so each value is decoded here by the type its
 * placeholder declares in the query (`{p0:String}`, `{p1:Array(String)}`): strings are
 * unescaped, array literals parsed into JS arrays, anything else (numbers) unescaped too.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  b: '\b',
  f: '\f',
  r: '\r',
  n: '\n',
  t: '\t',
  0: '\0',
  a: '\u0007',
  v: '\v',
  e: '\u001b',
};

/** Decodes one `\x` escape at `text[at]` (the backslash); returns the text and its length. */
function escapeAt(text: string, at: number): [string, number] {
  const next = text[at + 1];
  if (next === undefined) return ['\\', 1];
  if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(text.slice(at + 2, at + 4))) {
    return [String.fromCharCode(parseInt(text.slice(at + 2, at + 4), 16)), 4];
  }
  return [ESCAPES[next] ?? next, 2];
}

/**
 * Decodes escaped text from `from` up to its end or to an unescaped `quote`; returns the
 * text and where it stopped (the quote's index, or the length).
 */
function decodeFrom(text: string, from: number, quote?: string): [string, number] {
  let out = '';
  let i = from;
  while (i < text.length && text[i] !== quote) {
    if (text[i] === '\\') {
      const [decoded, length] = escapeAt(text, i);
      out += decoded;
      i += length;
    } else {
      out += text[i];
      i++;
    }
  }
  return [out, i];
}

/** Text in ClickHouse's escaped form, decoded. */
export function unescapeText(text: string): string {
  return text.includes('\\') ? decodeFrom(text, 0)[0] : text;
}

export type LiteralValue = string | number | bigint | boolean | null | LiteralValue[];

/** Parses an array literal (`['a','b']`, `[1,2]`, nested); throws on anything else. */
export function parseArrayLiteral(text: string): LiteralValue[] {
  let at = 0;
  const fail = (): never => {
    throw new Error(`not an array literal at character ${at}`);
  };
  const skipSpace = (): void => {
    while (at < text.length && /\s/.test(text[at] as string)) at++;
  };
  const quoted = (): string => {
    const [out, end] = decodeFrom(text, at + 1, text[at]);
    at = end;
    if (at >= text.length) fail();
    at++;
    return out;
  };
  const bare = (): LiteralValue => {
    const match = /^[^,\]\s]+/.exec(text.slice(at));
    if (match === null) return fail();
    at += match[0].length;
    const word = match[0];
    if (/^null$/i.test(word)) return null;
    if (/^true$/i.test(word)) return true;
    if (/^false$/i.test(word)) return false;
    if (/^-?\d+$/.test(word)) {
      const n = Number(word);
      return Number.isSafeInteger(n) ? n : BigInt(word);
    }
    const n = Number(word);
    return Number.isNaN(n) ? fail() : n;
  };
  const value = (): LiteralValue => {
    skipSpace();
    const c = text[at];
    if (c === '[') return array();
    if (c === "'" || c === '"') return quoted();
    return bare();
  };
  const array = (): LiteralValue[] => {
    at++;
    const out: LiteralValue[] = [];
    skipSpace();
    if (text[at] === ']') {
      at++;
      return out;
    }
    for (;;) {
      out.push(value());
      skipSpace();
      if (text[at] === ']') {
        at++;
        return out;
      }
      if (text[at] !== ',') fail();
      at++;
    }
  };
  skipSpace();
  if (text[at] !== '[') fail();
  const result = array();
  skipSpace();
  if (at !== text.length) fail();
  return result;
}

/** The declared type of each `{name:Type}` placeholder of a query. */
export function placeholderTypes(query: string): Map<string, string> {
  const types = new Map<string, string>();
  for (const match of query.matchAll(/\{\s*(\w+)\s*:\s*([^{}]+?)\s*\}/g)) {
    types.set(match[1] as string, match[2] as string);
  }
  return types;
}

/** The values to bind, by parameter name, from the wire texts. */
export function bindValues(
  query: string,
  texts: ReadonlyMap<string, string>,
): Record<string, LiteralValue> {
  const types = placeholderTypes(query);
  const values: Record<string, LiteralValue> = {};
  for (const [name, text] of texts) {
    const type = types.get(name) ?? 'String';
    if (text === '\\N' && /^Nullable\(/.test(type)) values[name] = null;
    else values[name] = /^Array\(/.test(type) ? parseArrayLiteral(text) : unescapeText(text);
  }
  return values;
}
