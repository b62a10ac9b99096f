// Ingest benchmark of the production build in headless Chromium: for 100k and 1M synthetic
// events, as NDJSON and gzipped NDJSON, it opens the file in the app as a user would and
// measures load time, throughput, time to first rows, renderer memory and index size, and
// compares with a bare read + split + JSON.parse of the same file in a worker of the same
// browser. Medians of several fresh-page runs are printed as a markdown table and written to
// bench/.data/results.json.
//
// Then, on the largest NDJSON input, the search benchmark (bench/measure-search.ts): query,
// facet and sort latencies in the app against a plain scan over parsed objects in Node
// (bench/search-baseline.ts), written to bench/.data/search-results.json.
//
// Then, on the same input, the rules benchmark (bench/measure-rules.ts): a typical SECL rule
// against a plain query of comparable selectivity measured in the same run, and the whole
// 1.10.0 default policy, written to bench/.data/rules-results.json.
//
// Each input is loaded with every pool size of `--workers` (default 1 and 2 parsing workers),
// so that the scaling with cores shows; the longest main-thread task while loading, the peak
// renderer memory (page and workers) and what it keeps once loaded are reported per event.
//
// With --compare (or --compare-only), the comparison benchmark (bench/measure-compare.ts): each
// size's NDJSON against the same fleet's routine day of the same size ("compare 1M vs 1M"),
// written to bench/.data/compare-results.json.
//
// Usage: tsx bench/run-bench.ts [--only 100k|1m|5m] [--runs N] [--workers 1,2] [--no-baseline]
//        [--dist DIR] [--no-search | --search-only] [--no-rules | --rules-only]
//        [--compare | --compare-only]
// (5m is never run by default: it writes about 17 GB of NDJSON, and has no gzip input.)
// (`npm run bench -- --only 100k` builds first; --dist serves another build than dist/).
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { findChromium } from '../scripts/chromium-path.mjs';
import { DATA_DIR, LARGE_SIZES, LAUNCH_ARGS, ROOT, RUN_TIMEOUT_MS, SIZES } from './settings';
import { ensureDataset } from './data';
import type { Dataset } from './data';
import { measureApp, measureBaseline } from './measure';
import { measureCompare } from './measure-compare';
import { measureRules } from './measure-rules';
import { measureSearch } from './measure-search';
import { rulesTable } from './rules-report';
import { runSearchBaseline } from './run-search-baseline';
import { countMismatches, searchTable, summarizeSearch } from './search-report';
import type { AppRun, BaselineRun } from './measure';
import { markdownTable, summarize } from './report';
import type { DatasetResult } from './report';
import { startPreview, startStatic } from './servers';
import type { RunningServer } from './servers';

const APP_PORT = 4180;
const BASELINE_PORT = 4181;

interface Options {
  readonly sizes: number[];
  readonly workers: number[];
  readonly runs: number;
  readonly baseline: boolean;
  readonly dist: string;
  readonly ingest: boolean;
  readonly search: boolean;
  readonly rules: boolean;
  readonly compare: boolean;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      dist: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '3' },
      workers: { type: 'string', default: '1,2' },
      'no-baseline': { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      'search-only': { type: 'boolean', default: false },
      'no-rules': { type: 'boolean', default: false },
      'rules-only': { type: 'boolean', default: false },
      compare: { type: 'boolean', default: false },
      'compare-only': { type: 'boolean', default: false },
    },
  });
  const only = values.only?.toLowerCase();
  const known = { ...SIZES, ...LARGE_SIZES };
  if (only !== undefined && known[only] === undefined) {
    throw new Error(`--only takes one of ${Object.keys(known).join(', ')}, not ${values.only}`);
  }
  const workers = values.workers.split(',').map(Number);
  if (workers.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`--workers takes whole numbers separated by commas, not ${values.workers}`);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);
  const sizes = only === undefined ? Object.values(SIZES) : [known[only] as number];
  const compareOnly = values['compare-only'];
  return {
    sizes,
    workers,
    runs,
    baseline: !values['no-baseline'],
    dist: resolve(ROOT, values.dist),
    ingest: !values['search-only'] && !values['rules-only'] && !compareOnly,
    search: !values['no-search'] && !values['rules-only'] && !compareOnly,
    rules: !values['no-rules'] && !values['search-only'] && !compareOnly,
    compare: values.compare || compareOnly,
  };
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
  const { sizes, workers, runs, baseline, dist, ingest, search, rules, compare } = options();
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} holds no build: build the app first (npm run build)`);
  }
  const executablePath = findChromium();
  if (executablePath === undefined) {
    throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs`');
  }

  const datasets: Dataset[] = [];
  for (const count of sizes) {
    const large = Object.values(LARGE_SIZES).includes(count);
    for (const gzip of ingest && !large ? [false, true] : [false])
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
    for (const dataset of ingest ? datasets : []) {
      console.log(`\n${dataset.label} (${(dataset.sizeBytes / 1e6).toFixed(1)} MB)`);
      const baselineRuns: BaselineRun[] = [];
      if (base !== undefined) {
        for (let i = 1; i <= runs; i += 1) {
          const run = await measureBaseline(browser, base.url, dataset.path, RUN_TIMEOUT_MS);
          console.log(`  baseline #${i}: ${describeBaseline(run)}`);
          baselineRuns.push(run);
        }
      }
      for (const pool of workers) {
        const appRuns: AppRun[] = [];
        for (let i = 1; i <= runs; i += 1) {
          const run = await measureApp(browser, app.url, dataset.path, RUN_TIMEOUT_MS, pool);
          console.log(`  app, ${pool} worker(s) #${i}: ${describeApp(run)}`);
          appRuns.push(run);
        }
        results.push({ dataset, workers: pool, app: appRuns, baseline: baselineRuns });
      }
    }

    const largest = datasets.filter((d) => !d.gzip).sort((a, b) => b.count - a.count)[0];
    if (search && largest !== undefined) {
      await benchSearch(browser, app.url, largest.path, runs, baseline);
    }
    if (rules && largest !== undefined) await benchRules(browser, app.url, largest.path, runs);
    if (compare) await benchCompare(browser, app.url, datasets, runs);
    if (!ingest) return;

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

async function benchSearch(
  browser: Browser,
  appUrl: string,
  file: string,
  runs: number,
  baseline: boolean,
): Promise<void> {
  console.log(`\nsearch on ${file}`);
  const app = await measureSearch(browser, appUrl, file, runs, RUN_TIMEOUT_MS);
  console.log(
    `  app: ${String(app.events)} events, ${Object.keys(app.queryMs).length} queries × ${runs}`,
  );
  const scan = baseline ? await runSearchBaseline(ROOT, file, runs) : undefined;
  if (scan !== undefined)
    console.log(
      `  plain scan: ${scan.events} parsed objects in ${(scan.parseMs / 1000).toFixed(1)} s`,
    );
  const rows = summarizeSearch(app, scan);
  const mismatches = countMismatches(app, scan);
  console.log(
    `\nSearch latencies (app: ${runs} repetitions of each; plain scan in the same run):\n`,
  );
  console.log(searchTable(rows));
  if (mismatches.length > 0) console.log(`\nCOUNT MISMATCH for: ${mismatches.join(' | ')}`);
  const out = join(DATA_DIR, 'search-results.json');
  await writeFile(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), file, rows, mismatches, app, scan }, null, 2)}\n`,
  );
  console.log(`\nWritten to ${out}`);
}

async function benchRules(
  browser: Browser,
  appUrl: string,
  file: string,
  runs: number,
): Promise<void> {
  console.log(`\nrules on ${file}`);
  const run = await measureRules(browser, appUrl, file, runs, RUN_TIMEOUT_MS);
  console.log(
    `  app: ${String(run.events)} events; rule matches ${String(run.ruleMatching)}, ` +
      `plain query matches ${String(run.queryMatching)}`,
  );
  console.log(`\nRules (medians; the plain query measured in the same run):\n`);
  console.log(rulesTable(run));
  console.log(`\nPolicy report: ${run.policyTotals}`);
  const out = join(DATA_DIR, 'rules-results.json');
  await writeFile(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), file, run }, null, 2)}\n`,
  );
  console.log(`\nWritten to ${out}`);
}

/** Each size's NDJSON against its routine day of the same size. */
async function benchCompare(
  browser: Browser,
  appUrl: string,
  datasets: readonly Dataset[],
  runs: number,
): Promise<void> {
  const rows: { label: string; workerMs: number[]; pageMs: number[]; items: number }[] = [];
  for (const incident of datasets.filter((d) => !d.gzip)) {
    const day = await ensureDataset(
      ROOT,
      DATA_DIR,
      incident.count,
      false,
      undefined,
      'routine-day',
    );
    const label = `compare ${incident.label.split(' ')[0]?.toUpperCase()} vs ${incident.label.split(' ')[0]?.toUpperCase()}`;
    console.log(`\n${label}: ${incident.path} against ${day.path}`);
    const row = { label, workerMs: [] as number[], pageMs: [] as number[], items: 0 };
    for (let i = 1; i <= runs; i += 1) {
      const run = await measureCompare(browser, appUrl, incident.path, day.path, RUN_TIMEOUT_MS);
      console.log(
        `  #${i}: worker ${run.workerMs.toFixed(0)} ms, page ${run.pageMs.toFixed(0)} ms, ` +
          `${run.items} items listed`,
      );
      row.workerMs.push(run.workerMs);
      row.pageMs.push(run.pageMs);
      row.items = run.items;
    }
    rows.push(row);
  }
  const median = (list: readonly number[]) =>
    [...list].sort((a, b) => a - b)[list.length >> 1] ?? NaN;
  console.log(`\nComparison (medians of ${runs} fresh page(s); target ≤ 2 s at 1M each side):\n`);
  console.log('| comparison | worker | page (baseline loaded → on screen) | items listed |');
  console.log('|---|---|---|---|');
  for (const row of rows) {
    console.log(
      `| ${row.label} | ${(median(row.workerMs) / 1000).toFixed(2)} s | ` +
        `${(median(row.pageMs) / 1000).toFixed(2)} s | ${row.items} |`,
    );
  }
  const out = join(DATA_DIR, 'compare-results.json');
  await writeFile(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), runs, rows }, null, 2)}\n`,
  );
  console.log(`\nWritten to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
