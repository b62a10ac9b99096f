/**
 * What the ClickHouse source needs from the search-syntax compiler: a query's WHERE condition
 * and a field's value texts per event, both as SQL with bound parameters. The engine takes it
 * as a dependency, so that the compiler of `src/clickhouse/sql/` plugs in unchanged.
 */
import type { QueryErrorInfo } from '../../protocol/messages';
import type { ParamBag } from '../sql/params';

export interface SqlCompiler {
  /** The condition of `query` over `events` (an empty query: every event), or its errors. */
  query(query: string, bag: ParamBag): { sql: string } | { errors: readonly QueryErrorInfo[] };
  /** An Array(String) expression: the texts of `field`'s values in each event. */
  fieldValues(field: string, bag: ParamBag): string;
}
