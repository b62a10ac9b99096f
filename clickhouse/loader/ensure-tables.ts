/**
 * Creates the explorer's database and tables when they are missing, from the DDL in the
 * repository (`clickhouse/ddl/single.sql`): the file is split into its statements and each
 * is run as it stands (they all say `IF NOT EXISTS`).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ClickHouseHttp } from './clickhouse-http';

export const SINGLE_SERVER_DDL = fileURLToPath(new URL('../ddl/single.sql', import.meta.url));

const DATABASE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The statements of a DDL file: comments dropped, split at `;` that end a line. */
export function ddlStatements(sql: string): string[] {
  return sql
    .split('\n')
    .map((line) => line.replace(/--.*$/, ''))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}

export async function ensureTables(http: ClickHouseHttp, database: string): Promise<void> {
  // A database name cannot be a bound parameter in DDL: it is checked against a strict form.
  if (!DATABASE_NAME.test(database)) throw new Error(`not a database name: ${database}`);
  await http.run(`CREATE DATABASE IF NOT EXISTS ${database}`, { inDatabase: false });
  for (const statement of ddlStatements(await readFile(SINGLE_SERVER_DDL, 'utf8'))) {
    await http.run(statement);
  }
}
