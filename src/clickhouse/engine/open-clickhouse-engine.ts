/**
 * Builds the engine of a ClickHouse source from a connection: the web client, the search
 * compiler and the engine. The page imports this module only when the analyst connects, so
 * that the in-tab default does not load the ClickHouse client.
 */
import { ClickHouseEngine } from './clickhouse-engine';
import { SQL_COMPILER } from './compiler';
import { webSqlClient, type ClickHouseConnection } from './sql-client';

export function openClickHouseEngine(
  connection: ClickHouseConnection,
  datasetId: number,
  reportFailure: (error: unknown) => void,
): ClickHouseEngine {
  return new ClickHouseEngine(webSqlClient(connection), SQL_COMPILER, datasetId, reportFailure);
}
