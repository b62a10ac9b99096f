/**
 * SECL string patterns (`~"…"`, `=~ "…"`): `*` matches any run of characters, everything else
 * is literal (`?`, `\` included), anchored at both ends. Built on the query glob matcher, which
 * has no backtracking blow-up.
 */
import { compileGlob } from '../query/glob';

export type TextMatcher = (text: string) => boolean;

/** The repository glob syntax for a SECL pattern: only `*` stays special. */
function toGlob(pattern: string): string {
  return pattern.replace(/[?\\]/g, (c) => `\\${c}`);
}

export function compilePattern(pattern: string, caseInsensitive = false): TextMatcher {
  if (!pattern.includes('*')) {
    if (!caseInsensitive) return (text) => text === pattern;
    const lower = pattern.toLowerCase();
    return (text) => text.toLowerCase() === lower;
  }
  return compileGlob(toGlob(pattern), { caseInsensitive });
}
