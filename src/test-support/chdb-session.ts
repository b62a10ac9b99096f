/**
 * Test support: a temporary session of the local engine (chdb, embedded ClickHouse) with the
 * tables of `clickhouse/ddl/single.sql`, for tests that run compiled SQL directly. Without
 * the local engine (`npm run clickhouse:install`), `chdbSkipReason` says why such tests skip.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { LOCAL_ENGINE_DIR } from '../../clickhouse/server/chdb-engine';
import type { ParamBag } from '../clickhouse/sql/params';
import { localEngineMissing } from './local-clickhouse';

const DDL = resolve(LOCAL_ENGINE_DIR, '../ddl/single.sql');

/** The part of chdb's `Session` the tests use. */
export interface ChdbSession {
  query(sql: string, format?: string): string;
  queryBind(sql: string, params: object, format?: string): string;
  cleanup(): void;
}

/** Why tests that need the local engine skip here, or undefined when it is installed. */
export const chdbSkipReason: string | undefined = localEngineMissing();

if (chdbSkipReason !== undefined) console.warn(`Skipping ClickHouse SQL tests: ${chdbSkipReason}`);

/** A fresh session in a temporary directory, with the events, problems and sources tables. */
function openChdbSession(): ChdbSession {
  const require = createRequire(join(LOCAL_ENGINE_DIR, 'package.json'));
  const chdb = require('chdb') as { Session: new (path: string) => ChdbSession };
  const path = mkdtempSync(join(tmpdir(), 'cws-sql-'));
  const session = new chdb.Session(path);
  process.once('exit', () => rmSync(path, { recursive: true, force: true }));
  const statements = readFileSync(DDL, 'utf8')
    .replace(/--[^\n]*/g, '')
    .split(';')
    .map((s: string) => s.trim())
    .filter((s: string) => s !== '');
  for (const statement of statements) session.query(statement);
  return session;
}

/** Rows of `JSONEachRow` output. */
function jsonRows<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Inserts rows (objects keyed by column) into `table`. */
function insertRows(session: ChdbSession, table: string, rows: readonly object[]): void {
  const values = rows.map((row) => JSON.stringify(row)).join('\n');
  session.queryBind(`INSERT INTO ${table} FORMAT JSONEachRow ${values}`, {});
}

/**
 * Inside a `describe`: a fresh session for its tests whose events table holds `rows()`,
 * cleaned up after them. Returns the session's getter.
 */
export function useEventsSession(rows: () => readonly object[]): () => ChdbSession {
  let session: ChdbSession | undefined;
  beforeAll(() => {
    session = openChdbSession();
    insertRows(session, 'events', rows());
  });
  afterAll(() => session?.cleanup());
  return () => {
    if (session === undefined) throw new Error('the chdb session is not open');
    return session;
  };
}

/** The rows of `sql` run with the parameters of `bag`. */
export function queryRows<T>(session: ChdbSession, sql: string, bag: ParamBag): T[] {
  return jsonRows<T>(session.queryBind(sql, bag.params(), 'JSONEachRow'));
}

/** The ids of the events where `where` holds, in ingest order. */
export function selectEventIds(session: ChdbSession, where: string, bag: ParamBag): string[] {
  const sql = `SELECT event_id FROM events WHERE ${where} ORDER BY source_path, ordinal`;
  return queryRows<{ event_id: string }>(session, sql, bag).map((row) => row.event_id);
}
