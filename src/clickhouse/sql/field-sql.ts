/**
 * Where a query field's values live in the events table, and a term over them as SQL:
 *
 * - body paths: the `(attr_paths, attr_values, attr_kinds)` leaf arrays (`path = {p}`);
 * - envelope `host` / `service` / `source` / `status`: `env_*` columns ('' is absent);
 * - `tags` (each tag's whole text) and `tags.<key>` (the text after `<key>:`);
 * - derived fields: `validity`, `schema` ('' is none), `event_id`, `process_key` ('' is none)
 *   and `lineage` for `@process.subtree` (the chain the event reports, see below);
 * - `*:`: the indexed body paths, the envelope fields and the tags (`query/any-field.ts`).
 *
 * Body paths differ from the tab's `compilePath` only for bodies holding both a dotted key and
 * the nested path it spells (`{"a.b": 1, "a": {"b": 2}}`), where the tab takes the longest key;
 * and `@path:*` on an empty object, which has no leaf to tell it exists.
 *
 * `@process.subtree` uses the lineage the event itself reports ([process, parent, ancestors…]);
 * the tab's process forest can place an event deeper (a re-exec'd image under the one it
 * replaced, an event without ancestors under a parent seen in other events), so the tab may
 * find more events in a subtree than this.
 */
import { leafArraysOf } from './leaf-arrays';
import type { FieldRef, ValueMatch } from '../../query/ast';
import { ANY_VALUE_FIELDS } from '../../query/any-field';
import { TAG_PREFIX, fieldRefFromName } from '../../query/field-ref';
import type { ParamBag } from './params';
import { COLON, EMPTY, SPACE_TEXT } from './sql-constants';
import { TRUE, and, or } from './sql-logic';
import { valueMatchSql, type MatchMode, type ValueExpr } from './value-sql';

const ENVELOPE_COLUMNS: Readonly<Record<string, string>> = {
  host: 'env_host',
  service: 'env_service',
  source: 'env_source',
  status: 'env_status',
};

/** Derived fields held in one String column, and whether '' there means "none". */
const DERIVED_COLUMNS: Readonly<Record<string, { column: string; optional: boolean }>> = {
  validity: { column: 'validity', optional: false },
  schema: { column: 'schema', optional: true },
  id: { column: 'event_id', optional: false },
  'process.key': { column: 'process_key', optional: true },
};

type Predicate = (value: ValueExpr) => string;

function bodyTerm(path: string, match: ValueMatch, bag: ParamBag, mode: MatchMode): string {
  const p = bag.bind(path, 'String');
  if (match.kind === 'exists') {
    // An object at the path exists too: any leaf below it (even null) tells so.
    const below = bag.bind(`${path}.`, 'String');
    return `arrayExists((p, k) -> (p = ${p} AND k != 3) OR startsWith(p, ${below}), attr_paths, attr_kinds)`;
  }
  const test = valueMatchSql(match, { v: 'v', k: 'k' }, bag, mode);
  const leaves = leafArraysOf(path);
  return `arrayExists((p, v, k) -> p = ${p} AND ${test}, ${leaves.paths}, ${leaves.values}, ${leaves.kinds})`;
}

function optionalColumn(column: string, test: Predicate): string {
  return and(`${column} != ${EMPTY}`, test({ v: column }));
}

function tagTerm(key: string, test: Predicate, bag: ParamBag): string {
  const prefix = bag.bind(`${key}:`, 'String');
  const rest = test({ v: `substring(t, length(${prefix}) + 1)` });
  return `arrayExists(t -> startsWith(t, ${prefix}) AND ${rest}, tags)`;
}

function arrayTerm(column: string, test: Predicate): string {
  const inner = test({ v: 't' });
  return inner === TRUE ? `notEmpty(${column})` : `arrayExists(t -> ${inner}, ${column})`;
}

function envelopeTerm(path: string, test: Predicate, bag: ParamBag): string {
  if (path.startsWith(TAG_PREFIX)) return tagTerm(path.slice(TAG_PREFIX.length), test, bag);
  if (path === 'tags') return arrayTerm('tags', test);
  const column = ENVELOPE_COLUMNS[path];
  if (column === undefined) throw new Error(`unknown envelope field ${path}`);
  return optionalColumn(column, test);
}

function derivedTerm(path: string, test: Predicate): string {
  if (path === 'process.subtree') return arrayTerm('lineage', test);
  const derived = DERIVED_COLUMNS[path];
  if (derived === undefined) throw new Error(`unknown derived field ${path}`);
  return derived.optional ? optionalColumn(derived.column, test) : test({ v: derived.column });
}

/** `*:` — any indexed body path, envelope field or tag text, strings ignoring case. */
function anyTerm(match: ValueMatch, bag: ParamBag): string {
  const parts: string[] = [];
  const bodyPaths: string[] = [];
  for (const name of ANY_VALUE_FIELDS) {
    const field = fieldRefFromName(name);
    if (field?.scope === 'body') bodyPaths.push(field.path);
    else if (field?.scope === 'envelope') {
      parts.push(envelopeTerm(field.path, (value) => valueMatchSql(match, value, bag, 'any'), bag));
    }
  }
  const paths = bag.bind(bodyPaths, 'Array(String)');
  const test = valueMatchSql(match, { v: 'v', k: 'k' }, bag, 'any');
  parts.unshift(
    `arrayExists((p, v, k) -> has(${paths}, p) AND ${test}, attr_paths, attr_values, attr_kinds)`,
  );
  // A tag is matched as its whole text and, for `key:value`, as its value.
  const whole = valueMatchSql(match, { v: 't' }, bag, 'any');
  const value = valueMatchSql(match, { v: `substring(t, position(t, ${COLON}) + 1)` }, bag, 'any');
  parts.push(`arrayExists(t -> ${or(whole, and(`position(t, ${COLON}) > 0`, value))}, tags)`);
  return or(...parts);
}

/** A SQL predicate: some value of `field` passes `match` (`query/evaluate.ts` semantics). */
export function fieldTermSql(field: FieldRef, match: ValueMatch, bag: ParamBag): string {
  const test: Predicate = (value) => valueMatchSql(match, value, bag);
  switch (field.scope) {
    case 'body':
      return bodyTerm(field.path, match, bag, 'attribute');
    case 'envelope':
      return envelopeTerm(field.path, test, bag);
    case 'derived':
      return derivedTerm(field.path, test);
    case 'any':
      return anyTerm(match, bag);
  }
}

/**
 * An `Array(String)` expression of the distinct value texts of `field` (query syntax:
 * `@evt.name`, `host`, `@validity`) per event, as the tab's facets show them
 * (`search/facets.ts`: numbers as JSON writes them, booleans `true`/`false`, nulls left out);
 * an empty array is the facet's "missing". For facets: `arrayJoin(<expr>)`. Objects at the
 * path are not listed (the table keeps leaves only), where the tab shows their JSON text.
 */
export function fieldValuesSql(field: string, bag: ParamBag): string {
  const ref = fieldRefFromName(field);
  if (ref === undefined) throw new Error(`not a field: ${field}`);
  switch (ref.scope) {
    case 'body': {
      const p = bag.bind(ref.path, 'String');
      const leaves = leafArraysOf(ref.path);
      return `arrayDistinct(arrayFilter((v, p, k) -> p = ${p} AND k != 3, ${leaves.values}, ${leaves.paths}, ${leaves.kinds}))`;
    }
    case 'envelope': {
      if (ref.path.startsWith(TAG_PREFIX)) {
        const prefix = bag.bind(`${ref.path.slice(TAG_PREFIX.length)}:`, 'String');
        return `arrayDistinct(arrayMap(t -> substring(t, length(${prefix}) + 1), arrayFilter(t -> startsWith(t, ${prefix}), tags)))`;
      }
      if (ref.path === 'tags') return 'arrayDistinct(tags)';
      const column = ENVELOPE_COLUMNS[ref.path] ?? '';
      return `if(${column} = ${EMPTY}, [], [toString(${column})])`;
    }
    case 'derived': {
      if (ref.path === 'process.subtree') return 'arrayDistinct(lineage)';
      const derived = DERIVED_COLUMNS[ref.path];
      if (derived === undefined) throw new Error(`unknown derived field ${ref.path}`);
      const column = derived.column;
      return derived.optional
        ? `if(${column} = ${EMPTY}, [], [toString(${column})])`
        : `[toString(${column})]`;
    }
    case 'any':
      throw new Error('*: is not a field with values of its own');
  }
}

/**
 * The text of `field`'s cell in a row (a table column, a CSV column): for a body path every
 * value in document order, repeats kept, joined with spaces, as the tab's cell holds them
 * (`fieldValuesSql` lists each value once, as facets count them); any other field its values
 * joined the same way.
 */
export function fieldTextSql(field: string, bag: ParamBag): string {
  const ref = fieldRefFromName(field);
  if (ref?.scope !== 'body')
    return `arrayStringConcat(${fieldValuesSql(field, bag)}, ${SPACE_TEXT})`;
  const p = bag.bind(ref.path, 'String');
  const leaves = leafArraysOf(ref.path);
  return `arrayStringConcat(arrayFilter((v, p, k) -> p = ${p} AND k != 3, ${leaves.values}, ${leaves.paths}, ${leaves.kinds}), ${SPACE_TEXT})`;
}
