/**
 * Pure value matchers: a `ValueMatch` compiled once into a predicate over one value of an
 * attribute (case-sensitive, whole value) or over one text of the event (free text:
 * case-insensitive; a word or phrase anywhere in the text, a wildcard pattern over the whole
 * text or one of its words).
 */
import type { ValueMatch } from './ast';
import { compileGlob } from './glob';
import type { OrderKey, Scalar } from './order';
import { compareToKey, queryKey } from './order';

export type { Scalar } from './order';

export type ValuePredicate = (value: unknown) => boolean;
export type TextPredicate = (text: string) => boolean;

export function isScalar(value: unknown): value is Scalar {
  const t = typeof value;
  return value === null || t === 'string' || t === 'number' || t === 'boolean' || t === 'bigint';
}

/** The text a scalar is matched as by exact and wildcard values (`null` has none). */
export function scalarText(value: Scalar): string | undefined {
  return value === null ? undefined : String(value);
}

function exactPredicate(expected: string): ValuePredicate {
  const key = queryKey(expected);
  const number = key.kind === 'number' ? key : undefined;
  return (value) => {
    if (typeof value === 'string') return value === expected;
    if (typeof value === 'boolean') return String(value) === expected;
    if (typeof value === 'bigint') return number?.exact === value;
    if (typeof value !== 'number' || number === undefined) return false;
    if (number.exact !== undefined && Number.isSafeInteger(value)) {
      return BigInt(value) === number.exact;
    }
    return number.value === value;
  };
}

function orderPredicate(key: OrderKey, accept: (sign: number) => boolean): ValuePredicate {
  return (value) => {
    if (!isScalar(value)) return false;
    const sign = compareToKey(value, key);
    return sign !== undefined && accept(sign);
  };
}

const ACCEPT: Record<'>' | '>=' | '<' | '<=', (sign: number) => boolean> = {
  '>': (s) => s > 0,
  '>=': (s) => s >= 0,
  '<': (s) => s < 0,
  '<=': (s) => s <= 0,
};

function rangePredicate(match: Extract<ValueMatch, { kind: 'range' }>): ValuePredicate {
  const checks: ValuePredicate[] = [];
  if (match.low !== undefined) {
    checks.push(
      orderPredicate(queryKey(match.low), match.lowInclusive ? ACCEPT['>='] : ACCEPT['>']),
    );
  }
  if (match.high !== undefined) {
    checks.push(
      orderPredicate(queryKey(match.high), match.highInclusive ? ACCEPT['<='] : ACCEPT['<']),
    );
  }
  return (value) => isScalar(value) && value !== null && checks.every((check) => check(value));
}

/**
 * A predicate over one attribute value (a scalar, or an object or array element for `exists`).
 * Numbers match exact values numerically (`@process.pid:4121`, also `4121.0`); wildcards match
 * the value's text; comparisons and ranges follow `order.ts`.
 */
export function compileValueMatch(match: ValueMatch): ValuePredicate {
  switch (match.kind) {
    case 'exists':
      return (value) => value !== null && value !== undefined;
    case 'exact':
      return exactPredicate(match.value);
    case 'wildcard': {
      const glob = compileGlob(match.pattern);
      return (value) => {
        if (!isScalar(value)) return false;
        const text = scalarText(value);
        return text !== undefined && glob(text);
      };
    }
    case 'compare':
      return orderPredicate(queryKey(match.value), ACCEPT[match.op]);
    case 'range':
      return rangePredicate(match);
  }
}

/** The white-space-separated words of `text`, when it has more than one. */
function wordsOf(text: string): string[] {
  return /\s/u.test(text) ? text.split(/\s+/u).filter((word) => word !== '') : [];
}

/**
 * A predicate over one text of the event for free-text search, ignoring case: a word or phrase
 * is found anywhere in the text (`curl` in `/usr/bin/curl`); a wildcard pattern must match the
 * whole text or one of its white-space-separated words, as Datadog documents (`web*`: a text or
 * word starting with `web`, `*web` one ending with it, `*web*` containing it).
 */
export function compileTextMatch(match: ValueMatch): TextPredicate {
  switch (match.kind) {
    case 'exact': {
      const needle = match.value.toLowerCase();
      return (text) => text.toLowerCase().includes(needle);
    }
    case 'wildcard': {
      const glob = compileGlob(match.pattern, { caseInsensitive: true });
      return (text) => glob(text) || wordsOf(text).some(glob);
    }
    default:
      return compileValueMatch(match);
  }
}
