/**
 * Parsing of one value of a term: bare words (exact, wildcard or `*` for "exists"), quoted
 * values, comparisons (`>1000`) and ranges (`[100 TO 200]`, `{a TO b}`, `*` for an open end).
 */
import type { ValueMatch } from './ast';
import type { Cursor } from './cursor';
import { queryKey, type OrderKey } from './order';
import { QuerySyntaxError } from './query-error';
import type { BracketToken, Token, WordToken } from './tokens';

/** The value kinds a term can start with (a parenthesized group is handled by the parser). */
export const VALUE_START: readonly Token['kind'][] = ['word', 'quoted', 'compare', 'range-open'];

/** Whether a glob is nothing but unescaped `*`. */
function onlyStars(glob: string): boolean {
  for (const c of glob) if (c !== '*') return false;
  return glob.length > 0;
}

/** The match a bare word stands for. */
export function wordMatch(token: WordToken): ValueMatch {
  if (!token.wild) return { kind: 'exact', value: token.literal };
  if (onlyStars(token.glob)) return { kind: 'exists' };
  return { kind: 'wildcard', pattern: token.glob };
}

/**
 * Parses the value whose first token is next. `anchor` is where the term began (the field, or
 * the value itself inside a group), so that messages quote the whole term as typed.
 */
export function parseValue(cur: Cursor, anchor: number): ValueMatch {
  const token = cur.next();
  switch (token.kind) {
    case 'word':
      return wordMatch(token);
    case 'quoted':
      return { kind: 'exact', value: token.value };
    case 'compare': {
      const operand = cur.peek();
      if (operand === undefined || !cur.at(['word', 'quoted'], token)) {
        const typed = cur.source(anchor, token);
        throw new QuerySyntaxError(anchor, token.end - anchor, `expected a value after "${typed}"`);
      }
      cur.next();
      return { kind: 'compare', op: token.op, value: plainValue(cur, operand, 'compared') };
    }
    case 'range-open':
      return parseRange(cur, token);
    default:
      throw cur.error(token, `unexpected "${cur.source(token)}"`);
  }
}

/** The value of a comparison operand or range bound; wildcards are refused there. */
function plainValue(cur: Cursor, token: Token, what: string): string {
  if (token.kind === 'quoted') return token.value;
  if (token.kind === 'word' && !token.wild) return token.literal;
  throw cur.error(token, `wildcards can't be ${what}: "${cur.source(token)}"`);
}

function bound(cur: Cursor, token: Token): string | undefined {
  if (token.kind === 'word' && token.glob === '*') return undefined;
  if (token.kind !== 'word' && token.kind !== 'quoted') {
    throw cur.error(token, `unexpected "${cur.source(token)}" in a range`);
  }
  return plainValue(cur, token, 'used in a range bound');
}

/** The closing bracket of the range opened just before the cursor, if the range is closed. */
function findClose(cur: Cursor): BracketToken | undefined {
  for (let k = 0; ; k++) {
    const token = cur.peek(k);
    if (token === undefined) return undefined;
    if (token.kind === 'range-close') return token;
    if (token.kind !== 'word' && token.kind !== 'quoted' && token.kind !== 'to') return undefined;
  }
}

function parseRange(cur: Cursor, open: BracketToken): ValueMatch {
  const close = findClose(cur);
  if (close === undefined) throw cur.error(open, `unclosed range opened at ${open.start}`);
  const inner: Token[] = [];
  for (let token = cur.next(); token !== close; token = cur.next()) inner.push(token);
  const to = inner.findIndex((t) => t.kind === 'to');
  const toToken = inner[to];
  if (toToken === undefined) {
    throw cur.error(open, `range needs "TO": ${cur.source(open, close)}`, close);
  }
  const lowToken = inner[0];
  const highToken = inner[to + 1];
  if (to === 0 || lowToken === undefined) {
    throw cur.error(toToken, 'range needs a lower bound before "TO" (use * for none)');
  }
  if (highToken === undefined) {
    throw cur.error(toToken, 'range needs an upper bound after "TO" (use * for none)');
  }
  const extra = to > 1 ? inner[1] : inner[to + 2];
  if (extra !== undefined) throw cur.error(extra, `unexpected "${cur.source(extra)}" in a range`);
  const low = bound(cur, lowToken);
  const high = bound(cur, highToken);
  if (low !== undefined && high !== undefined) {
    const lowKind = queryKey(low).kind;
    const highKind = queryKey(high).kind;
    if (lowKind !== highKind) {
      const kinds = `"${low}" is ${KIND_NAMES[lowKind]}, "${high}" is ${KIND_NAMES[highKind]}`;
      throw cur.error(open, `a range between different kinds matches nothing: ${kinds}`, close);
    }
  }
  return { kind: 'range', low, high, lowInclusive: open.inclusive, highInclusive: close.inclusive };
}

const KIND_NAMES: Record<OrderKey['kind'], string> = {
  number: 'a number',
  time: 'a date',
  text: 'text',
};
