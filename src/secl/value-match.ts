/**
 * Equality and ordering of SECL values: strings (case-insensitively for DNS names), integers,
 * booleans, and IP addresses where a range on either side matches what it holds or what
 * holds it (the agent's `IPNetsMatch`). Values of
 * different types (untyped rule variables) compare by their text.
 */
import type { TextMatcher } from './pattern';
import { ipNetsMatch } from './ip';
import type { SeclValue } from './values';
import { displayValue, isIpValue } from './values';

export function valuesEqual(a: SeclValue, b: SeclValue, caseInsensitive: boolean): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
  }
  if (isIpValue(a) || isIpValue(b)) {
    if (!isIpValue(a) || !isIpValue(b)) return false;
    return ipNetsMatch(a, b);
  }
  if (typeof a === typeof b) return a === b;
  return String(displayValue(a)) === String(displayValue(b));
}

/** Sign of `a - b` for integers; `undefined` when either is not an integer. */
export function compareInts(a: SeclValue, b: SeclValue): number | undefined {
  if (typeof a !== 'bigint' || typeof b !== 'bigint') return undefined;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function matchesText(matcher: TextMatcher, value: SeclValue): boolean {
  return typeof value === 'string' && matcher(value);
}
