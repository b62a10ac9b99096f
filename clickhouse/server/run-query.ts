/**
 * Runs one request's statement on the chdb session, as clickhouse-server would run it for
 * that request alone: in the requested database, with the request's settings (set before,
 * reset after), parameters bound by chdb (never spliced into the text), the result in the
 * statement's `FORMAT` (else `default_format`, else TabSeparated), and an INSERT's rows from
 * the body handed to chdb's raw insert as they came. Callers run one request at a time.
 */
import type { ClickHouseRequest } from './http-request';
import type { ChdbSession } from './chdb-engine';
import type { QuerySummary } from './responses';
import { bindValues } from './param-values';

/** Settings that only steer the HTTP exchange (compression, CORS, progress headers). */
const HTTP_ONLY_SETTINGS = new Set([
  'add_http_cors_header',
  'wait_end_of_query',
  'enable_http_compression',
  'send_progress_in_http_headers',
  'default_format',
  'buffer_size',
  'compress',
  'decompress',
  'session_timeout',
  'session_check',
  'client_protocol_version',
  'role',
  'stacktrace',
]);

const SETTING_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SETTING_VALUE = /^[A-Za-z0-9_.:+-]*$/;
const TRAILING_FORMAT = /\bFORMAT\s+(\w+)\s*;?\s*$/i;
const INSERT_TARGET =
  /^\s*INSERT\s+INTO\s+(?:TABLE\s+)?([A-Za-z0-9_.]+)\s*(?:\(([^)]*)\))?\s*FORMAT\s+(\w+)\s*$/i;

export interface QueryResult {
  readonly format: string;
  readonly body: Uint8Array;
  readonly summary: QuerySummary;
}

/** A request the server refuses before running it, in ClickHouse's words. */
export class RequestError extends Error {
  constructor(code: number, message: string) {
    super(`Code: ${code}. DB::Exception: ${message}`);
  }
}

function settingsToApply(settings: ReadonlyMap<string, string>): [string, string][] {
  const applied: [string, string][] = [];
  for (const [name, value] of settings) {
    if (HTTP_ONLY_SETTINGS.has(name) || name.startsWith('http_')) continue;
    if (!SETTING_NAME.test(name) || !SETTING_VALUE.test(value)) {
      throw new RequestError(
        115,
        `Unknown setting or unsupported value: ${name}. (UNKNOWN_SETTING)`,
      );
    }
    applied.push([name, value]);
  }
  return applied;
}

export class QueryRunner {
  private database = 'default';

  constructor(private readonly session: ChdbSession) {}

  async run(request: ClickHouseRequest): Promise<QueryResult> {
    const database = request.database ?? 'default';
    if (database !== this.database) {
      if (!SETTING_NAME.test(database)) {
        throw new RequestError(81, `Database ${database} does not exist. (UNKNOWN_DATABASE)`);
      }
      await this.session.queryBindAsync(`USE ${database}`, {}, { format: 'TabSeparated' });
      this.database = database;
    }
    const settings = settingsToApply(request.settings);
    for (const [name, value] of settings) {
      await this.session.queryBindAsync(`SET ${name} = '${value}'`, {}, { format: 'TSV' });
    }
    try {
      return await this.execute(request, database);
    } finally {
      for (const [name] of settings) {
        await this.session.queryBindAsync(`SET ${name} = DEFAULT`, {}, { format: 'TSV' });
      }
    }
  }

  private async execute(request: ClickHouseRequest, database: string): Promise<QueryResult> {
    const insert = request.insertData === undefined ? null : INSERT_TARGET.exec(request.query);
    if (insert !== null && request.insertData !== undefined) {
      const [, table = '', columns, format = 'JSONEachRow'] = insert;
      const summary = await this.session.insert({
        table: table.includes('.') ? table : `${database}.${table}`,
        values: request.insertData,
        format,
        ...(columns === undefined ? {} : { columns: columns.split(',').map((c) => c.trim()) }),
      });
      return {
        format,
        body: new Uint8Array(),
        summary: {
          readRows: summary.rowsWritten,
          readBytes: summary.bytesWritten,
          writtenRows: summary.rowsWritten,
          writtenBytes: summary.bytesWritten,
          elapsedSeconds: summary.elapsed,
        },
      };
    }
    const query =
      request.insertData === undefined
        ? request.query
        : `${request.query}\n${request.insertData.toString('utf8')}`;
    const format =
      TRAILING_FORMAT.exec(query)?.[1] ?? request.settings.get('default_format') ?? 'TabSeparated';
    const result = await this.session.queryBindAsync(query, bindValues(query, request.params), {
      format,
    });
    return {
      format,
      body: result.bytes(),
      summary: {
        readRows: result.rowsRead,
        readBytes: result.bytesRead,
        writtenRows: 0,
        writtenBytes: 0,
        elapsedSeconds: result.elapsed,
      },
    };
  }
}
