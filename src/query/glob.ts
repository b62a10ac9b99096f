/**
 * Glob matching for wildcard values: `*` matches any run, `?` one character (one code point),
 * `\` makes the next character literal. Compiled once into literal segments between stars and
 * matched greedily, leftmost first — correct for this glob dialect and O(text × pattern) in the
 * worst case, with no backtracking blow-up (`*a*a*a*…b` stays fast). No RegExp is built.
 */

/** A literal run, or `null` for `?`. */
type Piece = string | null;

export interface Glob {
  /** Pieces between stars; `segments.length - 1` is the number of stars (runs count once). */
  readonly segments: readonly (readonly Piece[])[];
}

export interface GlobOptions {
  /** Compare lower-cased text with the lower-cased pattern. */
  readonly caseInsensitive?: boolean;
}

/** Escapes `*`, `?` and `\` so that `text` matches only itself. */
export function escapeGlob(text: string): string {
  let out = '';
  for (const c of text) out += c === '*' || c === '?' || c === '\\' ? `\\${c}` : c;
  return out;
}

export function parseGlob(pattern: string): Glob {
  const segments: Piece[][] = [[]];
  let current = segments[0] ?? [];
  let literal = '';
  const flush = () => {
    if (literal !== '') current.push(literal);
    literal = '';
  };
  let escaped = false;
  let lastWasStar = false;
  for (const c of pattern) {
    if (escaped) {
      literal += c;
      escaped = false;
      lastWasStar = false;
    } else if (c === '\\') {
      escaped = true;
    } else if (c === '*') {
      if (lastWasStar) continue;
      flush();
      current = [];
      segments.push(current);
      lastWasStar = true;
    } else if (c === '?') {
      flush();
      current.push(null);
      lastWasStar = false;
    } else {
      literal += c;
      lastWasStar = false;
    }
  }
  if (escaped) literal += '\\';
  flush();
  return { segments };
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Width (1 or 2 UTF-16 units) of the code point at `i`. */
function width(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Where `pieces` end when matched at `i`, or -1. */
function matchAt(text: string, i: number, pieces: readonly Piece[]): number {
  let pos = i;
  for (const piece of pieces) {
    if (piece === null) {
      if (pos >= text.length) return -1;
      pos += width(text, pos);
    } else {
      if (!text.startsWith(piece, pos)) return -1;
      pos += piece.length;
    }
  }
  return pos;
}

/** Leftmost end of `pieces` matched at a code-point boundary at or after `from`, or -1. */
function findFrom(text: string, from: number, pieces: readonly Piece[]): number {
  const first = pieces[0];
  if (pieces.length === 1 && typeof first === 'string') {
    const at = text.indexOf(first, from);
    return at < 0 ? -1 : at + first.length;
  }
  for (let i = from; i <= text.length; i += i < text.length ? width(text, i) : 1) {
    const end = matchAt(text, i, pieces);
    if (end >= 0) return end;
  }
  return -1;
}

/** Whether `pieces` match at a code-point boundary at or after `from` and end exactly at the end. */
function endsWith(text: string, from: number, pieces: readonly Piece[]): boolean {
  const first = pieces[0];
  if (pieces.length === 0) return true;
  if (pieces.length === 1 && typeof first === 'string') {
    return text.length - first.length >= from && text.endsWith(first);
  }
  for (let i = from; i <= text.length; i += i < text.length ? width(text, i) : 1) {
    if (matchAt(text, i, pieces) === text.length) return true;
  }
  return false;
}

export function matchGlob(glob: Glob, text: string): boolean {
  const { segments } = glob;
  const last = segments.length - 1;
  const head = segments[0] ?? [];
  if (last === 0) return matchAt(text, 0, head) === text.length;
  let pos = matchAt(text, 0, head);
  if (pos < 0) return false;
  for (let s = 1; s < last; s++) {
    pos = findFrom(text, pos, segments[s] ?? []);
    if (pos < 0) return false;
  }
  return endsWith(text, pos, segments[last] ?? []);
}

/** A predicate for `pattern` (glob syntax above). */
export function compileGlob(pattern: string, options: GlobOptions = {}): (text: string) => boolean {
  const caseInsensitive = options.caseInsensitive === true;
  const glob = parseGlob(caseInsensitive ? pattern.toLowerCase() : pattern);
  return caseInsensitive
    ? (text) => matchGlob(glob, text.toLowerCase())
    : (text) => matchGlob(glob, text);
}
