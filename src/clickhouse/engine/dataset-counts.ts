/**
 * What a ClickHouse source holds, as the page's load progress: event and validity counts,
 * rejected records, and one entry per loaded file, so that the counters, the problems list and
 * the link's file check read the server like a data set opened in the tab.
 */
import { EMPTY_COUNTS, type IngestProgress, type SourceSummary } from '../../protocol/messages';
import type { SqlClient } from './sql-client';

export async function datasetProgress(
  client: SqlClient,
  datasetId: number,
  signal?: AbortSignal,
): Promise<IngestProgress> {
  const [[events], [problems], files] = await Promise.all([
    client.rows(
      "SELECT count() AS n, countIf(validity = 'valid') AS valid, " +
        "countIf(validity = 'drift') AS drift, countIf(validity = 'invalid') AS invalid FROM events",
      {},
      signal,
    ),
    client.rows(
      "SELECT countIf(kind = 'record') AS rejected, count() AS problems FROM problems",
      {},
      signal,
    ),
    client.rows(
      'SELECT source_path, source_fingerprint, max(bytes) AS bytes, max(events) AS events, ' +
        'max(problems) AS problems FROM sources FINAL GROUP BY source_fingerprint, source_path ' +
        'ORDER BY source_path LIMIT 10000',
      {},
      signal,
    ),
  ]);
  const n = (row: Record<string, unknown> | undefined, column: string) =>
    Number(row?.[column] ?? 0);
  const rejected = n(problems, 'rejected');
  const sources: SourceSummary[] = files.map((f) => ({
    name: String(f['source_path']).split('/').pop() ?? '',
    path: String(f['source_path']),
    sizeBytes: n(f, 'bytes'),
    fingerprint: String(f['source_fingerprint']),
    format: 'clickhouse',
    compressed: false,
    events: n(f, 'events'),
    rejected: n(f, 'problems'),
    state: 'done',
  }));
  return {
    datasetId,
    state: 'ready',
    counts: {
      ...EMPTY_COUNTS,
      records: n(events, 'n') + rejected,
      events: n(events, 'n'),
      rejected,
      valid: n(events, 'valid'),
      drift: n(events, 'drift'),
      invalid: n(events, 'invalid'),
      problems: n(problems, 'problems'),
    },
    bytesRead: sources.reduce((a, s) => a + s.sizeBytes, 0),
    bytesTotal: sources.reduce((a, s) => a + s.sizeBytes, 0),
    elapsedMs: 0,
    sources,
    partial: false,
    error: undefined,
    indexBytes: 0,
    indexing: undefined,
    fieldsWithValues: [],
  };
}
