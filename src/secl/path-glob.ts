/**
 * Path globs, the pattern semantics of `*.path` fields: segments split on `/`; `*` stays within
 * a segment; `**` spans segments (at least one at the end, as the agent; zero or more elsewhere,
 * which the agent rejects but policies use); a leading `*` is the first segment of an absolute
 * path; a lone `**` matches any path. O(pattern × path) segments.
 */
import type { TextMatcher } from './pattern';
import { compilePattern } from './pattern';

const ANY_SEGMENTS = Symbol('**');
type Element = TextMatcher | typeof ANY_SEGMENTS;

function matchSegments(elements: readonly Element[], segments: readonly string[]): boolean {
  const n = elements.length;
  const m = segments.length;
  // reach[j]: elements[0..i) can consume exactly segments[0..j).
  let reach = new Array<boolean>(m + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < n; i++) {
    const element = elements[i] as Element;
    const next = new Array<boolean>(m + 1).fill(false);
    const last = i === n - 1;
    if (element === ANY_SEGMENTS) {
      // Zero or more segments; at the end of the pattern, at least one non-empty segment.
      let open = false;
      for (let j = 0; j <= m; j++) {
        if (last) {
          if (open) next[j] = true;
          if (reach[j] === true && j < m && segments[j] !== '') open = true;
        } else {
          if (reach[j] === true) open = true;
          if (open) next[j] = true;
        }
      }
    } else {
      for (let j = 0; j < m; j++) {
        if (reach[j] === true && element(segments[j] as string)) next[j + 1] = true;
      }
    }
    reach = next;
  }
  return reach[m] === true;
}

/** A matcher for `pattern` over paths. */
export function compilePathGlob(pattern: string): TextMatcher {
  if (!pattern.includes('*')) return (path) => path === pattern;
  // The agent's `Glob.matches` (pkg/security/secl/compiler/eval/glob.go) takes a lone `**` as
  // matching every non-empty path, absolute or not.
  if (pattern === '**') return (path) => path !== '';
  const parts = pattern.split('/');
  const relative = parts[0] === '*';
  const elements: Element[] = parts.map((part) =>
    part === '**' ? ANY_SEGMENTS : compilePattern(part),
  );
  return (path) => {
    if (path === '') return false;
    const text = relative && path.startsWith('/') ? path.slice(1) : path;
    const segments = text.split('/');
    return matchSegments(elements, segments);
  };
}
