/**
 * `loadFiles`: loads files and folders into ClickHouse the way the tab opens them, once.
 *
 * A file whose fingerprint has a `sources` row is skipped ("already loaded"): loading the same
 * files twice adds nothing. A file with rows but no `sources` row was cut off mid-load: its
 * rows are deleted before it is loaded again. Progress (files, events/s, MB/s) goes to
 * `progress`; the summary is returned.
 */
import { openAsBlob } from 'node:fs';
import { ClickHouseHttp, type ConnectionOptions } from './clickhouse-http';
import { ensureTables } from './ensure-tables';
import { fileFingerprint } from './fingerprint';
import { inputFiles } from './input-files';
import { loadFile } from './load-file';

export interface LoadOptions extends ConnectionOptions {
  /** Files and folders, as given on the command line. */
  readonly inputs: readonly string[];
  /** Rows per INSERT (default 20,000). */
  readonly batchRows?: number;
  /** Progress lines (nothing when absent). */
  readonly progress?: (line: string) => void;
}

export interface LoadedFile {
  readonly path: string;
  readonly fingerprint: string;
  readonly outcome: 'loaded' | 'already loaded';
  readonly bytes: number;
  readonly events: number;
  readonly problems: number;
}

export interface LoadSummary {
  readonly files: readonly LoadedFile[];
  readonly events: number;
  readonly problems: number;
  readonly bytes: number;
  readonly seconds: number;
}

const PROGRESS_MS = 1000;

function rate(count: number, seconds: number): string {
  return seconds > 0 ? Math.round(count / seconds).toLocaleString('en-US') : '–';
}

/** Deletes what an interrupted load of the file left behind, if anything. */
async function clearPartialLoad(http: ClickHouseHttp, fingerprint: string): Promise<void> {
  const params = { fingerprint };
  for (const table of ['events', 'problems']) {
    const where = 'WHERE source_fingerprint = {fingerprint:String}';
    const count = await http.scalar(`SELECT count() FROM ${table} ${where}`, params);
    if (count !== '0') await http.run(`DELETE FROM ${table} ${where}`, { params });
  }
}

export async function loadFiles(options: LoadOptions): Promise<LoadSummary> {
  const started = performance.now();
  const http = new ClickHouseHttp(options);
  const say = options.progress ?? (() => undefined);
  await ensureTables(http, options.database);
  const files = await inputFiles(options.inputs);
  const loaded: LoadedFile[] = [];
  let doneBytes = 0;
  let doneEvents = 0;
  for (const [i, input] of files.entries()) {
    const blob = await openAsBlob(input.location);
    const fingerprint = await fileFingerprint(blob);
    const label = `[${i + 1}/${files.length}] ${input.path}`;
    const known = await http.scalar(
      'SELECT count() FROM sources WHERE source_fingerprint = {fingerprint:String}',
      { fingerprint },
    );
    if (known !== '0') {
      say(`${label}: already loaded`);
      loaded.push({
        ...input,
        fingerprint,
        outcome: 'already loaded',
        bytes: blob.size,
        events: 0,
        problems: 0,
      });
      continue;
    }
    await clearPartialLoad(http, fingerprint);
    let lastReport = performance.now();
    const fileStarted = lastReport;
    const load = await loadFile(
      http,
      blob,
      { path: input.path, fingerprint },
      {
        batchRows: options.batchRows ?? 20_000,
        bytesRead: (total) => {
          const now = performance.now();
          if (now - lastReport < PROGRESS_MS) return;
          lastReport = now;
          const seconds = (now - fileStarted) / 1000;
          say(
            `${label}: ${Math.round((100 * total) / Math.max(1, blob.size))}% read, ${rate(total / 1e6, seconds)} MB/s`,
          );
        },
      },
    );
    doneBytes += blob.size;
    doneEvents += load.events;
    const seconds = (performance.now() - fileStarted) / 1000;
    say(
      `${label}: ${load.events.toLocaleString('en-US')} events, ${load.problems} problems, ` +
        `${rate(load.events, seconds)} events/s, ${rate(blob.size / 1e6, seconds)} MB/s`,
    );
    loaded.push({ path: input.path, fingerprint, outcome: 'loaded', bytes: blob.size, ...load });
  }
  const seconds = (performance.now() - started) / 1000;
  const problems = loaded.reduce((n, f) => n + f.problems, 0);
  say(
    `Loaded ${loaded.filter((f) => f.outcome === 'loaded').length} of ${files.length} files ` +
      `(${doneEvents.toLocaleString('en-US')} events, ${problems} problems, ` +
      `${(doneBytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s: ` +
      `${rate(doneEvents, seconds)} events/s, ${rate(doneBytes / 1e6, seconds)} MB/s`,
  );
  return { files: loaded, events: doneEvents, problems, bytes: doneBytes, seconds };
}
