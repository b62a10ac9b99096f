// The search benchmark in the app: loads a file once, then, as a user would, types each query
// and presses Enter, clicks facets' view into being, and sorts by clicking column headers. Each
// latency is taken inside the page with performance.now(): from the Enter keydown (or header
// click) to the frame where the new count and the new view's rows (or facets) are on screen,
// read from the page's `data-view-id` hooks: the app's view in force, the rows' view, the
// facets' view.
import type { Browser, Page } from '@playwright/test';
import { BENCH_QUERIES, FACET_QUERY } from './search-scenario';
import { openLoadedPage } from './loaded-page';

export interface SearchRun {
  readonly events: number | undefined;
  /** Per query, every repetition's milliseconds (Enter → count and rows). */
  readonly queryMs: Record<string, number[]>;
  readonly counts: Record<string, number>;
  /** Enter on the facet query → every default facet (all expanded) recounted on screen. */
  readonly facetMs: number[];
  /** Header click → rows of the new order on screen. */
  readonly sortTimeMs: number[];
  readonly sortStringMs: number[];
}

/** What the benchmark does in the page: submit a query, or click a column's sort. */
type Action = { readonly query: string } | { readonly sortColumn: string };
/** What it waits for: the new view's rows, or its facets, on screen. */
type Target = 'rows' | 'facets';

/**
 * The in-page part of `timeUntil`, as source text: functions handed to `page.evaluate` get
 * renamed by the TypeScript loader (it inserts a `__name` helper the page lacks).
 */
const IN_PAGE = `async ({ action, target }) => {
  const attr = (testId) =>
    document.querySelector('[data-testid="' + testId + '"]')?.getAttribute('data-view-id');
  const before = attr('app');
  const t0 = performance.now();
  if ('query' in action) {
    const input = document.querySelector('[data-testid="query-input"]');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setter.call(input, action.query);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  } else {
    document
      .querySelector('[data-testid="column-header"][data-column="' + action.sortColumn + '"] [data-testid="column-sort"]')
      .click();
  }
  const shown = target === 'rows' ? 'event-table' : 'facets-panel';
  for (;;) {
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    const now = attr('app');
    if (now !== before && now === attr(shown)) return performance.now() - t0;
    if (performance.now() - t0 > 120000) throw new Error('timed out');
  }
}`;

/** Performs `action` and resolves with ms from then to the frame where `target` shows the new view. */
async function timeUntil(page: Page, action: Action, target: Target): Promise<number> {
  return (await page.evaluate(`(${IN_PAGE})(${JSON.stringify({ action, target })})`)) as number;
}

async function readInt(page: Page, testId: string): Promise<number | undefined> {
  const raw = await page.getByTestId(testId).getAttribute('data-value');
  return raw === null ? undefined : Number(raw);
}

export async function measureSearch(
  browser: Browser,
  appUrl: string,
  file: string,
  repetitions: number,
  timeoutMs: number,
): Promise<SearchRun> {
  const { context, page } = await openLoadedPage(browser, appUrl, file, timeoutMs);
  try {
    return await measureSearchOnPage(page, repetitions);
  } finally {
    await context.close();
  }
}

/** The search workload on a page whose data is ready (opened files, or a connected source). */
export async function measureSearchOnPage(page: Page, repetitions: number): Promise<SearchRun> {
  const queryMs: Record<string, number[]> = {};
  const counts: Record<string, number> = {};
  for (let rep = 0; rep < repetitions; rep++) {
    for (const { query } of BENCH_QUERIES) {
      const ms = await timeUntil(page, { query }, 'rows');
      (queryMs[query] ??= []).push(ms);
      counts[query] = (await readInt(page, 'stat-matching')) ?? -1;
    }
  }
  // Every default facet expanded, so that all of them are recounted for each view.
  await page.evaluate(`document
      .querySelectorAll('[data-testid="facet"] .facet-toggle[aria-expanded="false"]')
      .forEach((toggle) => toggle.click())`);
  const facetMs: number[] = [];
  for (let rep = 0; rep < repetitions; rep++) {
    await timeUntil(page, { query: '@evt.name:open' }, 'rows');
    facetMs.push(await timeUntil(page, { query: FACET_QUERY }, 'facets'));
  }
  await timeUntil(page, { query: '' }, 'rows');
  const sortTimeMs: number[] = [];
  const sortStringMs: number[] = [];
  for (let rep = 0; rep < repetitions; rep++) {
    // Time descending (from ascending), then a string column, then back to time.
    sortTimeMs.push(await timeUntil(page, { sortColumn: 'time' }, 'rows'));
    sortStringMs.push(await timeUntil(page, { sortColumn: 'executable' }, 'rows'));
    await timeUntil(page, { sortColumn: 'time' }, 'rows');
  }
  return {
    events: await readInt(page, 'stat-events'),
    queryMs,
    counts,
    facetMs,
    sortTimeMs,
    sortStringMs,
  };
}
