/**
 * SECL regular expressions (`r"…"`, Go RE2 syntax) as JavaScript RegExps, matched as an
 * unanchored search like the agent. Translates what differs: leading inline flags `(?i)`,
 * `(?P<name>…)`, `\A` / `\z`, `\Q…\E` and POSIX classes `[[:alpha:]]`. RE2 runs in linear
 * time; JavaScript backtracks, so a pathological regex in a rule can still be slow.
 */
import type { TextMatcher } from './pattern';

const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** `source` in JavaScript syntax, and the flags its leading `(?flags)` group asked for. */
export function translateRegex(source: string): { source: string; flags: string } {
  let flags = '';
  let body = source;
  const lead = /^\(\?([imsU]+)\)/.exec(body);
  if (lead !== null) {
    const wanted = lead[1] ?? '';
    for (const f of ['i', 'm', 's']) if (wanted.includes(f)) flags += f;
    body = body.slice(lead[0].length);
  }
  body = body
    .replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, literal: string) => escapeLiteral(literal))
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$')
    .replace(/\[:(\^?)([a-z]+):\]/g, (whole, negated: string, name: string) => {
      const chars = POSIX_CLASSES[name];
      if (chars === undefined || negated !== '') return whole;
      return chars;
    });
  return { source: body, flags };
}

/** A matcher searching `text` for the regex, or an error message when it does not compile. */
export function compileRegex(source: string): TextMatcher | string {
  const { source: js, flags } = translateRegex(source);
  try {
    const re = new RegExp(js, flags);
    return (text) => re.test(text);
  } catch (caught) {
    return caught instanceof Error ? caught.message : String(caught);
  }
}
