/**
 * The one place the page's ClickHouse source sends SQL: a statement with its bound parameters
 * in, decoded JSONEachRow objects out. The rest of the engine talks to `SqlClient`, so tests
 * answer it with a fake; `webSqlClient` is the real one over `@clickhouse/client-web`.
 *
 * The client's own logger is off: a failing request must not print its credentials or the
 * values of its parameters to the console.
 */
import { ClickHouseLogLevel, createClient } from '@clickhouse/client-web';
import type { ParamValue } from '../sql/params';

export type SqlRow = Readonly<Record<string, unknown>>;

export interface SqlClient {
  /** Rows of one SELECT; rejects with the server's message (or why the request failed). */
  rows(
    sql: string,
    params: Readonly<Record<string, ParamValue>>,
    signal?: AbortSignal,
  ): Promise<SqlRow[]>;
  close(): Promise<void>;
}

/** Where a ClickHouse source lives and who reads it. The password never enters a link. */
export interface ClickHouseConnection {
  readonly url: string;
  readonly database: string;
  readonly username: string;
  readonly password: string;
}

export function webSqlClient(connection: ClickHouseConnection): SqlClient {
  const client = createClient({
    url: connection.url,
    database: connection.database,
    username: connection.username,
    password: connection.password,
    log: { level: ClickHouseLogLevel.OFF },
    clickhouse_settings: { output_format_json_quote_64bit_integers: 0 },
  });
  return {
    async rows(sql, params, signal) {
      const result = await client.query({
        query: sql,
        format: 'JSONEachRow',
        query_params: params,
        ...(signal === undefined ? {} : { abort_signal: signal }),
      });
      return result.json<SqlRow>();
    },
    close: () => client.close(),
  };
}
