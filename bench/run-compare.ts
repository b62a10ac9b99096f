// A/B benchmark of two builds in the same run: the same generated file is loaded and searched
// in build A (`--before`, e.g. the previous commit's build) and build B (`--after`), runs
// alternating A, B, A, B… so that whatever else the machine does weighs on both alike. Prints
// the medians of each and their ratio B / A (above 1: B is slower or larger), and writes them
// to bench/.data/compare-results.json.
//
// Usage: tsx bench/run-compare.ts --before DIR --after DIR [--only 100k|1m] [--runs N]
//        [--no-search]
// e.g. `git worktree add /tmp/prev HEAD~1 && (cd /tmp/prev && npm ci && npx vite build)`, then
// `npm run build && tsx bench/run-compare.ts --before /tmp/prev/dist --after dist --only 1m`.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/chromium-path.mjs';
import { DATA_DIR, LAUNCH_ARGS, ROOT, RUN_TIMEOUT_MS, SIZES } from './settings';
import { ensureDataset } from './data';
import { measureApp, type AppRun } from './measure';
import { measureSearch, type SearchRun } from './measure-search';
import { median } from './report';
import { startPreview, type RunningServer } from './servers';

const PORTS = { before: 4182, after: 4183 } as const;

type Build = keyof typeof PORTS;
const BUILDS: readonly Build[] = ['before', 'after'];

interface Row {
  readonly measure: string;
  readonly before: number | undefined;
  readonly after: number | undefined;
  readonly unit: string;
}

function options() {
  const { values } = parseArgs({
    options: {
      before: { type: 'string' },
      after: { type: 'string', default: 'dist' },
      only: { type: 'string', default: '1m' },
      runs: { type: 'string', default: '3' },
      'no-search': { type: 'boolean', default: false },
    },
  });
  if (values.before === undefined) throw new Error('--before DIR (a build to compare with)');
  const count = SIZES[values.only.toLowerCase()];
  if (count === undefined) throw new Error(`--only takes ${Object.keys(SIZES).join(' or ')}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  const dists = { before: resolve(values.before), after: resolve(ROOT, values.after) };
  for (const dist of Object.values(dists)) {
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} holds no build`);
  }
  return { dists, count, runs, search: !values['no-search'] };
}

function ingestRows(runs: Record<Build, AppRun[]>): Row[] {
  const of = (build: Build, pick: (run: AppRun) => number | undefined) =>
    median(runs[build].filter((r) => r.outcome === 'ready').map(pick));
  const measures: [string, string, (run: AppRun) => number | undefined][] = [
    ['load', 'ms', (r) => r.loadMs],
    ['first rows', 'ms', (r) => r.firstRowMs],
    ['index per event', 'B', (r) => (r.indexBytes ?? 0) / (r.events ?? 1)],
    ['peak renderer', 'MB', (r) => Math.max(r.memory.peakRssBytes, r.memory.peakHwmBytes) / 1e6],
  ];
  return measures.map(([measure, unit, pick]) => ({
    measure,
    unit,
    before: of('before', pick),
    after: of('after', pick),
  }));
}

function searchRows(runs: Record<Build, SearchRun[]>): Row[] {
  const all = (build: Build, pick: (run: SearchRun) => number[]) =>
    median(runs[build].flatMap(pick));
  const measures: [string, (run: SearchRun) => number[]][] = [
    ['filter (Enter → count and rows)', (r) => Object.values(r.queryMs).flat()],
    ['facets (Enter → default facets recounted)', (r) => r.facetMs],
    ['sort by time', (r) => r.sortTimeMs],
    ['sort by executable', (r) => r.sortStringMs],
  ];
  return measures.map(([measure, pick]) => ({
    measure,
    unit: 'ms',
    before: all('before', pick),
    after: all('after', pick),
  }));
}

function table(rows: readonly Row[]): string {
  const value = (v: number | undefined, unit: string) =>
    v === undefined ? '–' : `${v.toLocaleString('en-US', { maximumFractionDigits: 1 })} ${unit}`;
  const lines = ['| measure | before (A) | after (B) | B / A |', '| --- | --- | --- | --- |'];
  for (const r of rows) {
    const ratio =
      r.before === undefined || r.after === undefined || r.before === 0
        ? '–'
        : `${(r.after / r.before).toFixed(3)}×`;
    lines.push(
      `| ${r.measure} | ${value(r.before, r.unit)} | ${value(r.after, r.unit)} | ${ratio} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { dists, count, runs, search } = options();
  const executablePath = findChromium();
  if (executablePath === undefined) throw new Error('No Chromium found');
  const dataset = await ensureDataset(ROOT, DATA_DIR, count, false);
  const servers: RunningServer[] = [];
  const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS, headless: true });
  try {
    const urls = {} as Record<Build, string>;
    for (const build of BUILDS) {
      const server = await startPreview(ROOT, dists[build], PORTS[build]);
      servers.push(server);
      urls[build] = server.url;
    }
    console.log(`${dataset.label}: A ${dists.before}, B ${dists.after}, ${runs} run(s) each`);
    const loads: Record<Build, AppRun[]> = { before: [], after: [] };
    for (let i = 1; i <= runs; i++) {
      for (const build of BUILDS) {
        const run = await measureApp(browser, urls[build], dataset.path, RUN_TIMEOUT_MS, 2);
        console.log(`  ${build} #${i}: ${run.outcome}, ${((run.loadMs ?? 0) / 1000).toFixed(2)} s`);
        loads[build].push(run);
      }
    }
    const rows = ingestRows(loads);
    const searches: Record<Build, SearchRun[]> = { before: [], after: [] };
    if (search) {
      // Each search run loads the file once and repeats every query twice; builds alternate.
      for (let i = 1; i <= Math.max(2, runs - 1); i++) {
        for (const build of BUILDS) {
          searches[build].push(
            await measureSearch(browser, urls[build], dataset.path, 2, RUN_TIMEOUT_MS),
          );
          console.log(`  search ${build} #${i} done`);
        }
      }
      rows.push(...searchRows(searches));
    }
    console.log(`\nMedians, ${dataset.label} (A = before, B = after):\n`);
    console.log(table(rows));
    const out = join(DATA_DIR, 'compare-results.json');
    await writeFile(
      out,
      `${JSON.stringify({ date: new Date().toISOString(), dists, dataset, rows, loads, searches }, null, 2)}\n`,
    );
    console.log(`\nWritten to ${out}`);
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
