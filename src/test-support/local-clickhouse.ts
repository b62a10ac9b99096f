/**
 * A local ClickHouse engine with files loaded, for tests (conformance, Playwright): starts the
 * local server (`clickhouse/server/local-server.ts`) once per process on a free port, over a
 * data directory of its own, and loads `files` into a fresh database with the loader.
 *
 * chdb holds one data directory per process, so every call in a process shares the one
 * server; each gets its own database, dropped by `stop()`. The server asks for a password
 * (`LOCAL_CLICKHOUSE_USER`/`_PASSWORD`), so tests of the connect flow have one to give.
 * Check `isLocalEngineInstalled()` first: without `npm run clickhouse:install` there is no
 * engine, and such tests skip.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLocalEngineInstalled } from '../../clickhouse/server/chdb-engine';
import { startServer, type LocalServer } from '../../clickhouse/server/local-server';
import { ClickHouseHttp } from '../../clickhouse/loader/clickhouse-http';
import { loadFiles, type LoadSummary } from '../../clickhouse/loader/load-files';

export { isLocalEngineInstalled };

export const LOCAL_CLICKHOUSE_USER = 'explorer';
export const LOCAL_CLICKHOUSE_PASSWORD = 'local-test-password';

/** Why ClickHouse tests skip here, or undefined when they can run. */
export function localEngineMissing(): string | undefined {
  return isLocalEngineInstalled()
    ? undefined
    : 'the local ClickHouse engine is not installed (npm run clickhouse:install)';
}

export interface LocalClickHouse {
  readonly url: string;
  readonly database: string;
  readonly user: string;
  readonly password: string;
  /** What the loader did with `files`. */
  readonly load: LoadSummary;
  /** Drops the database (the server stays up for the process's other tests). */
  stop(): Promise<void>;
}

let server: Promise<LocalServer> | undefined;
let databases = 0;

function sharedServer(): Promise<LocalServer> {
  server ??= (async () => {
    const path = mkdtempSync(join(tmpdir(), 'cws-clickhouse-'));
    process.once('exit', () => rmSync(path, { recursive: true, force: true }));
    return startServer({
      port: 0,
      path,
      user: LOCAL_CLICKHOUSE_USER,
      password: LOCAL_CLICKHOUSE_PASSWORD,
    });
  })();
  return server;
}

export async function startLocalClickHouse({
  files,
}: {
  readonly files: readonly string[];
}): Promise<LocalClickHouse> {
  const { url } = await sharedServer();
  const database = `test_${process.pid}_${++databases}`;
  const connection = {
    url,
    database,
    user: LOCAL_CLICKHOUSE_USER,
    password: LOCAL_CLICKHOUSE_PASSWORD,
  };
  const load = await loadFiles({ ...connection, inputs: files });
  return {
    ...connection,
    load,
    stop: async () => {
      await new ClickHouseHttp(connection).run(`DROP DATABASE IF EXISTS ${database}`, {
        inDatabase: false,
      });
    },
  };
}
