/**
 * What the ClickHouse source needs from the compilers of `src/clickhouse/sql/`: a query's
 * WHERE condition, a field's value texts per event, and a SECL rule's condition, all as SQL
 * with bound parameters. The engine takes it as a dependency (tests pass their own).
 */
import type { QueryErrorInfo } from '../../protocol/messages';
import type { ParamBag } from '../sql/params';
import { fieldTextSql, fieldValuesSql } from '../sql/field-sql';
import { parseAndCompile } from '../sql/query-sql';
import { seclToSql } from '../sql/secl-sql';

type Compiled = { sql: string } | { errors: readonly QueryErrorInfo[] };

export interface SqlCompiler {
  /** The condition of `query` over `events` (an empty query: every event), or its errors. */
  query(query: string, bag: ParamBag): Compiled;
  /** An Array(String) expression: the distinct texts of `field`'s values in each event. */
  fieldValues(field: string, bag: ParamBag): string;
  /** A String expression: `field`'s cell text in a row (every value, repeats kept). */
  fieldText(field: string, bag: ParamBag): string;
  /**
   * The condition selecting the events `rule` matches (the tab's "true"; events it cannot
   * decide are left out), or its errors: a part with no SQL form is named as one.
   */
  rule(rule: string, bag: ParamBag): Compiled;
}

function ruleSql(rule: string, bag: ParamBag): Compiled {
  const compiled = seclToSql(rule, bag);
  if (!('unsupported' in compiled)) return compiled;
  return {
    errors: compiled.unsupported.map((part) => ({
      position: part.position,
      length: part.length,
      message: `cannot run on a ClickHouse source: ${part.part} (${part.reason})`,
    })),
  };
}

export const SQL_COMPILER: SqlCompiler = {
  query: parseAndCompile,
  fieldValues: fieldValuesSql,
  fieldText: fieldTextSql,
  rule: ruleSql,
};
