// One measured load of a file, in a fresh browser context: either the app (through its file
// input, as a user would) or the baseline page (read + split + JSON.parse in a worker). Times are
// taken inside the page with performance.now(), from the input's `change` event on.
import type { Browser, Page } from '@playwright/test';
import { renderers, startRendererSampler } from './proc-memory';
import type { RendererMemory } from './proc-memory';

export interface AppRun {
  /** `ready`, `error`, `timeout` or `crashed`. */
  readonly outcome: string;
  readonly survived: boolean;
  /** change event → data-load-state=ready. */
  readonly loadMs?: number | undefined;
  /** change event → first event row in the DOM. */
  readonly firstRowMs?: number | undefined;
  /** setInputFiles called → ready seen by the benchmark (includes polling latency). */
  readonly wallMs: number;
  readonly events?: number | undefined;
  readonly rejected?: number | undefined;
  readonly indexBytes?: number | undefined;
  /** Parsing workers the load used. */
  readonly workers: number;
  /** Longest main-thread task between the change event and ready. */
  readonly longestTaskMs?: number | undefined;
  /** Renderer RSS once ready and after a garbage collection had the chance to run. */
  readonly settledRssBytes?: number | undefined;
  readonly memory: RendererMemory;
}

export interface BaselineRun {
  readonly outcome: string;
  readonly ms?: number | undefined;
  readonly parsed?: number | undefined;
  readonly failed?: number | undefined;
}

// Installed before any page script: records when the file input fires `change`, when the first
// event row is attached and when data-load-state first reaches ready or error after that.
const PROBE = `(() => {
  const probe = { changeAt: undefined, firstRowAt: undefined, settledAt: undefined, state: undefined,
    longestTaskMs: 0 };
  window.__benchProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (probe.changeAt === undefined || probe.settledAt !== undefined) continue;
      if (entry.startTime >= probe.changeAt) {
        probe.longestTaskMs = Math.max(probe.longestTaskMs, entry.duration);
      }
    }
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', (event) => {
    const target = event.target;
    if (probe.changeAt === undefined && target instanceof Element &&
        target.matches('[data-testid="open-file"]')) {
      probe.changeAt = performance.now();
    }
  }, true);
  const observer = new MutationObserver(() => {
    if (probe.changeAt === undefined) return;
    const now = performance.now();
    if (probe.firstRowAt === undefined && document.querySelector('[data-testid="event-row"]')) {
      probe.firstRowAt = now;
    }
    if (probe.settledAt === undefined) {
      const state = document.querySelector('[data-testid="app"]')?.getAttribute('data-load-state');
      if (state === 'ready' || state === 'error') {
        probe.settledAt = now;
        probe.state = state;
      }
    }
    if (probe.firstRowAt !== undefined && probe.settledAt !== undefined) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true,
    attributeFilter: ['data-load-state'] });
})();`;

interface Probe {
  longestTaskMs?: number;
  changeAt?: number;
  firstRowAt?: number;
  settledAt?: number;
  state?: string;
}

declare global {
  interface Window {
    __benchProbe?: Probe;
    __baseline?: { state: string; startedAt?: number; finishedAt?: number; parsed?: number };
    __app?: { indexBytes?: () => number };
  }
}

function crashWatch(page: Page): {
  readonly crashed: () => boolean;
  readonly promise: Promise<void>;
} {
  let crashed = false;
  const promise = new Promise<void>((resolve) => {
    page.once('crash', () => {
      crashed = true;
      resolve();
    });
  });
  return { crashed: () => crashed, promise };
}

async function readInt(
  page: Page,
  selector: string,
  attribute: string,
): Promise<number | undefined> {
  const raw = await page
    .locator(selector)
    .first()
    .getAttribute(attribute, { timeout: 5_000 })
    .catch(() => null);
  const value = Number(raw);
  return raw === null || raw === '' || !Number.isFinite(value) ? undefined : value;
}

/** Loads `file` in the app at `appUrl` and measures it. */
export async function measureApp(
  browser: Browser,
  appUrl: string,
  file: string,
  timeoutMs: number,
  workers: number,
): Promise<AppRun> {
  const preexisting = new Set((await renderers()).map((r) => r.pid));
  const context = await browser.newContext();
  const page = await context.newPage();
  const crash = crashWatch(page);
  page.on('pageerror', (error) => console.warn(`  page error: ${error.message}`));
  try {
    await page.addInitScript(PROBE);
    await page.addInitScript((n) => localStorage.setItem('parse-workers', String(n)), workers);
    await page.goto(appUrl);
    await page.getByTestId('open-file').waitFor({ state: 'attached', timeout: 60_000 });

    const stopSampling = startRendererSampler(preexisting, 200);
    const started = Date.now();
    let outcome = 'timeout';
    try {
      await page.getByTestId('open-file').setInputFiles(file, { timeout: timeoutMs });
      const settled = page
        .waitForFunction(() => window.__benchProbe?.settledAt !== undefined, undefined, {
          timeout: timeoutMs,
          polling: 250,
        })
        .then(() => 'settled');
      outcome = await Promise.race([settled, crash.promise.then(() => 'crashed')]);
    } catch (error) {
      outcome = crash.crashed() ? 'crashed' : 'timeout';
      if (!crash.crashed()) console.warn(`  ${String(error)}`);
    }
    const wallMs = Date.now() - started;
    const memory = await stopSampling();
    if (outcome !== 'settled') {
      return { outcome, survived: !crash.crashed(), wallMs, workers, memory };
    }
    // What the tab keeps once loaded: a moment for the collector, then one sample.
    await page.waitForTimeout(3_000);
    const settled = await startRendererSampler(preexisting, 1_000)();

    const probe = (await page.evaluate(() => window.__benchProbe)) ?? {};
    const since = (at: number | undefined): number | undefined =>
      at === undefined || probe.changeAt === undefined ? undefined : at - probe.changeAt;
    const indexBytes =
      (await readInt(page, '[data-testid="app"]', 'data-index-bytes')) ??
      (await page.evaluate(() => window.__app?.indexBytes?.()));
    return {
      outcome: probe.state ?? 'unknown',
      survived: true,
      loadMs: since(probe.settledAt),
      firstRowMs: since(probe.firstRowAt),
      wallMs,
      events: await readInt(page, '[data-testid="stat-events"]', 'data-value'),
      rejected: await readInt(page, '[data-testid="stat-rejected"]', 'data-value'),
      indexBytes,
      workers,
      longestTaskMs: probe.longestTaskMs,
      settledRssBytes: settled.lastRssBytes,
      memory,
    };
  } finally {
    await context.close();
  }
}

/** Loads `file` in the baseline page at `baselineUrl` and measures it. */
export async function measureBaseline(
  browser: Browser,
  baselineUrl: string,
  file: string,
  timeoutMs: number,
): Promise<BaselineRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(baselineUrl);
    await page.locator('#file').setInputFiles(file, { timeout: timeoutMs });
    await page.waitForFunction(
      () => window.__baseline?.state === 'done' || window.__baseline?.state === 'error',
      undefined,
      { timeout: timeoutMs, polling: 250 },
    );
    const result = await page.evaluate(() => window.__baseline);
    if (
      result?.state !== 'done' ||
      result.startedAt === undefined ||
      result.finishedAt === undefined
    ) {
      return { outcome: result?.state ?? 'unknown' };
    }
    return {
      outcome: 'done',
      ms: result.finishedAt - result.startedAt,
      parsed: result.parsed,
    };
  } catch (error) {
    console.warn(`  baseline: ${String(error)}`);
    return { outcome: 'timeout' };
  } finally {
    await context.close();
  }
}
