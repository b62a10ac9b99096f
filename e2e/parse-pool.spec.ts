// The pool of parsing workers in the page: several files at once (a multi-shard NDJSON file,
// its gzip, the hostile corpus, a JSON array, a damaged file) read with one worker and with
// two give the same counts, ids, rows, facets, search answers and problems; a parsing worker
// that fails mid-load is replaced and nothing is lost; a field asked for while the files are
// still being read is answered for every event once they are.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { generateEvents } from '../scripts/generator/generate-events';
import { writeShape } from '../scripts/generator/shapes';
import { expect, fixturePath, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';

let dir = '';
let files: string[] = [];
let big = '';
let bigText = '';

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cws-pool-'));
  // Some 14 MB: cut into several shards (1 MB, 4 MB, then larger).
  const text = [
    ...writeShape('ndjson', generateEvents({ seed: 11, count: 4_000, agents: 'mixed' })),
  ].join('');
  big = join(dir, 'b-big.ndjson');
  bigText = text;
  await writeFile(big, text);
  await writeFile(join(dir, 'c-big.ndjson.gz'), gzipSync(text));
  await writeFile(
    join(dir, 'd-damaged.ndjson'),
    `${text.slice(0, 2_000_000)}\n{"evt": {"na\n\n${text.slice(0, 500)}`,
  );
  files = [
    big,
    join(dir, 'c-big.ndjson.gz'),
    join(dir, 'd-damaged.ndjson'),
    fixturePath('hostile.ndjson'),
    fixturePath('shape-array.json'),
  ];
});

test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Opens `paths` with `workers` parsing workers and waits for the load to end. */
async function openWith(app: AppPage, workers: number, paths: readonly string[]): Promise<void> {
  await app.page.addInitScript((n) => localStorage.setItem('parse-workers', String(n)), workers);
  await app.goto();
  await app.openFiles(paths);
  await app.waitForReady(90_000);
}

async function rowIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('event-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id') ?? ''));
}

/** `read`'s answer once two reads 250 ms apart agree (the page has settled on it). */
async function settled<T>(read: () => Promise<T>): Promise<T> {
  let last = JSON.stringify(await read());
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const value = await read();
    const text = JSON.stringify(value);
    if (text === last) return value;
    last = text;
  }
}

/** What the analyst sees of the data set: counts, rows, searches, a facet, problems. */
async function observe(app: AppPage) {
  const stats = {
    events: await app.stat('events'),
    rejected: await app.stat('rejected'),
    invalid: await app.stat('invalid'),
    drift: await app.stat('drift'),
  };
  const first = await settled(() => rowIds(app.page));
  const searches: Record<string, number> = {};
  for (const query of [
    '@evt.name:exec',
    'host:web-2',
    '-@evt.name:open @process.pid:>1000',
    'curl',
  ]) {
    await app.search(query);
    await expect(app.root()).toHaveAttribute('data-load-state', 'ready');
    await expect.poll(() => app.stat('matching')).toBeLessThan(stats.events);
    searches[query] = await settled(() => app.stat('matching'));
  }
  await app.search('');
  await expect.poll(() => app.stat('matching')).toBe(stats.events);
  const facet = await settled(() =>
    app.page
      .locator('[data-testid="facet-value"][data-field="@evt.name"]')
      .evaluateAll((values) =>
        values.map((v) => `${v.getAttribute('data-value')}=${v.getAttribute('data-count')}`),
      ),
  );
  const problems = await settled(() =>
    app
      .problems()
      .evaluateAll((items) =>
        items.map((i) => `${i.getAttribute('data-source')}:${i.getAttribute('data-line')}`),
      ),
  );
  return { stats, first, searches, facet, problems };
}

test('one parsing worker and two read several files into the same data set', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  await openWith(app, 1, files);
  const one = await observe(app);
  await page.reload();
  await openWith(app, 2, files);
  const two = await observe(app);
  expect(one.stats.events).toBeGreaterThan(8_000);
  expect(one.first.length).toBeGreaterThan(10);
  expect(one.facet.length).toBeGreaterThan(3);
  expect(two).toEqual(one);
});

test('a parsing worker that fails mid-load is replaced and no event is lost', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => localStorage.setItem('parse-workers', '2'));
  await app.goto();
  await app.openFiles([big]);
  await expect
    .poll(() => page.workers().filter((w) => w.url().includes('parse')).length)
    .toBeGreaterThan(0);
  const parser = page.workers().find((w) => w.url().includes('parse'));
  await parser?.evaluate(() => {
    setTimeout(() => {
      throw new Error('injected parsing worker failure');
    });
  });
  expect(await app.waitForReady(90_000)).toBe('ready');
  expect(await app.stat('events')).toBe(4_000);
  expect(await app.stat('rejected')).toBe(0);
});

test('a field asked for while loading is answered for every event', async ({ app, page }) => {
  test.setTimeout(120_000);
  // `process.envs` is not in the index at first: asking for it starts a pass over the events
  // read so far, while the shards still being read are filled as they are merged.
  const expected = bigText.split('\n').filter((line) => line.includes('"envs":')).length;
  expect(expected).toBeGreaterThan(1_000);
  await page.addInitScript(() => localStorage.setItem('parse-workers', '2'));
  await app.goto();
  await app.openFiles([big]);
  await expect.poll(() => app.stat('events')).toBeGreaterThan(0);
  await app.search('@process.envs:*');
  expect(await app.waitForReady(90_000)).toBe('ready');
  await expect.poll(() => app.stat('matching')).toBe(expected);
  expect(await app.stat('events')).toBe(4_000);
});
