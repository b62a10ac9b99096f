// Ingest benchmark of the production build in headless Chromium: for 100k and 1M synthetic
// events, as NDJSON and gzipped NDJSON, it opens the file in the app as a user would and
// measures load time, throughput, time to first rows, renderer memory and index size, and
// compares with a bare read + split + JSON.parse of the same file in a worker of the same
// browser. Medians of several fresh-page runs are printed as a markdown table and written to
// bench/.data/results.json.
//
// Usage: tsx bench/run-bench.ts [--only 100k|1m] [--runs N] [--no-baseline] [--dist DIR]
// (`npm run bench -- --only 100k` builds first; --dist serves another build than dist/).
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import { ensureDataset } from './data';
import type { Dataset } from './data';
import { measureApp, measureBaseline } from './measure';
import type { AppRun, BaselineRun } from './measure';
import { markdownTable, summarize } from './report';
import type { DatasetResult } from './report';
import { startPreview, startStatic } from './servers';
import type { RunningServer } from './servers';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = join(ROOT, 'bench', '.data');
const APP_PORT = 4180;
const BASELINE_PORT = 4181;
const RUN_TIMEOUT_MS = 20 * 60_000;
const SIZES: Readonly<Record<string, number>> = { '100k': 100_000, '1m': 1_000_000 };

const LAUNCH_ARGS = [
  ...CHROMIUM_ARGS,
  // Keep a hidden or backgrounded headless tab running at full speed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

interface Options {
  readonly sizes: number[];
  readonly runs: number;
  readonly baseline: boolean;
  readonly dist: string;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      dist: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '3' },
      'no-baseline': { type: 'boolean', default: false },
    },
  });
  const only = values.only?.toLowerCase();
  if (only !== undefined && SIZES[only] === undefined) {
    throw new Error(`--only takes one of ${Object.keys(SIZES).join(', ')}, not ${values.only}`);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);
  const sizes = only === undefined ? Object.values(SIZES) : [SIZES[only] as number];
  return { sizes, runs, baseline: !values['no-baseline'], dist: resolve(ROOT, values.dist) };
}

function describeApp(run: AppRun): string {
  const parts = [run.outcome];
  if (run.loadMs !== undefined) parts.push(`load ${(run.loadMs / 1000).toFixed(2)} s`);
  if (run.firstRowMs !== undefined) parts.push(`first rows ${run.firstRowMs.toFixed(0)} ms`);
  if (run.events !== undefined) parts.push(`${run.events} events`);
  parts.push(`peak renderer ${(run.memory.peakRssBytes / 1e6).toFixed(0)} MB`);
  if (!run.survived) parts.push('TAB DIED');
  return parts.join(', ');
}

function describeBaseline(run: BaselineRun): string {
  return run.ms === undefined
    ? run.outcome
    : `${(run.ms / 1000).toFixed(2)} s, ${String(run.parsed)} parsed`;
}

async function main(): Promise<void> {
  const { sizes, runs, baseline, dist } = options();
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} holds no build: build the app first (npm run build)`);
  }
  const executablePath = findChromium();
  if (executablePath === undefined) {
    throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs`');
  }

  const datasets: Dataset[] = [];
  for (const count of sizes) {
    for (const gzip of [false, true])
      datasets.push(await ensureDataset(ROOT, DATA_DIR, count, gzip));
  }

  const servers: RunningServer[] = [];
  const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS, headless: true });
  try {
    const app = await startPreview(ROOT, dist, APP_PORT);
    servers.push(app);
    const base = baseline
      ? await startStatic(join(ROOT, 'bench', 'baseline'), BASELINE_PORT)
      : undefined;
    if (base !== undefined) servers.push(base);

    const results: DatasetResult[] = [];
    for (const dataset of datasets) {
      console.log(`\n${dataset.label} (${(dataset.sizeBytes / 1e6).toFixed(1)} MB)`);
      const appRuns: AppRun[] = [];
      const baselineRuns: BaselineRun[] = [];
      for (let i = 1; i <= runs; i += 1) {
        const run = await measureApp(browser, app.url, dataset.path, RUN_TIMEOUT_MS);
        console.log(`  app #${i}: ${describeApp(run)}`);
        appRuns.push(run);
      }
      if (base !== undefined) {
        for (let i = 1; i <= runs; i += 1) {
          const run = await measureBaseline(browser, base.url, dataset.path, RUN_TIMEOUT_MS);
          console.log(`  baseline #${i}: ${describeBaseline(run)}`);
          baselineRuns.push(run);
        }
      }
      results.push({ dataset, app: appRuns, baseline: baselineRuns });
    }

    const summaries = results.map(summarize);
    const table = markdownTable(summaries);
    console.log(`\nMedians of ${runs} run(s) per input, Chromium at ${executablePath}:\n`);
    console.log(table);
    const out = join(DATA_DIR, 'results.json');
    await writeFile(
      out,
      `${JSON.stringify(
        { date: new Date().toISOString(), runs, chromium: executablePath, summaries, results },
        null,
        2,
      )}\n`,
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
