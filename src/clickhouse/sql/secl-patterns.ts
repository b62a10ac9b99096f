/**
 * SECL patterns as RE2 regular expressions for ClickHouse's `match()` (always bound as
 * parameters): string patterns (`~"…"`: only `*` is special, anchored), path globs of `.path`
 * fields (`secl/path-glob.ts`: `*` within a segment, `**` across segments), and SECL regexes
 * (`r"…"`, RE2 syntax already; JavaScript's `.` stops at line breaks, so `(?-s)` is added
 * unless the regex sets `s` itself). Regexes using what RE2 lacks (look-around, back
 * references) have no SQL form.
 */
import { globCore, globRegex } from './glob-regex';

/** The query-glob form of a SECL pattern: `?` and `\` are literal (`secl/pattern.ts`). */
function toGlob(pattern: string): string {
  return pattern.replace(/[?\\]/g, (c) => `\\${c}`);
}

/** An anchored regex for the string pattern `pattern` (lower-cased when `caseInsensitive`). */
export function patternRegex(pattern: string, caseInsensitive: boolean): string {
  return globRegex(toGlob(caseInsensitive ? pattern.toLowerCase() : pattern));
}

/** One segment: a plain SECL pattern whose `*` cannot leave the segment. */
function segmentRegex(part: string): string {
  return globCore(toGlob(part), '[^/]*', '.');
}

/**
 * A path glob with at least one `*` as an anchored regex, and whether it is relative (a
 * leading `*` segment: one leading `/` of the path is dropped before matching).
 */
export function pathGlobRegex(pattern: string): { regex: string; relative: boolean } {
  const parts = pattern.split('/');
  const last = parts.length - 1;
  let body = '';
  parts.forEach((part, i) => {
    if (part === '**' && i === last) body += i === 0 ? '.+' : '[^/]+(?:/.*)?';
    else if (part === '**') body += '(?:[^/]*/)*';
    else body += segmentRegex(part) + (i === last ? '' : '/');
  });
  return { regex: `(?s)^${body}$`, relative: parts[0] === '*' };
}

const UNSUPPORTED_REGEX = /\(\?[=!]|\(\?<[=!]|\\[1-9]|\\k</;

/** The regex for `match()`, or undefined when RE2 cannot run it as the tab does. */
export function seclRegex(source: string): string | undefined {
  if (UNSUPPORTED_REGEX.test(source)) return undefined;
  const lead = /^\(\?([imsU]+)\)/.exec(source);
  return lead?.[1]?.includes('s') === true ? source : `(?-s)${source}`;
}
