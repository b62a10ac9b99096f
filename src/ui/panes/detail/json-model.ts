/**
 * A small JSON reader for the detail tree. It keeps what `JSON.parse` would lose or mangle
 * in an untrusted event body:
 * - numbers stay as their source text, so 64-bit ids (`dd.trace_id`) are shown exactly;
 * - objects keep every member in order, duplicate keys included, in plain arrays (no
 *   prototype games with keys such as `__proto__`);
 * - nesting deeper than `maxDepth` is not descended into: the subtree becomes a `deep`
 *   node holding its size, so rendering can never recurse without bound.
 *
 * Containers record their `size` (nodes in the subtree, themselves included) so the view
 * can decide what is small enough to open at once.
 *
 * Input is the engine's pretty-printed body; malformed text throws a `SyntaxError`.
 */

export type JsonNode =
  | { readonly kind: 'object'; readonly entries: readonly JsonEntry[]; readonly size: number }
  | { readonly kind: 'array'; readonly items: readonly JsonNode[]; readonly size: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'literal'; readonly text: 'true' | 'false' | 'null' }
  | { readonly kind: 'deep'; readonly chars: number };

export interface JsonEntry {
  readonly key: string;
  readonly value: JsonNode;
}

export const DEFAULT_MAX_DEPTH = 32;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_RUN = /[^"\\\u0000-\u001f]*/y; // JSON forbids raw control characters in strings.

class Reader {
  pos = 0;
  constructor(
    readonly text: string,
    readonly maxDepth: number,
  ) {}

  fail(what: string): never {
    throw new SyntaxError(`${what} at offset ${this.pos}`);
  }

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.pos++;
    }
  }

  value(depth: number): JsonNode {
    this.skipSpace();
    const c = this.text[this.pos];
    if ((c === '{' || c === '[') && depth >= this.maxDepth) return this.deep();
    switch (c) {
      case '{':
        return this.object(depth);
      case '[':
        return this.array(depth);
      case '"':
        return { kind: 'string', value: this.string() };
      case 't':
        return this.literal('true');
      case 'f':
        return this.literal('false');
      case 'n':
        return this.literal('null');
      default:
        return this.number();
    }
  }

  object(depth: number): JsonNode {
    this.pos++; // {
    const entries: JsonEntry[] = [];
    let size = 1;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return { kind: 'object', entries, size };
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail('expected a property name');
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail('expected ":"');
      this.pos++;
      const value = this.value(depth + 1);
      size += nodeSize(value);
      entries.push({ key, value });
      this.skipSpace();
      const next = this.text[this.pos++];
      if (next === '}') return { kind: 'object', entries, size };
      if (next !== ',') this.fail('expected "," or "}"');
    }
  }

  array(depth: number): JsonNode {
    this.pos++; // [
    const items: JsonNode[] = [];
    let size = 1;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return { kind: 'array', items, size };
    }
    for (;;) {
      const item = this.value(depth + 1);
      size += nodeSize(item);
      items.push(item);
      this.skipSpace();
      const next = this.text[this.pos++];
      if (next === ']') return { kind: 'array', items, size };
      if (next !== ',') this.fail('expected "," or "]"');
    }
  }

  string(): string {
    const t = this.text;
    this.pos++; // opening quote
    let out = '';
    for (;;) {
      STRING_RUN.lastIndex = this.pos;
      STRING_RUN.test(t);
      out += t.slice(this.pos, STRING_RUN.lastIndex);
      this.pos = STRING_RUN.lastIndex;
      const c = t[this.pos];
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c !== '\\')
        this.fail(c === undefined ? 'unterminated string' : 'control character in string');
      const e = t[this.pos + 1];
      this.pos += 2;
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out += e;
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          const digits = t.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(digits)) this.fail('bad \\u escape');
          out += String.fromCharCode(parseInt(digits, 16));
          this.pos += 4;
          break;
        }
        default:
          this.fail('bad escape');
      }
    }
  }

  literal(word: 'true' | 'false' | 'null'): JsonNode {
    if (!this.text.startsWith(word, this.pos)) this.fail('unexpected token');
    this.pos += word.length;
    return { kind: 'literal', text: word };
  }

  number(): JsonNode {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (match === null)
      this.fail(this.pos >= this.text.length ? 'unexpected end' : 'unexpected token');
    this.pos = NUMBER.lastIndex;
    return { kind: 'number', text: match[0] };
  }

  /** Skips one object or array without building it; string-aware bracket counting. */
  deep(): JsonNode {
    const t = this.text;
    const start = this.pos;
    let level = 0;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === '"') {
        this.string();
        continue;
      }
      this.pos++;
      if (c === '{' || c === '[') level++;
      else if (c === '}' || c === ']') {
        level--;
        if (level === 0) return { kind: 'deep', chars: this.pos - start };
      }
    }
    return this.fail('unexpected end');
  }
}

/** Reads one JSON text into a tree; throws `SyntaxError` on malformed input. */
export function readJson(text: string, maxDepth = DEFAULT_MAX_DEPTH): JsonNode {
  const reader = new Reader(text, maxDepth);
  const node = reader.value(0);
  reader.skipSpace();
  if (reader.pos !== text.length) reader.fail('unexpected text after the value');
  return node;
}

/** Nodes in the subtree of `node`, itself included. */
export function nodeSize(node: JsonNode): number {
  return node.kind === 'object' || node.kind === 'array' ? node.size : 1;
}

/** Number of direct children of a container node (0 for leaves). */
export function childCount(node: JsonNode): number {
  if (node.kind === 'object') return node.entries.length;
  if (node.kind === 'array') return node.items.length;
  return 0;
}
