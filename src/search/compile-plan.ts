/**
 * Compiles a query tree into a plan over the index's columns: a function that marks, for a
 * block of rows, which ones match. Each term becomes a lookup through a `CodeTable` (the
 * value predicate decided once per distinct value), so a term costs one array read per row
 * whatever the predicate. Boolean nodes combine the blocks of their children.
 *
 * Semantics are those of the reference evaluator (`query/evaluate.ts`), which the tests hold
 * this to. Fields must be in the index before compiling (`missingFields` says which are not).
 */
import type { FieldRef, QueryNode, ValueMatch } from '../query/ast';
import { ANY_VALUE_FIELDS, compileAnyValueMatch, tagTexts } from '../query/any-field';
import { TAG_PREFIX, fieldRefFromName } from '../query/field-ref';
import { FREE_TEXT_FIELDS } from '../query/indexed-fields';
import { compileTextMatch, compileValueMatch } from '../query/match-value';
import { collectStrings } from '../query/resolve-path';
import { SCHEMA_IDS } from '../index/event-index';
import type { FieldColumns } from '../index/field-columns';
import type { ProcessForest } from '../index/process-forest';
import { TAGS_COLUMN } from '../index/field-columns';
import { valuesOf, type ColumnValue, type ValueColumn } from '../index/value-column';
import { VALIDITY_CLASSES } from '../protocol/messages';
import { CodeTable } from './code-table';
import { loweredTexts } from './lowered-texts';
import { processKeyPlan, processSubtreePlan } from './process-plans';

/** Rows a plan evaluates at once; `to - from` never exceeds it. */
export const BLOCK_ROWS = 32_768;

/** Marks `out[i - from]` = 1 for the matching rows of `[from, to)`, 0 for the others. */
export type Plan = (from: number, to: number, out: Uint8Array) => void;

export interface PlanData {
  readonly fields: FieldColumns;
  /** Read at evaluation time: the array is replaced as the index grows. */
  validity(): Uint8Array;
  /** Per key, the position in `SCHEMA_IDS` of the event's schema. */
  schema(): Uint8Array;
  eventId(key: number): string;
  /** The process forest, for `@process.key` and `@process.subtree`. */
  readonly forest: ProcessForest;
}

/**
 * The name of the index column holding a field (`@evt.name`, `host`, `tags` for tags by key
 * and for their whole texts); none for derived fields and for `*:`, which reads many columns.
 */
export function columnName(field: FieldRef): string | undefined {
  if (field.scope === 'body') return `@${field.path}`;
  if (field.scope === 'envelope') {
    return field.path.startsWith(TAG_PREFIX) ? TAGS_COLUMN : field.path;
  }
  return undefined;
}

function lookupPlan(column: ValueColumn, decide: (value: ColumnValue) => boolean): Plan {
  const table = new CodeTable(column, decide);
  return (from, to, out) => {
    const t = table.current();
    if (table.matches === 0) {
      out.fill(0, 0, to - from);
      return;
    }
    column.mapRange(from, to, t, out);
  };
}

function tagDecider(key: string, test: (value: unknown) => boolean) {
  const prefix = `${key}:`;
  return (value: ColumnValue) =>
    valuesOf(value).some(
      (tag) => typeof tag === 'string' && tag.startsWith(prefix) && test(tag.slice(prefix.length)),
    );
}

function termPlan(node: Extract<QueryNode, { kind: 'term' }>, data: PlanData): Plan {
  if (node.field === undefined) return freeTextPlan(node.match, data);
  const field = node.field;
  if (field.scope === 'any') return anyFieldPlan(node.match, data);
  const test = compileValueMatch(node.match);
  if (field.scope === 'derived') {
    if (field.path === 'validity') {
      const accepted = Uint8Array.from(VALIDITY_CLASSES, (v) => (test(v) ? 1 : 0));
      return (from, to, out) => {
        const validity = data.validity();
        for (let i = from; i < to; i++) out[i - from] = accepted[validity[i] as number] as number;
      };
    }
    if (field.path === 'schema') {
      const accepted = Uint8Array.from(SCHEMA_IDS, (id) => (test(id) ? 1 : 0));
      return (from, to, out) => {
        const schema = data.schema();
        for (let i = from; i < to; i++) out[i - from] = accepted[schema[i] as number] as number;
      };
    }
    if (field.path === 'process.key') return processKeyPlan(data.forest, test);
    if (field.path === 'process.subtree') return processSubtreePlan(data.forest, test);
    return (from, to, out) => {
      for (let i = from; i < to; i++) out[i - from] = test(data.eventId(i)) ? 1 : 0;
    };
  }
  const name = columnName(field);
  const column = name === undefined ? undefined : data.fields.get(name);
  if (column === undefined) throw new Error(`the index holds no column for ${field.raw}`);
  if (field.scope === 'envelope' && field.path.startsWith(TAG_PREFIX)) {
    return lookupPlan(column, tagDecider(field.path.slice(TAG_PREFIX.length), test));
  }
  return lookupPlan(column, (value) => valuesOf(value).some(test));
}

/** `*:value`: any value of the fields of `query/any-field.ts` matches, tags by their texts. */
function anyFieldPlan(match: ValueMatch, data: PlanData): Plan {
  const test = compileAnyValueMatch(match);
  const plans = ANY_VALUE_FIELDS.flatMap((name) => {
    const ref = fieldRefFromName(name);
    const column = ref === undefined ? undefined : data.fields.get(columnName(ref) ?? '');
    return column === undefined ? [] : [lookupPlan(column, (value) => valuesOf(value).some(test))];
  });
  const tags = data.fields.get(TAGS_COLUMN);
  if (tags !== undefined) {
    const tagMatches = (tag: unknown) => typeof tag === 'string' && tagTexts(tag).some(test);
    plans.push(lookupPlan(tags, (value) => valuesOf(value).some(tagMatches)));
  }
  return combinePlans('or', plans);
}

/**
 * Free text: any string of any free-text field matches. Only the fields where some value
 * matches are read row by row (a word is usually in one or two of them).
 */
function freeTextPlan(match: ValueMatch, data: PlanData): Plan {
  const test = compileTextMatch(match);
  // A plain word is looked for in each value's lowercased strings, prepared once per column.
  const word =
    match.kind === 'exact' && !match.value.includes('\u0000')
      ? match.value.toLowerCase()
      : undefined;
  const tables = FREE_TEXT_FIELDS.flatMap((name) => {
    const ref = fieldRefFromName(name);
    const column = ref === undefined ? undefined : data.fields.get(columnName(ref) ?? '');
    if (column === undefined) return [];
    const decide =
      word === undefined
        ? (value: ColumnValue) => collectStrings(valuesOf(value)).some(test)
        : (_value: ColumnValue, code: number) =>
            (loweredTexts(column)[code] as string).includes(word);
    return [{ column, table: new CodeTable(column, decide) }];
  });
  return (from, to, out) => {
    out.fill(0, 0, to - from);
    for (const { column, table } of tables) {
      const t = table.current();
      if (table.matches === 0) continue;
      column.orRange(from, to, t, out);
    }
  };
}

const allPlan: Plan = (from, to, out) => out.fill(1, 0, to - from);
const nonePlan: Plan = (from, to, out) => out.fill(0, 0, to - from);

/** Children combined row by row with `&` (and) or `|` (or). */
function combinePlans(kind: 'and' | 'or', children: readonly Plan[]): Plan {
  const scratch = new Uint8Array(BLOCK_ROWS);
  const [first, ...rest] = children;
  if (first === undefined) return kind === 'and' ? allPlan : nonePlan;
  const isAnd = kind === 'and';
  return (from, to, out) => {
    first(from, to, out);
    const n = to - from;
    for (const child of rest) {
      child(from, to, scratch);
      if (isAnd) for (let i = 0; i < n; i++) out[i] = (out[i] as number) & (scratch[i] as number);
      else for (let i = 0; i < n; i++) out[i] = (out[i] as number) | (scratch[i] as number);
    }
  };
}

export function compilePlan(node: QueryNode, data: PlanData): Plan {
  switch (node.kind) {
    case 'all':
      return allPlan;
    case 'term':
      return termPlan(node, data);
    case 'and':
      return combinePlans(
        'and',
        node.children.map((c) => compilePlan(c, data)),
      );
    case 'or':
      return combinePlans(
        'or',
        node.children.map((c) => compilePlan(c, data)),
      );
    case 'not': {
      const child = compilePlan(node.child, data);
      return (from, to, out) => {
        child(from, to, out);
        const n = to - from;
        for (let i = 0; i < n; i++) out[i] = 1 - (out[i] as number);
      };
    }
  }
}

/** One byte per row of `[0, count)`: 1 where the plan matches. */
export function matchBitmap(plan: Plan, count: number): Uint8Array {
  const bitmap = new Uint8Array(count);
  for (let from = 0; from < count; from += BLOCK_ROWS) {
    const to = Math.min(count, from + BLOCK_ROWS);
    plan(from, to, bitmap.subarray(from, to));
  }
  return bitmap;
}
