/**
 * Turns the field name typed before `:` into a field reference: `@`-paths into the body, the
 * envelope's reserved attributes (`host`, `service`, `source`, `status`), the tags' whole texts
 * (`tags`), tags by key (any other name without `@`), the explorer's derived fields
 * (`@validity`, `@id` / `id`, `@process.key`, `@process.subtree`) and any attribute (`*`).
 */
import type { FieldRef } from './ast';
import { QuerySyntaxError } from './query-error';
import type { FieldToken } from './tokens';

const ENVELOPE_FIELDS: ReadonlySet<string> = new Set(['host', 'service', 'source', 'status']);

/**
 * Names of derived fields, reached as `@name` (and `id` also without `@`): the event's validity
 * class, its id, and the process pivots (`process.key`: the event's process by identity key;
 * `process.subtree`: events of that process and of all processes below it).
 */
export const DERIVED_FIELDS: ReadonlySet<string> = new Set([
  'validity',
  'schema',
  'id',
  'process.key',
  'process.subtree',
]);

/** Prefix of envelope paths that name a tag key. */
export const TAG_PREFIX = 'tags.';

/** The envelope path of the tags' whole texts (`tags:value`). */
export const TAGS_PATH = 'tags';

/** Lucene's `_exists_:field` and `_missing_:field`, as typed (escaped, they name a tag). */
export const EXISTS = '_exists_';
export const MISSING = '_missing_';

/** The field of `*:value`: any of the attributes of `query/any-field.ts`. */
export const ANY_FIELD: FieldRef = { scope: 'any', path: '*', raw: '*' };

/**
 * The field named by `token`. `nameLength` is the length of the name as typed (the token's
 * span may also hold the colon), so that errors point at the name.
 */
export function fieldRefOf(token: FieldToken, nameLength = token.end - token.start - 1): FieldRef {
  const name = token.name;
  const length = token.end - token.start;
  if (name === '') {
    throw new QuerySyntaxError(token.start, length, 'expected a field name before ":"');
  }
  if (token.wild) {
    if (name === '*') return ANY_FIELD;
    throw new QuerySyntaxError(
      token.start,
      nameLength,
      `wildcards can't be used in a field name: "${name}" (*:value searches every attribute)`,
    );
  }
  if (!name.startsWith('@')) {
    if (name === 'id') return { scope: 'derived', path: 'id', raw: name };
    if (ENVELOPE_FIELDS.has(name) || name === TAGS_PATH) {
      return { scope: 'envelope', path: name, raw: name };
    }
    return { scope: 'envelope', path: TAG_PREFIX + name, raw: name };
  }
  const path = name.slice(1);
  if (path === '') {
    throw new QuerySyntaxError(token.start, length, 'expected an attribute path after "@"');
  }
  if (path.split('.').some((segment) => segment === '')) {
    throw new QuerySyntaxError(token.start, nameLength, `invalid attribute path "${name}"`);
  }
  if (DERIVED_FIELDS.has(path)) return { scope: 'derived', path, raw: name };
  return { scope: 'body', path, raw: name };
}

/** The field reference for a field name in query syntax (`@evt.name`, `host`), or undefined. */
export function fieldRefFromName(name: string): FieldRef | undefined {
  try {
    return fieldRefOf({ kind: 'field', name, wild: false, start: 0, end: name.length });
  } catch {
    return undefined;
  }
}
