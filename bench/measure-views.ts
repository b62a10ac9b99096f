// The timeline and the detail pane as a user meets them, on a page whose data is ready (files
// opened in the tab, or a connected ClickHouse source): Enter on a query → the frame where the
// timeline's bars add up to the new matching count; a click on a row → the frame where the
// detail pane shows that event. Timed inside the page with performance.now().
import type { Page } from '@playwright/test';
import { BENCH_QUERIES } from './search-scenario';

const TIMELINE_IN_PAGE = `async (query) => {
  const app = () => document.querySelector('[data-testid="app"]')?.getAttribute('data-view-id');
  const value = (id) => document.querySelector('[data-testid="' + id + '"]')?.getAttribute('data-value');
  const total = () => document.querySelector('[data-testid="timeline"]')?.getAttribute('data-total');
  const before = app();
  const t0 = performance.now();
  const input = document.querySelector('[data-testid="query-input"]');
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, query);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.focus();
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  for (;;) {
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    if (app() !== before && total() !== null && total() === value('stat-matching')) {
      return performance.now() - t0;
    }
    if (performance.now() - t0 > 120000) throw new Error('timed out');
  }
}`;

const DETAIL_IN_PAGE = `async (n) => {
  const row = document.querySelectorAll('[data-testid="event-row"]')[n];
  const id = row.getAttribute('data-event-id');
  const t0 = performance.now();
  row.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  for (;;) {
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    const pane = document.querySelector('[data-testid="detail-pane"]');
    if (pane && pane.getAttribute('aria-busy') !== 'true' && pane.textContent.includes(id)) {
      return performance.now() - t0;
    }
    if (performance.now() - t0 > 120000) throw new Error('timed out');
  }
}`;

export interface ViewsRun {
  /** Enter → timeline redrawn for the new view, per query and repetition. */
  readonly timelineMs: number[];
  /** Row click → its detail on screen. */
  readonly detailMs: number[];
}

export async function measureViewsOnPage(page: Page, repetitions: number): Promise<ViewsRun> {
  const timelineMs: number[] = [];
  for (let rep = 0; rep < repetitions; rep++) {
    for (const { query } of BENCH_QUERIES.slice(0, 4)) {
      timelineMs.push(
        (await page.evaluate(`(${TIMELINE_IN_PAGE})(${JSON.stringify(query)})`)) as number,
      );
    }
  }
  await page.evaluate(`(${TIMELINE_IN_PAGE})("")`);
  const detailMs: number[] = [];
  // A different row each time (one already shown would answer at once).
  for (let k = 0; k < 5 * repetitions; k++) {
    detailMs.push((await page.evaluate(`(${DETAIL_IN_PAGE})(${1 + ((k * 3) % 20)})`)) as number);
  }
  return { timelineMs, detailMs };
}
