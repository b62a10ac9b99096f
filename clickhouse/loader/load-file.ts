/**
 * Loads one file into ClickHouse: reads it through the tab's own ingest (`ingestFile`: sniff,
 * gunzip, split, unwrap, validate, classify), maps each event to an `events` row and each
 * problem to a `problems` row, inserts them in batches, and last writes the file's `sources`
 * row — the mark that the file is loaded whole. Reading waits for ClickHouse (one batch in
 * flight per table), so memory stays flat whatever the file's size.
 */
import { ingestFile } from '../../src/ingest/ingest-file';
import type { Spool } from '../../src/ingest/read/spool';
import { eventsRow } from '../../src/clickhouse/store/event-row';
import { problemsRow } from '../../src/clickhouse/store/problem-row';
import type { ClickHouseHttp } from './clickhouse-http';
import { RowBatches } from './row-batches';

export interface FileLoad {
  readonly events: number;
  readonly problems: number;
}

/**
 * Gzip input is kept by ingest for re-reading single events; ClickHouse keeps each event's
 * record text in its row instead, so the loader's spool keeps nothing.
 */
const DISCARDING_SPOOL: Spool = {
  append: () => undefined,
  read: () => Promise.reject(new Error('the loader does not keep decompressed text')),
  error: undefined,
  close: () => undefined,
};

/** `file`'s stream, each chunk let through only once `gate` resolves. */
function gated(file: Blob, gate: () => Promise<void>): Blob {
  const stream = (): ReadableStream<Uint8Array> =>
    file.stream().pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        async transform(chunk, controller) {
          await gate();
          controller.enqueue(chunk);
        },
      }),
    );
  // ingestFile reads a Blob through `slice` (its head) and `stream` only.
  return { slice: file.slice.bind(file), stream, size: file.size } as unknown as Blob;
}

export async function loadFile(
  http: ClickHouseHttp,
  file: Blob,
  source: { readonly path: string; readonly fingerprint: string },
  options: { readonly batchRows: number; readonly bytesRead: (total: number) => void },
): Promise<FileLoad> {
  const events = new RowBatches(http, 'events', options.batchRows);
  const problems = new RowBatches(http, 'problems', options.batchRows);
  const ready = async (): Promise<void> => {
    await events.whenReady();
    await problems.whenReady();
  };
  const result = await ingestFile(gated(file, ready), source.path, {
    event: (event) => events.add(eventsRow(event, source)),
    problem: (problem) => problems.add(problemsRow(problem, source)),
    blankLine: () => undefined,
    bytesRead: options.bytesRead,
    cancelled: () => false,
    createSpool: () => Promise.resolve(DISCARDING_SPOOL),
    spooling: () => undefined,
  });
  await events.flush();
  await problems.flush();
  if (result.fingerprint !== source.fingerprint) {
    throw new Error(
      `${source.path} changed while it was loaded (fingerprint ${result.fingerprint}, expected ${source.fingerprint})`,
    );
  }
  const loadedAt = new Date().toISOString().replace('T', ' ').replace('Z', '');
  const row = {
    source_fingerprint: source.fingerprint,
    source_path: source.path,
    bytes: file.size,
    events: events.count,
    problems: problems.count,
    loaded_at: loadedAt,
  };
  await http.run('INSERT INTO sources FORMAT JSONEachRow', { body: `${JSON.stringify(row)}\n` });
  return { events: events.count, problems: problems.count };
}
