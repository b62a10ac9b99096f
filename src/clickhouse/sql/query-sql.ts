/**
 * Search queries (Datadog log-search syntax, parsed by `query/parse.ts`) as ClickHouse boolean
 * expressions over the `events` table (`clickhouse/ddl/single.sql`), with the semantics of the
 * tab's reference evaluator (`query/evaluate.ts`): a term holds when some value of its field
 * passes the match, so a missing field fails every term and passes its negation, and `NOT`
 * over a multi-valued field means "no value passes".
 *
 * The SQL text is made of fixed fragments, column names and `{pN:Type}` placeholders only:
 * every user value goes through `ParamBag.bind`.
 */
import type { QueryNode, ValueMatch } from '../../query/ast';
import { parseQuery } from '../../query/parse';
import type { QueryErrorInfo } from '../../protocol/view';
import { fieldTermSql } from './field-sql';
import { globTextRegex } from './glob-regex';
import type { ParamBag } from './params';
import { TRUE, and, not, or } from './sql-logic';
import { valueMatchSql } from './value-sql';

/**
 * Free text (bare words): over `free_text`, the lowered strings of the tab's
 * `FREE_TEXT_FIELDS`. A word or phrase is found anywhere in a text, ignoring case; a wildcard
 * pattern matches a whole text or one of its words. Comparisons typed without a field compare
 * those lowered texts, where the tab compares them as written.
 */
function freeTextSql(match: ValueMatch, bag: ParamBag): string {
  switch (match.kind) {
    case 'exact':
      return `arrayExists(t -> position(t, ${bag.bind(match.value.toLowerCase(), 'String')}) > 0, free_text)`;
    case 'wildcard': {
      const regex = bag.bind(globTextRegex(match.pattern.toLowerCase()), 'String');
      return `arrayExists(t -> match(t, ${regex}), free_text)`;
    }
    default: {
      const test = valueMatchSql(match, { v: 't' }, bag);
      return test === TRUE ? 'notEmpty(free_text)' : `arrayExists(t -> ${test}, free_text)`;
    }
  }
}

/** A ClickHouse boolean expression over `events` for `node`. */
export function queryToSql(node: QueryNode, bag: ParamBag): string {
  switch (node.kind) {
    case 'all':
      return TRUE;
    case 'not':
      return not(queryToSql(node.child, bag));
    case 'and':
      return and(...node.children.map((child) => queryToSql(child, bag)));
    case 'or':
      return or(...node.children.map((child) => queryToSql(child, bag)));
    case 'term':
      return node.field === undefined
        ? freeTextSql(node.match, bag)
        : fieldTermSql(node.field, node.match, bag);
  }
}

export type CompiledQuery = { readonly sql: string } | { readonly errors: QueryErrorInfo[] };

/** Parses `query` with the tab's parser and compiles it; syntax errors as the tab reports them. */
export function parseAndCompile(query: string, bag: ParamBag): CompiledQuery {
  const parsed = parseQuery(query);
  if (!parsed.ok) return { errors: [parsed.error] };
  return { sql: queryToSql(parsed.ast, bag) };
}
