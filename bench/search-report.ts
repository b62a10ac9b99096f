// Turns the search benchmark's app and baseline times into a markdown table: per measure, the
// app's median and p95 over every repetition, the plain scan's median, and their ratio.
import type { BaselineTimes } from './search-baseline';
import type { SearchRun } from './measure-search';
import { median } from './report';

export interface SearchSummaryRow {
  readonly measure: string;
  readonly samples: number;
  readonly appMedianMs: number | undefined;
  readonly appP95Ms: number | undefined;
  readonly scanMedianMs: number | undefined;
  /** scan / app: how many times faster the app answers than the plain scan. */
  readonly speedup: number | undefined;
  readonly budgetMs: number;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function row(
  measure: string,
  app: readonly number[],
  scan: readonly number[],
  budgetMs: number,
): SearchSummaryRow {
  const appMedianMs = median(app);
  const scanMedianMs = median(scan);
  return {
    measure,
    samples: app.length,
    appMedianMs,
    appP95Ms: percentile(app, 95),
    scanMedianMs,
    speedup:
      appMedianMs === undefined || scanMedianMs === undefined
        ? undefined
        : scanMedianMs / appMedianMs,
    budgetMs,
  };
}

export function summarizeSearch(
  app: SearchRun,
  scan: BaselineTimes | undefined,
): SearchSummaryRow[] {
  const allApp = Object.values(app.queryMs).flat();
  const allScan = scan === undefined ? [] : Object.values(scan.queryMs).flat();
  return [
    row('filter (Enter → count and rows)', allApp, allScan, 100),
    row('facets (Enter → all 14 facets recounted)', app.facetMs, scan?.facetMs ?? [], 200),
    row('sort by time, first (cold)', app.sortTimeMs.slice(0, 1), scan?.sortTimeMs ?? [], 500),
    row('sort by time, again', app.sortTimeMs.slice(1), scan?.sortTimeMs ?? [], 500),
    row(
      'sort by executable, first (cold)',
      app.sortStringMs.slice(0, 1),
      scan?.sortStringMs ?? [],
      500,
    ),
    row('sort by executable, again', app.sortStringMs.slice(1), scan?.sortStringMs ?? [], 500),
  ];
}

const ms = (v: number | undefined): string => (v === undefined ? '–' : `${v.toFixed(0)} ms`);

export function searchTable(rows: readonly SearchSummaryRow[]): string {
  const lines = [
    '| measure | samples | app median | app p95 | budget | plain scan median | scan / app |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.measure} | ${r.samples} | ${ms(r.appMedianMs)} | ${ms(r.appP95Ms)} | ${ms(r.budgetMs)} | ${ms(r.scanMedianMs)} | ${r.speedup === undefined ? '–' : `${r.speedup.toFixed(1)}×`} |`,
    );
  }
  return lines.join('\n');
}

/** Queries whose count in the app differs from the plain scan's (should be none). */
export function countMismatches(app: SearchRun, scan: BaselineTimes | undefined): string[] {
  if (scan === undefined) return [];
  return Object.keys(scan.counts).filter((q) => app.counts[q] !== scan.counts[q]);
}
