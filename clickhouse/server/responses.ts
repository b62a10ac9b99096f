/**
 * The response side of ClickHouse's HTTP interface as clients read it: result headers
 * (`X-ClickHouse-Format`, `-Query-Id`, `-Summary`, `-Timezone`), errors as HTTP 500 with
 * `X-ClickHouse-Exception-Code` and a `Code: N. DB::Exception: … (NAME)` body (the text
 * `@clickhouse/client-web` parses into a `ClickHouseError`), and the CORS headers that let a
 * page on another origin call the server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const VERSION = '26.x (chdb)';

/** The `Code: N. DB::Exception: …` text and the code of a failure. */
export function exceptionText(error: unknown, fallbackCode = 1001): { code: number; text: string } {
  const message = error instanceof Error ? error.message : String(error);
  const at = message.indexOf('Code: ');
  if (at !== -1) {
    const text = message.slice(at);
    const code = Number(/^Code: (\d+)/.exec(text)?.[1] ?? fallbackCode);
    return { code, text: /\(version /.test(text) ? text : `${text} (version ${VERSION})` };
  }
  const name = fallbackCode === 1001 ? 'STD_EXCEPTION' : 'BAD_ARGUMENTS';
  return {
    code: fallbackCode,
    text: `Code: ${fallbackCode}. DB::Exception: ${message}. (${name}) (version ${VERSION})`,
  };
}

export function contentTypeOf(format: string): string {
  if (/^JSON/i.test(format)) return 'application/json; charset=UTF-8';
  if (/^(TSV|TabSeparated)/i.test(format)) return 'text/tab-separated-values; charset=UTF-8';
  if (/^CSV/i.test(format)) return 'text/csv; charset=UTF-8';
  return 'text/plain; charset=UTF-8';
}

export const EXPOSED_HEADERS = [
  'X-ClickHouse-Query-Id',
  'X-ClickHouse-Format',
  'X-ClickHouse-Summary',
  'X-ClickHouse-Timezone',
  'X-ClickHouse-Exception-Code',
  'X-ClickHouse-Server-Display-Name',
];

/** CORS headers for a request from a page (any origin: the server's password guards it). */
export function corsHeaders(request: IncomingMessage): Record<string, string> {
  const origin = request.headers.origin;
  if (origin === undefined) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
    Vary: 'Origin',
  };
}

export function sendPreflight(request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(204, {
    ...corsHeaders(request),
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers':
      'authorization, content-type, x-clickhouse-user, x-clickhouse-key, x-clickhouse-format, x-clickhouse-database, accept-encoding',
    'Access-Control-Max-Age': '86400',
  });
  response.end();
}

export function sendError(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  failure: { code: number; text: string },
  queryId?: string,
): void {
  response.writeHead(status, {
    ...corsHeaders(request),
    'Content-Type': 'text/plain; charset=UTF-8',
    'X-ClickHouse-Exception-Code': String(failure.code),
    ...(queryId === undefined ? {} : { 'X-ClickHouse-Query-Id': queryId }),
  });
  response.end(`${failure.text}\n`);
}

export interface QuerySummary {
  readonly readRows: number;
  readonly readBytes: number;
  readonly writtenRows: number;
  readonly writtenBytes: number;
  readonly elapsedSeconds: number;
}

export function sendResult(
  request: IncomingMessage,
  response: ServerResponse,
  result: { queryId: string; format: string; body: Uint8Array; summary: QuerySummary },
): void {
  const { summary } = result;
  response.writeHead(200, {
    ...corsHeaders(request),
    'Content-Type': contentTypeOf(result.format),
    'X-ClickHouse-Query-Id': result.queryId,
    'X-ClickHouse-Format': result.format,
    'X-ClickHouse-Timezone': 'UTC',
    'X-ClickHouse-Server-Display-Name': 'cws-explorer-local',
    'X-ClickHouse-Summary': JSON.stringify({
      read_rows: String(summary.readRows),
      read_bytes: String(summary.readBytes),
      written_rows: String(summary.writtenRows),
      written_bytes: String(summary.writtenBytes),
      total_rows_to_read: '0',
      result_rows: '0',
      result_bytes: String(result.body.length),
      elapsed_ns: String(Math.round(summary.elapsedSeconds * 1e9)),
    }),
  });
  response.end(result.body);
}
