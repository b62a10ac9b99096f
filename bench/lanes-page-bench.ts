// The process lanes measured in the production build in headless Chromium
// (`npm run bench:lanes-page`): a generated file of about 100,000 events whose view holds about
// 10,000 processes is opened as a user would, then the full-width lanes of the view:
//
// - first paint: from the press of the Lanes toggle to the first frame painted with the lanes
//   (the engine building the lane set, its transfer, the rows and the canvas);
// - zoom step: from a `+` or `-` key on the lanes to the next frame painted;
// - scroll frames: requestAnimationFrame intervals while the lanes scroll down by a fixed step
//   each frame (60 fps is 16.7 ms).
//
// Medians and p95 over every sample, in ms, and the share of scroll frames that missed the
// 60 fps beat, printed and written to bench/.data/lanes-page.json.
// Usage: tsx bench/lanes-page-bench.ts [--dist DIR] [--runs N]
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { findChromium } from '../scripts/chromium-path.mjs';
import { ensureDataset } from './data';
import { openLoadedPage } from './loaded-page';
import { median } from './report';
import { percentile } from './search-report';
import { startPreview } from './servers';
import { DATA_DIR, LAUNCH_ARGS, ROOT, RUN_TIMEOUT_MS } from './settings';

const APP_PORT = 4182;
const EVENTS = 100_000;
const ZOOM_STEPS = 24;
const SCROLL_FRAMES = 300;
const SCROLL_STEP_PX = 48;
/** A scroll frame longer than this missed the 60 fps beat (16.7 ms, with some slack). */
const LONG_FRAME_MS = 20;

declare global {
  interface Window {
    /** Resolves after the next frame has been painted (a task after the frame's callbacks). */
    benchNextPaint?: () => Promise<number>;
  }
}

/** Puts `benchNextPaint` in the page. */
async function installPaintProbe(page: Page): Promise<void> {
  // tsx names the functions declared inside evaluated code with a `__name` helper.
  await page.evaluate('globalThis.__name = (f) => f');
  await page.evaluate(() => {
    window.benchNextPaint = () =>
      new Promise((done) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(performance.now());
          channel.port2.postMessage(0);
        }),
      );
  });
}

/** Presses the toggle and times until the lanes' first frame; then goes back to the table. */
async function firstPaint(page: Page): Promise<{ ms: number; lanes: number }> {
  const result = await page.evaluate(async () => {
    const nextPaint = window.benchNextPaint as () => Promise<number>;
    const toggle = document.querySelector<HTMLElement>('[data-testid="lanes-view-toggle"]');
    if (toggle === null) throw new Error('no Lanes toggle');
    const started = performance.now();
    toggle.click();
    for (;;) {
      const painted = await nextPaint();
      if (document.querySelector('[data-testid="lanes-full"] [data-testid="lane"]') !== null) {
        const title = document.querySelector('#plf-title')?.textContent ?? '';
        return { ms: painted - started, title };
      }
    }
  });
  const lanes = Number(/of the ([\d,]+) processes/.exec(result.title)?.[1]?.replace(/,/g, ''));
  await page.keyboard.press('Escape');
  await page.getByTestId('event-table').waitFor();
  return { ms: result.ms, lanes };
}

/** Times each of `ZOOM_STEPS` key presses (half in, half out) to the next painted frame. */
async function zoomSteps(page: Page): Promise<number[]> {
  return page.evaluate(async (steps) => {
    const nextPaint = window.benchNextPaint as () => Promise<number>;
    const lanes = document.querySelector<HTMLElement>('[data-testid="lanes-full"] .pl-scroll');
    const view = document.querySelector('[data-testid="lanes-full"] [data-testid="process-lanes"]');
    if (lanes === null || view === null) throw new Error('no lanes');
    lanes.focus();
    const times: number[] = [];
    for (let i = 0; i < steps; i++) {
      const key = i < steps / 2 ? '+' : '-';
      const before = view.getAttribute('data-from-ms');
      await nextPaint();
      const started = performance.now();
      lanes.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      const painted = await nextPaint();
      if (view.getAttribute('data-from-ms') === before) throw new Error(`${key} did not zoom`);
      times.push(painted - started);
    }
    return times;
  }, ZOOM_STEPS);
}

/** requestAnimationFrame intervals while the lanes scroll `SCROLL_STEP_PX` down each frame. */
async function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(
    ({ frames, step }) =>
      new Promise<number[]>((done, fail) => {
        const lanes = document.querySelector<HTMLElement>('[data-testid="lanes-full"] .pl-scroll');
        if (lanes === null) return fail(new Error('no lanes'));
        lanes.scrollTop = 0;
        const deltas: number[] = [];
        let last: number | undefined;
        const frame = (now: number) => {
          if (last !== undefined) deltas.push(now - last);
          last = now;
          if (deltas.length === frames) return done(deltas);
          lanes.scrollTop += step;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { frames: SCROLL_FRAMES, step: SCROLL_STEP_PX },
  );
}

function summary(label: string, values: readonly number[]) {
  const med = median(values) ?? Number.NaN;
  const p95 = percentile(values, 95) ?? Number.NaN;
  console.log(
    `  ${label.padEnd(14)} median ${med.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   (${values.length} samples)`,
  );
  return { samples: values.length, medianMs: med, p95Ms: p95 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '5' } },
  });
  const runs = Number(values.runs);
  const dataset = await ensureDataset(ROOT, DATA_DIR, EVENTS, false);
  const executablePath = findChromium();
  if (executablePath === undefined) {
    throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs`');
  }
  const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS, headless: true });
  const app = await startPreview(ROOT, resolve(ROOT, values.dist ?? 'dist'), APP_PORT);
  try {
    const { context, page } = await openLoadedPage(browser, app.url, dataset.path, RUN_TIMEOUT_MS);
    await installPaintProbe(page);
    const paints: number[] = [];
    let lanes = 0;
    for (let run = 0; run < runs; run++) {
      const first = await firstPaint(page);
      paints.push(first.ms);
      lanes = first.lanes;
    }
    await page.getByTestId('lanes-view-toggle').click();
    await page.getByTestId('lanes-full').getByTestId('lane').first().waitFor();
    const zooms: number[] = [];
    const frames: number[] = [];
    for (let run = 0; run < runs; run++) {
      zooms.push(...(await zoomSteps(page)));
      frames.push(...(await scrollFrames(page)));
    }
    const events = await page.getByTestId('stat-matching').getAttribute('data-value');
    console.log(
      `lanes in Chromium: ${lanes} processes, ${events} events in view (${dataset.label}, ${runs} runs)`,
    );
    const result = {
      dataset: dataset.label,
      lanes,
      events: Number(events),
      firstPaint: summary('first paint', paints),
      zoomStep: summary('zoom step', zooms),
      scrollFrame: summary('scroll frame', frames),
      longFrameShare: frames.filter((ms) => ms > LONG_FRAME_MS).length / frames.length,
    };
    console.log(
      `  frames over ${LONG_FRAME_MS} ms while scrolling: ${(result.longFrameShare * 100).toFixed(1)} %`,
    );
    await writeFile(join(DATA_DIR, 'lanes-page.json'), `${JSON.stringify(result, null, 2)}\n`);
    await context.close();
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
