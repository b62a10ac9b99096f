/**
 * What one request to ClickHouse's HTTP interface asks for, read the way clickhouse-server
 * reads it: the statement from the `query` URL parameter and/or the body (an INSERT's rows
 * follow its `FORMAT` in the body), `param_<name>` values from the URL or from a
 * multipart/form-data body (`@clickhouse/client-web` moves long parameters there), the
 * database, the query id, settings (every other URL parameter) and the credentials (Basic
 * authorization, `X-ClickHouse-User`/`X-ClickHouse-Key` headers, or `user`/`password`).
 */
import type { IncomingMessage } from 'node:http';

export interface ClickHouseRequest {
  /** The statement (for an INSERT with rows in the body, without them). */
  readonly query: string;
  /** An INSERT's rows, when the body carries them. */
  readonly insertData: Buffer | undefined;
  readonly params: ReadonlyMap<string, string>;
  readonly settings: ReadonlyMap<string, string>;
  readonly database: string | undefined;
  readonly queryId: string;
  readonly user: string;
  readonly password: string;
}

/** URL parameters that are not settings. */
const RESERVED = new Set(['query', 'database', 'query_id', 'user', 'password', 'session_id']);

function credentials(request: IncomingMessage, url: URLSearchParams): [string, string] {
  const authorization = request.headers.authorization;
  if (authorization !== undefined && /^basic /i.test(authorization)) {
    const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon === -1 ? [decoded, ''] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
  }
  const header = (name: string): string | undefined => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return [
    header('x-clickhouse-user') ?? url.get('user') ?? 'default',
    header('x-clickhouse-key') ?? url.get('password') ?? '',
  ];
}

/** The named parts of a multipart/form-data body. */
function multipartParts(body: string, boundary: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const chunk of body.split(`--${boundary}`)) {
    const headerEnd = chunk.indexOf('\r\n\r\n');
    if (headerEnd === -1) continue;
    const name = /name="([^"]*)"/.exec(chunk.slice(0, headerEnd))?.[1];
    if (name === undefined) continue;
    const value = chunk.slice(headerEnd + 4);
    parts.set(name, value.endsWith('\r\n') ? value.slice(0, -2) : value);
  }
  return parts;
}

const INSERT_WITH_FORMAT = /^\s*INSERT\s+INTO\s+[\s\S]*\bFORMAT\s+\w+\s*$/i;

export function readRequest(request: IncomingMessage, body: Buffer): ClickHouseRequest {
  const url = new URL(request.url ?? '/', 'http://localhost').searchParams;
  const params = new Map<string, string>();
  const settings = new Map<string, string>();
  for (const [key, value] of url) {
    if (key.startsWith('param_')) params.set(key.slice(6), value);
    else if (!RESERVED.has(key)) settings.set(key, value);
  }
  let query = url.get('query') ?? '';
  let insertData: Buffer | undefined;
  const boundary = /multipart\/form-data;.*boundary=([^;]+)/i.exec(
    request.headers['content-type'] ?? '',
  )?.[1];
  if (boundary !== undefined) {
    for (const [name, value] of multipartParts(body.toString('utf8'), boundary)) {
      if (name === 'query') query = query === '' ? value : `${query}\n${value}`;
      else if (name.startsWith('param_')) params.set(name.slice(6), value);
    }
  } else if (body.length > 0) {
    if (INSERT_WITH_FORMAT.test(query)) insertData = body;
    else query = query === '' ? body.toString('utf8') : `${query}\n${body.toString('utf8')}`;
  }
  const [user, password] = credentials(request, url);
  return {
    query,
    insertData,
    params,
    settings,
    database: url.get('database') ?? undefined,
    queryId: url.get('query_id') ?? crypto.randomUUID(),
    user,
    password,
  };
}
