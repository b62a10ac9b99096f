/**
 * The local ClickHouse server: a node:http server speaking the part of ClickHouse's HTTP
 * interface that `@clickhouse/client-web`, the loader and curl use, over one chdb session.
 *
 * Supported: `GET`/`POST /` with the statement in `query` and/or the body, `param_<name>`
 * values (URL or multipart), `database`, `query_id`, settings as URL parameters, result
 * headers, ClickHouse-shaped errors, `/ping`, CORS (preflight included) for a page on another
 * origin, and a password (`--password`): other credentials get code 516. Requests run one at
 * a time, in arrival order. The log names method, path, status and duration only: never a
 * statement, a parameter value or a credential.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { openSession } from './chdb-engine';
import { readRequest } from './http-request';
import { corsHeaders, exceptionText, sendError, sendPreflight, sendResult } from './responses';
import { QueryRunner } from './run-query';

/** Bodies past this size are refused (a loader batch is tens of megabytes). */
const MAX_BODY_BYTES = 1024 * 1024 * 1024;

export interface ServerOptions {
  /** Port to listen on; 0 picks a free one. */
  readonly port: number;
  readonly host?: string;
  /** The data directory of the chdb session. */
  readonly path: string;
  /** With a password, only this user with this password is let in. */
  readonly user?: string;
  readonly password?: string;
  /** Where to write one line per request (nothing when absent). */
  readonly log?: (line: string) => void;
}

export interface LocalServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`the request body exceeds ${MAX_BODY_BYTES} bytes`));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function startServer(options: ServerOptions): Promise<LocalServer> {
  mkdirSync(options.path, { recursive: true });
  const session = openSession(options.path);
  const runner = new QueryRunner(session);
  const user = options.user ?? 'default';
  let queue: Promise<unknown> = Promise.resolve();

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<number> => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'OPTIONS') {
      sendPreflight(request, response);
      return 204;
    }
    if (path === '/ping') {
      response.writeHead(200, { ...corsHeaders(request), 'Content-Type': 'text/plain' });
      response.end('Ok.\n');
      return 200;
    }
    if (path !== '/' || (request.method !== 'GET' && request.method !== 'POST')) {
      sendError(request, response, 404, exceptionText(new Error(`no handler for ${path}`), 36));
      return 404;
    }
    const body = await readBody(request);
    const parsed = readRequest(request, body);
    if (
      options.password !== undefined &&
      (parsed.user !== user || parsed.password !== options.password)
    ) {
      const failure = exceptionText(
        new Error(
          `Code: 516. DB::Exception: ${parsed.user}: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)`,
        ),
      );
      sendError(request, response, 403, failure, parsed.queryId);
      return 403;
    }
    // A request whose client went away while it waited (the page superseded it: a new view's
    // facets replace the old ones) is dropped rather than run, as clickhouse-server cancels a
    // query whose client closed the connection.
    let gone = false;
    response.once('close', () => {
      gone = !response.writableFinished;
    });
    const run = queue.then(() =>
      gone ? Promise.reject(new Error('the client closed the connection')) : runner.run(parsed),
    );
    queue = run.catch(() => undefined);
    try {
      const result = await run;
      sendResult(request, response, { queryId: parsed.queryId, ...result });
      return 200;
    } catch (error) {
      sendError(request, response, 500, exceptionText(error), parsed.queryId);
      return 500;
    }
  };

  const server: Server = createServer((request, response) => {
    const started = performance.now();
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    handle(request, response)
      .catch((error: unknown) => {
        if (!response.headersSent) sendError(request, response, 400, exceptionText(error, 36));
        return 400;
      })
      .then((status) => {
        const ms = Math.round(performance.now() - started);
        options.log?.(`${request.method ?? '?'} ${path} ${status} ${ms} ms`);
      })
      .catch(() => undefined);
  });
  // Idle keep-alive connections live as long as on a clickhouse-server (keep_alive_timeout
  // 30 s): a client that pauses between requests (the loader building its next batch on a busy
  // machine) must not find its connection closed under it (ECONNRESET).
  server.keepAliveTimeout = 30_000;
  server.headersTimeout = 31_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await queue;
      session.close();
    },
  };
}
