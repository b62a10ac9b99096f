/**
 * Test support: a temporary chdb session (embedded ClickHouse) with the tables of
 * `clickhouse/ddl/single.sql`, for tests that run compiled SQL. chdb is found at
 * `clickhouse/local-engine/node_modules/chdb`; without it, `chdbSkipReason` says why the
 * tests that need it are skipped (CI installs it; a fresh checkout still passes `npm test`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { ParamBag } from '../clickhouse/sql/params';

const ROOT = resolve(import.meta.dirname, '../..');
const CHDB_DIR = resolve(ROOT, 'clickhouse/local-engine/node_modules/chdb');
const DDL = resolve(ROOT, 'clickhouse/ddl/single.sql');

/** The part of chdb's `Session` the tests use. */
export interface ChdbSession {
  query(sql: string, format?: string): string;
  queryBind(sql: string, params: object, format?: string): string;
  cleanup(): void;
}

/** Why chdb tests are skipped here, or undefined when chdb is installed. */
export const chdbSkipReason: string | undefined = existsSync(CHDB_DIR)
  ? undefined
  : `chdb is not installed at ${CHDB_DIR} (npm install in clickhouse/local-engine)`;

if (chdbSkipReason !== undefined) console.warn(`Skipping ClickHouse SQL tests: ${chdbSkipReason}`);

/** A fresh session in a temporary directory, with the events, problems and sources tables. */
export async function openChdbSession(): Promise<ChdbSession> {
  const chdb = (await import(pathToFileURL(resolve(CHDB_DIR, 'index.js')).href)) as {
    Session: new () => ChdbSession;
  };
  const session = new chdb.Session();
  const statements = readFileSync(DDL, 'utf8')
    .replace(/--[^\n]*/g, '')
    .split(';')
    .map((s: string) => s.trim())
    .filter((s: string) => s !== '');
  for (const statement of statements) session.query(statement);
  return session;
}

/** Rows of `JSONEachRow` output. */
export function jsonRows<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Inserts rows (objects keyed by column) into `table`. */
export function insertRows(session: ChdbSession, table: string, rows: readonly object[]): void {
  const values = rows.map((row) => JSON.stringify(row)).join('\n');
  session.queryBind(`INSERT INTO ${table} FORMAT JSONEachRow ${values}`, {});
}

/**
 * Inside a `describe`: a fresh session for its tests whose events table holds `rows()`,
 * cleaned up after them. Returns the session's getter.
 */
export function useEventsSession(rows: () => readonly object[]): () => ChdbSession {
  let session: ChdbSession | undefined;
  beforeAll(async () => {
    session = await openChdbSession();
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
