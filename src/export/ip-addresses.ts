/**
 * IP addresses inside free text: every IPv4 dotted quad and every valid IPv6 address
 * (compressed forms, an IPv4 tail, a `%zone` left outside) is found and replaced. A match must
 * stand on its own: a dotted quad inside a longer run of dotted numbers (`1.2.3.4.5`, a
 * version) or an IPv6-looking run glued to a word (`std::string`, `x2001:db8::1`) is not an
 * address. A bare `::` holds no address and is left alone.
 */

const OCTET = '(?:25[0-5]|2[0-4]\\d|[01]?\\d?\\d)';
/** Not preceded by a digit or `digit.`, not followed by a digit or `.digit`. */
const IPV4_IN_TEXT = new RegExp(`(?<!\\d|\\d\\.)(?:${OCTET}\\.){3}${OCTET}(?!\\d|\\.\\d)`, 'g');
const IPV4_EXACT = new RegExp(`^(?:${OCTET}\\.){3}${OCTET}$`);
/**
 * Maximal runs of hex digits, colons and dots; those holding a colon are IPv6 candidates.
 * (A pattern requiring the colon would backtrack quadratically over long hex runs.)
 */
const RUN = /[0-9A-Fa-f:.]+/g;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
const WORD_CHAR = /[0-9A-Za-z_]/;

export function isIpv4(text: string): boolean {
  return IPV4_EXACT.test(text);
}

export function isIpv6(text: string): boolean {
  if (!/[0-9A-Fa-f]/.test(text)) return false;
  let head = text;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIpv4(tail)) return false;
    head = `${text.slice(0, lastColon + 1)}0:0`; // the dotted quad stands for two groups
  }
  const double = head.indexOf('::');
  if (double < 0) {
    const groups = head.split(':');
    return groups.length === 8 && groups.every((g) => HEX_GROUP.test(g));
  }
  if (head.indexOf('::', double + 1) >= 0) return false;
  const side = (s: string) => (s === '' ? [] : s.split(':'));
  const left = side(head.slice(0, double));
  const right = side(head.slice(double + 2));
  return (
    left.length + right.length <= 7 &&
    left.every((g) => HEX_GROUP.test(g)) &&
    right.every((g) => HEX_GROUP.test(g))
  );
}

export function isIpAddress(text: string): boolean {
  return isIpv4(text) || isIpv6(text);
}

/** `a:b:c:d:e:f:255.255.255.255` is the longest text form. */
const MAX_IPV6_LENGTH = 45;
const SEPARATOR = /[.:]/;

/**
 * The IPv6 addresses inside one candidate run replaced, left to right, longest first. An
 * address starts at the run's start or after a `.`/`:` and ends at the run's end or before
 * one; a run edge glued to a word (`std::string`) does not count as an edge.
 */
function replaceInRun(
  run: string,
  gluedBefore: boolean,
  gluedAfter: boolean,
  replacement: string,
): { text: string; count: number } {
  let out = '';
  let copied = 0;
  let count = 0;
  for (let start = 0; start < run.length;) {
    // The end of an address just replaced is an edge too (`::0::0:0:0.0.0.0` holds two).
    const canStart =
      start === 0 ? !gluedBefore : start === copied || SEPARATOR.test(run.charAt(start - 1));
    let end = -1;
    for (let e = Math.min(run.length, start + MAX_IPV6_LENGTH); canStart && e > start + 1; e--) {
      const canEnd = e === run.length ? !gluedAfter : SEPARATOR.test(run.charAt(e));
      if (canEnd && isIpv6(run.slice(start, e))) end = e;
      if (end >= 0) break;
    }
    if (end < 0) {
      start++;
      continue;
    }
    out += run.slice(copied, start) + replacement;
    count++;
    copied = start = end;
  }
  return { text: out + run.slice(copied), count };
}

/**
 * `text` with each address replaced by `replacement`, and how many were. The replacement
 * should hold a character other than hex digits, `:` and `.`, or addresses could form across
 * it; then the result holds no address at all.
 */
export function replaceIpAddresses(
  text: string,
  replacement: string,
): { text: string; count: number } {
  let count = 0;
  const v6 = text.includes(':')
    ? text.replace(RUN, (run: string, at: number) => {
        if (!run.includes(':')) return run;
        const before = WORD_CHAR.test(text.charAt(at - 1));
        const after = WORD_CHAR.test(text.charAt(at + run.length));
        const found = replaceInRun(run, before, after, replacement);
        count += found.count;
        return found.text;
      })
    : text;
  const v4 = v6.replace(IPV4_IN_TEXT, () => {
    count++;
    return replacement;
  });
  return { text: v4, count };
}

export function containsIpAddress(text: string): boolean {
  return replaceIpAddresses(text, '').count > 0;
}
