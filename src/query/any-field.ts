/**
 * What `*:value` searches: Datadog's full-text search across attributes, over what the index
 * answers at once — the attributes indexed at load time (`INDEXED_BODY_PATHS`), the envelope's
 * host, service, source and status, and the tags (each as its whole text and, for a
 * `key:value` tag, as its value). Strings compare ignoring case, as Datadog's full-text search
 * does; numbers numerically, as in an attribute search. Both evaluators read this definition.
 */
import type { ValueMatch } from './ast';
import { compileGlob } from './glob';
import { ENVELOPE_FIELDS, INDEXED_BODY_PATHS } from './indexed-fields';
import { compileValueMatch, isScalar, scalarText, type ValuePredicate } from './match-value';

/** The fields `*:` looks in besides the tags, in query syntax. */
export const ANY_VALUE_FIELDS: readonly string[] = [
  ...INDEXED_BODY_PATHS.map((path) => `@${path}`),
  ...ENVELOPE_FIELDS,
];

/** The texts a tag is matched as by `*:`: the tag itself and, for `key:value`, the value. */
export function tagTexts(tag: string): string[] {
  const colon = tag.indexOf(':');
  return colon < 0 ? [tag] : [tag, tag.slice(colon + 1)];
}

/** A predicate over one value of one of those fields, for the value of a `*:` term. */
export function compileAnyValueMatch(match: ValueMatch): ValuePredicate {
  switch (match.kind) {
    case 'exact': {
      const lowered = match.value.toLowerCase();
      const nonString = compileValueMatch(match);
      return (value) =>
        typeof value === 'string' ? value.toLowerCase() === lowered : nonString(value);
    }
    case 'wildcard': {
      const glob = compileGlob(match.pattern, { caseInsensitive: true });
      return (value) => {
        if (!isScalar(value)) return false;
        const text = scalarText(value);
        return text !== undefined && glob(text);
      };
    }
    default:
      // `exists`; the parser refuses comparisons and ranges after `*:`.
      return compileValueMatch(match);
  }
}
