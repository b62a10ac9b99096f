/**
 * The embedded ClickHouse engine (chdb) of the local server, loaded from its own package
 * (`clickhouse/local-engine/`, installed by `npm run clickhouse:install`) so that the default
 * `npm install` stays light. Only the parts of chdb's API the server uses are typed here.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LOCAL_ENGINE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'local-engine');

export interface ChdbResult {
  readonly elapsed: number;
  readonly rowsRead: number;
  readonly bytesRead: number;
  bytes(): Uint8Array;
}

export interface ChdbInsertSummary {
  readonly rowsWritten: number;
  readonly bytesWritten: number;
  readonly elapsed: number;
}

export interface ChdbSession {
  queryBindAsync(query: string, params: object, opts: { format: string }): Promise<ChdbResult>;
  insert(params: {
    table: string;
    values: Buffer;
    format: string;
    columns?: readonly string[];
  }): Promise<ChdbInsertSummary>;
  close(): void;
}

/** An error chdb throws: its message holds ClickHouse's `Code: N. DB::Exception: …`. */
export interface ChdbError extends Error {
  readonly clickhouseCode?: number;
}

interface ChdbModule {
  Session: new (path: string) => ChdbSession;
}

/** True when the local engine's package is installed. */
export function isLocalEngineInstalled(): boolean {
  return existsSync(join(LOCAL_ENGINE_DIR, 'node_modules', 'chdb', 'package.json'));
}

/** Opens a chdb session over the data directory `path`. */
export function openSession(path: string): ChdbSession {
  const require = createRequire(join(LOCAL_ENGINE_DIR, 'package.json'));
  const chdb = require('chdb') as ChdbModule;
  return new chdb.Session(path);
}
