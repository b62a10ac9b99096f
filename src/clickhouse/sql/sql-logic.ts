/**
 * Boolean SQL text built from parts, with the constants `1` (true) and `0` (false) folded away
 * so that compiled predicates stay short. Every part is itself compiled SQL, never user text.
 */

export const TRUE = '1';
export const FALSE = '0';

export function and(...parts: readonly string[]): string {
  if (parts.includes(FALSE)) return FALSE;
  const kept = parts.filter((p) => p !== TRUE);
  if (kept.length === 0) return TRUE;
  return kept.length === 1 ? (kept[0] as string) : `(${kept.join(' AND ')})`;
}

export function or(...parts: readonly string[]): string {
  if (parts.includes(TRUE)) return TRUE;
  const kept = parts.filter((p) => p !== FALSE);
  if (kept.length === 0) return FALSE;
  return kept.length === 1 ? (kept[0] as string) : `(${kept.join(' OR ')})`;
}

export function not(part: string): string {
  if (part === TRUE) return FALSE;
  if (part === FALSE) return TRUE;
  return `(NOT (${part}))`;
}
