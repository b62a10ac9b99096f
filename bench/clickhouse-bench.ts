// The scale benchmark of the ClickHouse source: generated events in the local engine (chdb
// behind ClickHouse's HTTP interface), then the explorer connected to it, measured as a user
// meets it — filter, facets, sorts, timeline, detail — beside the in-tab engine on 1M events
// of the same generator, in the same run, in the same build and browser.
//
// The events: the generated 100k file is loaded with the loader (its rate and the disk per
// event are reported), then copied inside the server to `--copies` times as many events (each
// copy with its own event ids, file path, hosts, process keys and a later time span), since
// the loader's own rate would take an hour for 10M here. The server's data stays in
// bench/.data/clickhouse between runs; a database already at the asked size is reused.
//
// Usage: npm run bench:clickhouse [-- --copies 100 --runs 3 --no-tab]
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import { ClickHouseHttp } from '../clickhouse/loader/clickhouse-http';
import { loadFiles } from '../clickhouse/loader/load-files';
import { startServer } from '../clickhouse/server/local-server';
import { ensureDataset } from './data';
import { openLoadedPage } from './loaded-page';
import { measureSearchOnPage, type SearchRun } from './measure-search';
import { measureViewsOnPage, type ViewsRun } from './measure-views';
import { median } from './report';
import { percentile } from './search-report';
import { startPreview } from './servers';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, 'bench', '.data');
const DATABASE = 'bench_scale';
const PAGE_PORT = 4191;
const TIMEOUT_MS = 30 * 60_000;

interface Measured {
  readonly label: string;
  readonly events: number | undefined;
  readonly search: SearchRun;
  readonly views: ViewsRun;
}

/**
 * Copies the loaded file's rows `copies - 1` times, each copy a distinct set of events. (The
 * rows are read in a subquery: ClickHouse lets WHERE see the SELECT's aliases, so filtering
 * beside the REPLACE would test the rewritten path.)
 */
async function grow(http: ClickHouseHttp, copies: number): Promise<number> {
  const started = performance.now();
  const span = Number(await http.scalar('SELECT max(time_ms) - min(time_ms) + 1 FROM events'));
  const path = await http.scalar('SELECT any(source_path) FROM events');
  for (let k = 1; k < copies; k++) {
    const tag = `~${k}`;
    await http.run(
      `INSERT INTO events SELECT * REPLACE (
         concat(event_id, {tag:String}) AS event_id,
         concat('copy-', toString({k:UInt32}), '/', source_path) AS source_path,
         concat(source_fingerprint, {tag:String}) AS source_fingerprint,
         time_ms + {k:UInt32} * {span:Int64} AS time_ms,
         concat(host, {tag:String}) AS host,
         concat(env_host, {tag:String}) AS env_host,
         concat(process_key, {tag:String}) AS process_key,
         if(parent_key = '', '', concat(parent_key, {tag:String})) AS parent_key,
         arrayMap(x -> concat(x, {tag:String}), lineage) AS lineage
       ) FROM (SELECT * FROM events WHERE source_path = {path:String})`,
      { params: { tag, k: String(k), span: String(span), path } },
    );
    if (k % 10 === 0) process.stderr.write(`  copy ${k}/${copies - 1}\n`);
  }
  return (performance.now() - started) / 1000;
}

async function prepareServer(http: ClickHouseHttp, url: string, copies: number): Promise<void> {
  const small = await ensureDataset(ROOT, DATA, 100_000, false);
  const wanted = small.count * copies;
  const present = await http
    .scalar('SELECT count() FROM events')
    .then(Number)
    .catch(() => 0);
  if (present === wanted) {
    console.log(`Reusing ${wanted.toLocaleString('en-US')} events in ${DATABASE}`);
    return;
  }
  await http.run(`DROP DATABASE IF EXISTS ${DATABASE}`, { inDatabase: false });
  const load = await loadFiles({ url, database: DATABASE, inputs: [small.path] });
  console.log(
    `Loaded ${load.events.toLocaleString('en-US')} events (${(small.sizeBytes / 1e6).toFixed(0)} MB) ` +
      `in ${load.seconds.toFixed(1)} s: ${Math.round(load.events / load.seconds).toLocaleString('en-US')} events/s, ` +
      `${(small.sizeBytes / 1e6 / load.seconds).toFixed(1)} MB/s`,
  );
  const seconds = await grow(http, copies);
  console.log(`Copied to ${wanted.toLocaleString('en-US')} events in ${seconds.toFixed(0)} s`);
}

async function diskPerEvent(http: ClickHouseHttp): Promise<string> {
  const row = await http.scalar(
    `SELECT concat(toString(sum(rows)), ' ', toString(sum(bytes_on_disk))) FROM system.parts
     WHERE database = {db:String} AND table = 'events' AND active`,
    { db: DATABASE },
  );
  const [rows, bytes] = row.split(' ').map(Number);
  return `${(bytes! / 1e9).toFixed(2)} GB for ${rows!.toLocaleString('en-US')} events: ${Math.round(bytes! / rows!)} B/event`;
}

function row(label: string, pick: (m: Measured) => readonly number[], runs: Measured[]): string {
  const cells = runs.map((m) => {
    const values = pick(m);
    const p50 = median(values);
    const p95 = percentile(values, 95);
    return p50 === undefined ? '–' : `${p50.toFixed(0)} / ${p95!.toFixed(0)}`;
  });
  const [a, b] = runs.map((m) => median(pick(m)));
  const ratio = a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}×` : '–';
  return `| ${label} | ${cells.join(' | ')} | ${ratio} |`;
}

function report(runs: Measured[]): void {
  console.log(`\n| measure (ms, median / p95) | ${runs.map((r) => r.label).join(' | ')} | ratio |`);
  console.log(`|---|${runs.map(() => '---|').join('')}---|`);
  console.log(
    row('filter (Enter → count and rows)', (m) => Object.values(m.search.queryMs).flat(), runs),
  );
  console.log(row('facets (Enter → all facets recounted)', (m) => m.search.facetMs, runs));
  console.log(row('sort by time', (m) => m.search.sortTimeMs, runs));
  console.log(row('sort by executable', (m) => m.search.sortStringMs, runs));
  console.log(row('timeline (Enter → bars redrawn)', (m) => m.views.timelineMs, runs));
  console.log(row('detail (row click → event shown)', (m) => m.views.detailMs, runs));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      copies: { type: 'string', default: '100' },
      runs: { type: 'string', default: '3' },
      'no-tab': { type: 'boolean', default: false },
    },
  });
  const copies = Number(values.copies);
  const runs = Number(values.runs);
  const server = await startServer({ port: 0, path: join(DATA, 'clickhouse') });
  const origin = new URL(server.url).origin;
  const http = new ClickHouseHttp({ url: server.url, database: DATABASE });
  const outDir = 'dist-bench-clickhouse';
  const executablePath = findChromium();
  if (executablePath === undefined)
    throw new Error('No Chromium (see scripts/ensure-chromium.mjs)');
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
  });
  let preview;
  try {
    await prepareServer(http, server.url, copies);
    console.log(`Disk: ${await diskPerEvent(http)}`);
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir],
      {
        cwd: ROOT,
        env: { ...process.env, CWS_CONNECT_SRC: origin },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    preview = await startPreview(ROOT, outDir, PAGE_PORT);
    const measured: Measured[] = [];

    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${preview.url}#ch=${encodeURIComponent(server.url)}&chdb=${DATABASE}`);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="app"]')?.getAttribute('data-load-state') === 'ready',
      undefined,
      { timeout: TIMEOUT_MS, polling: 500 },
    );
    const search = await measureSearchOnPage(page, runs);
    const views = await measureViewsOnPage(page, runs);
    measured.push({
      label: `ClickHouse ${(search.events ?? 0) / 1e6}M`,
      events: search.events,
      search,
      views,
    });
    await context.close();

    if (!values['no-tab']) {
      const big = await ensureDataset(ROOT, DATA, 1_000_000, false);
      const tab = await openLoadedPage(browser, preview.url, big.path, TIMEOUT_MS);
      const tabSearch = await measureSearchOnPage(tab.page, runs);
      const tabViews = await measureViewsOnPage(tab.page, runs);
      measured.push({
        label: 'in-tab 1M',
        events: tabSearch.events,
        search: tabSearch,
        views: tabViews,
      });
      await tab.context.close();
    }
    for (const m of measured) {
      const mismatched = Object.entries(m.search.counts).filter(([, c]) => c < 0);
      if (mismatched.length > 0)
        console.warn(`${m.label}: no count for ${mismatched.length} queries`);
    }
    report(measured);
  } finally {
    await browser.close();
    await preview?.close();
    await server.stop();
  }
}

await main();
