// The comparison benchmark in the app: the incident file is loaded, then its routine day is
// opened as the baseline, as a user would (`open-baseline`); once the baseline is loaded the
// page compares the two. Measured: the worker's time for the whole comparison (counting every
// kind in both data sets, folding, sorting; the `data-compare-ms` the view carries) and the
// page's, from the baseline's load finishing to the comparison on screen. Each run is a fresh
// page, so nothing counted before is reused.
import type { Browser } from '@playwright/test';
import { openLoadedPage } from './loaded-page';

export interface CompareRun {
  /** Worker: the whole comparison, both data sets counted from their indexes. */
  readonly workerMs: number;
  /** Page: baseline loaded → comparison on screen. */
  readonly pageMs: number;
  readonly items: number;
}

/** Source text run in the page (see measure-search.ts for why it is a string). */
const IN_PAGE = `async () => {
  const view = () => document.querySelector('[data-testid="compare"]');
  const t0 = performance.now();
  let loadedAt;
  for (;;) {
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    const v = view();
    if (loadedAt === undefined && v !== null && !v.textContent.includes('Reading the baseline')) {
      loadedAt = performance.now();
    }
    if (v !== null && v.getAttribute('data-state') === 'ready') {
      return { pageMs: performance.now() - (loadedAt ?? t0), workerMs: Number(v.getAttribute('data-compare-ms')) };
    }
    if (performance.now() - t0 > 1200000) throw new Error('timed out');
  }
}`;

export async function measureCompare(
  browser: Browser,
  appUrl: string,
  incident: string,
  baseline: string,
  timeoutMs: number,
): Promise<CompareRun> {
  const { context, page } = await openLoadedPage(browser, appUrl, incident, timeoutMs);
  try {
    await page.getByTestId('open-baseline').setInputFiles(baseline, { timeout: timeoutMs });
    const times = (await page.evaluate(`(${IN_PAGE})()`)) as { pageMs: number; workerMs: number };
    return { ...times, items: await page.getByTestId('compare-item').count() };
  } finally {
    await context.close();
  }
}
