/**
 * The syntax tree of a search query: boolean structure over terms, each term being a value match
 * on one field (or on the event's text as a whole, for free text). Also the field references the
 * parser produces and the small constructors that keep boolean nodes flat.
 */

/**
 * Where a field lives.
 * - `body`: a JSON path into the event body (`path` is the dotted path without `@`).
 * - `envelope`: `host`, `service`, `source`, `status`; `tags`, each tag's whole text (Datadog's
 *   `tags:value` for a tag without a key); or `tags.<key>` for any other name written without
 *   `@` (as in Datadog, `key:value` searches the tag `key:value`; `<key>` is taken whole, dots
 *   included).
 * - `derived`: computed by the explorer, not stored in the body: `validity`, `id`, and the
 *   process pivots `process.key` and `process.subtree` (see `query/process-identity.ts`).
 * - `any`: `*:value`, any of the attributes listed in `query/any-field.ts` (`path` is `*`).
 */
export interface FieldRef {
  readonly scope: 'body' | 'envelope' | 'derived' | 'any';
  readonly path: string;
  /** The field as typed, without the colon (`@process.pid`, `host`). */
  readonly raw: string;
}

/**
 * How a value is matched.
 * - `exact`: equality (attribute values are case-sensitive; `*:` ignores case); for free text,
 *   case-insensitive containment.
 * - `wildcard`: glob over the whole value; `*` any run, `?` one character, `\` makes the next
 *   character literal. For free text, case-insensitively over a whole text or one of its
 *   white-space-separated words (`web*`: a text or word starting with `web`).
 * - `exists`: the field has a value (`@path:*`). Never free text: a bare `*` is `all`.
 * - `compare` / `range`: numeric when both sides are numbers (or numeric strings), by time when
 *   both are RFC 3339 dates, otherwise by string order; open range ends are `undefined`.
 */
export type ValueMatch =
  | { kind: 'exact'; value: string }
  | { kind: 'wildcard'; pattern: string }
  | { kind: 'exists' }
  | { kind: 'compare'; op: '>' | '>=' | '<' | '<='; value: string }
  | {
      kind: 'range';
      low: string | undefined;
      high: string | undefined;
      lowInclusive: boolean;
      highInclusive: boolean;
    };

export type QueryNode =
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'term'; field: FieldRef | undefined; match: ValueMatch }
  /** Every event: the empty query, or a bare `*`. */
  | { kind: 'all' };

export type TermNode = Extract<QueryNode, { kind: 'term' }>;

/** An `and`/`or` node over `children`, merging nested nodes of the same kind; one child stands alone. */
export function combine(kind: 'and' | 'or', children: readonly QueryNode[]): QueryNode {
  const flat: QueryNode[] = [];
  for (const c of children) {
    if (c.kind === kind) flat.push(...c.children);
    else flat.push(c);
  }
  if (flat.length === 1 && flat[0] !== undefined) return flat[0];
  return { kind, children: flat };
}

/** `count` negations of `child`; pairs cancel out. */
export function negate(child: QueryNode, count = 1): QueryNode {
  return count % 2 === 1 ? { kind: 'not', child } : child;
}
