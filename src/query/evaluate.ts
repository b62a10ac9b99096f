/**
 * The reference evaluator: decides whether one parsed event matches a query, straight from the
 * event body and envelope. The column index compiles the same semantics into faster predicates;
 * this is the definition they are checked against. Queries are compiled once per AST (cached).
 */
import type { FieldRef, QueryNode } from './ast';
import { ANY_VALUE_FIELDS, compileAnyValueMatch, tagTexts } from './any-field';
import { TAG_PREFIX, fieldRefFromName } from './field-ref';
import { FREE_TEXT_FIELDS } from './indexed-fields';
import { compileTextMatch, compileValueMatch } from './match-value';
import { eventHost, processIdentityKey, reportedLineageKeys } from './process-identity';
import { collectStrings, compilePath } from './resolve-path';

export interface EventView {
  readonly body: unknown;
  readonly envelope?: {
    host?: string;
    service?: string;
    source?: string;
    status?: string;
    message?: string;
    tags?: readonly string[];
    id?: string;
  };
  readonly validity: 'valid' | 'drift' | 'invalid';
  /** The schema the event was validated against (`linux-7.71`). */
  readonly schema?: string;
  readonly id: string;
  /**
   * Identity keys of the event's process and of all its ancestors, as the data set's process
   * forest links them (`@process.subtree` matches when one of them does). Without it, the
   * lineage the event itself reports is used; the forest can know more (a re-exec'd process
   * hangs under the image it replaced, an event without ancestors under its parent seen in
   * other events).
   */
  readonly processLineage?: readonly string[];
}

export type EventPredicate = (event: EventView) => boolean;

type ValuesOf = (event: EventView) => unknown[];

/** Values of `key:` tags (`key:value`; the value is everything after the first colon). */
function tagValues(key: string): ValuesOf {
  const prefix = `${key}:`;
  return (event) =>
    (event.envelope?.tags ?? [])
      .filter((t) => t.startsWith(prefix))
      .map((t) => t.slice(prefix.length));
}

/** The envelope field at `path`; `tags` yields each tag's whole text. */
function envelopeValues(path: string): ValuesOf {
  if (path.startsWith(TAG_PREFIX)) return tagValues(path.slice(TAG_PREFIX.length));
  const name = path as keyof NonNullable<EventView['envelope']>;
  return (event) => {
    const value = event.envelope?.[name];
    return value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
  };
}

/** A field's values in an event (several when arrays are walked, none when it is missing). */
export function fieldValues(field: FieldRef): ValuesOf {
  switch (field.scope) {
    case 'body': {
      const resolve = compilePath(field.path);
      return (event) => resolve(event.body);
    }
    case 'envelope':
      return envelopeValues(field.path);
    case 'derived':
      return derivedValues(field.path);
    case 'any':
      return anyValues();
  }
}

/** The values `*:` looks at (`query/any-field.ts`). */
function anyValues(): ValuesOf {
  const fields = ANY_VALUE_FIELDS.flatMap((name) => {
    const field = fieldRefFromName(name);
    return field === undefined ? [] : [fieldValues(field)];
  });
  return (event) => [
    ...fields.flatMap((values) => values(event)),
    ...(event.envelope?.tags ?? []).flatMap(tagTexts),
  ];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function derivedValues(path: string): ValuesOf {
  switch (path) {
    case 'validity':
      return (event) => [event.validity];
    case 'schema':
      return (event) => (event.schema === undefined ? [] : [event.schema]);
    case 'process.key':
      return (event) => {
        if (!isRecord(event.body)) return [];
        const host = eventHost(event.body, event.envelope?.host);
        const key = processIdentityKey(host, event.body['process']);
        return key === undefined ? [] : [key];
      };
    case 'process.subtree':
      return (event) => {
        if (event.processLineage !== undefined) return [...event.processLineage];
        if (!isRecord(event.body)) return [];
        return reportedLineageKeys(event.body, eventHost(event.body, event.envelope?.host));
      };
    default:
      return (event) => [event.id];
  }
}

const textCache = new WeakMap<EventView, readonly string[]>();

const freeTextValues: readonly ValuesOf[] = FREE_TEXT_FIELDS.flatMap((name) => {
  const field = fieldRefFromName(name);
  return field === undefined ? [] : [fieldValues(field)];
});

/** The texts free-text search looks in: the strings of the `FREE_TEXT_FIELDS`. */
export function eventTexts(event: EventView): readonly string[] {
  const cached = textCache.get(event);
  if (cached !== undefined) return cached;
  const texts: string[] = [];
  for (const values of freeTextValues) collectStrings(values(event), texts);
  textCache.set(event, texts);
  return texts;
}

function compileNode(node: QueryNode): EventPredicate {
  switch (node.kind) {
    case 'all':
      return () => true;
    case 'not': {
      const child = compileNode(node.child);
      return (event) => !child(event);
    }
    case 'and': {
      const children = node.children.map(compileNode);
      return (event) => children.every((c) => c(event));
    }
    case 'or': {
      const children = node.children.map(compileNode);
      return (event) => children.some((c) => c(event));
    }
    case 'term': {
      if (node.field === undefined) {
        const test = compileTextMatch(node.match);
        return (event) => eventTexts(event).some(test);
      }
      const values = fieldValues(node.field);
      const test =
        node.field.scope === 'any'
          ? compileAnyValueMatch(node.match)
          : compileValueMatch(node.match);
      return (event) => values(event).some(test);
    }
  }
}

const compiled = new WeakMap<QueryNode, EventPredicate>();

/** A predicate for `ast`, compiled once and reused. */
export function compileQuery(ast: QueryNode): EventPredicate {
  let predicate = compiled.get(ast);
  if (predicate === undefined) {
    predicate = compileNode(ast);
    compiled.set(ast, predicate);
  }
  return predicate;
}

export function matchesEvent(ast: QueryNode, event: EventView): boolean {
  return compileQuery(ast)(event);
}

/** Every field a query touches, once each (by scope and path), in order of appearance. */
export function fieldsOf(ast: QueryNode): FieldRef[] {
  const out = new Map<string, FieldRef>();
  const stack: QueryNode[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.kind === 'term' && node.field !== undefined) {
      const key = `${node.field.scope}\u0000${node.field.path}`;
      if (!out.has(key)) out.set(key, node.field);
    } else if (node.kind === 'not') {
      stack.push(node.child);
    } else if (node.kind === 'and' || node.kind === 'or') {
      stack.push(...node.children.toReversed());
    }
  }
  return [...out.values()];
}
