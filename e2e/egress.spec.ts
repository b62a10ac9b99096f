// Zero egress: every request of a full session (sample, search, facets, timeline, every pane,
// process tree, sort, column chooser, problems, shortcuts, theme, export, rules mode and a policy
// run) is recorded from the page, the context (workers included) and a catch-all
// route, and must go to the page's own origin. Then, offline, the loaded app keeps working.
import { fileURLToPath } from 'node:url';
import type { Page, Request } from '@playwright/test';
import { expect, fixtureManifest, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';
import { DetailPage, showView, viewNames } from './helpers/detail-page';
import { countSample } from './helpers/sample-data';
import { SearchPage } from './helpers/search-page';
import { TablePage } from './helpers/table-page';

const POLICY_FILE = fileURLToPath(
  new URL('./fixtures/default.policy.v1.10.0.yaml', import.meta.url),
);

/** Every way a request can show up, with what we saw of it. */
interface Recorded {
  readonly via: 'page' | 'context' | 'route' | 'websocket' | 'failed' | 'worker';
  readonly url: string;
  readonly method: string;
  readonly fromWorker: boolean;
}

class EgressLog {
  readonly seen: Recorded[] = [];

  constructor(readonly ownOrigin: string) {}

  add(via: Recorded['via'], request: Request | { url: () => string }, fromWorker = false): void {
    const method = 'method' in request ? request.method() : 'GET';
    this.seen.push({ via, url: request.url(), method, fromWorker });
  }

  /** Requests that left (or tried to leave) the page's own origin. */
  foreign(): Recorded[] {
    return this.seen.filter((r) => r.via === 'websocket' || !this.isOwn(r.url));
  }

  isOwn(url: string): boolean {
    if (url.startsWith('data:') || url === 'about:blank') return true;
    try {
      // A blob: URL carries its creator's origin.
      return new URL(url.startsWith('blob:') ? url.slice(5) : url).origin === this.ownOrigin;
    } catch {
      return false;
    }
  }

  summary(): string {
    return this.seen
      .map((r) => `${r.via}${r.fromWorker ? ' (worker)' : ''} ${r.method} ${r.url}`)
      .join('\n');
  }
}

/** Requests of workers have no frame. */
function isFromWorker(request: Request): boolean {
  try {
    request.frame();
    return false;
  } catch {
    return true;
  }
}

/** Records every request of the page's context, and aborts any that would leave the origin. */
async function recordEgress(page: Page, baseURL: string | undefined): Promise<EgressLog> {
  if (baseURL === undefined) throw new Error('baseURL must be configured');
  const log = new EgressLog(new URL(baseURL).origin);
  const context = page.context();
  page.on('request', (request) => log.add('page', request));
  context.on('request', (request) => log.add('context', request, isFromWorker(request)));
  page.on('requestfailed', (request) => log.add('failed', request));
  page.on('websocket', (socket) => log.add('websocket', socket));
  // Workers started by workers show up here even when their script request does not.
  page.on('worker', (worker) => log.add('worker', { url: () => worker.url() }, true));
  await context.route('**/*', async (route) => {
    const request = route.request();
    log.add('route', request);
    if (log.isOwn(request.url())) await route.continue();
    else await route.abort('blockedbyclient');
  });
  return log;
}

/** Shows every view tab of the selected event in turn. */
async function visitEveryTab(app: AppPage): Promise<string[]> {
  const names = await viewNames(app);
  for (const name of names) {
    await showView(app, name);
    if (name === 'Process tree') {
      await expect(
        app.processTree().or(app.page.getByTestId('process-tree-empty')).first(),
      ).toBeVisible();
    } else {
      await expect(app.detail().locator('[role="tabpanel"]')).not.toBeEmpty();
    }
  }
  await showView(app, 'Fields');
  return names;
}

test('a whole session makes no request outside the page origin', async ({ app, page, baseURL }) => {
  test.setTimeout(120_000);
  const log = await recordEgress(page, baseURL);
  const search = new SearchPage(app);
  const table = new TablePage(app);
  const detail = new DetailPage(app);

  await app.goto();
  await app.openSample();
  expect(await app.waitForReady()).toBe('ready');
  const total = await app.stat('events');
  expect(total).toBeGreaterThan(0);

  // Search, suggestions, an error, and the facets.
  const opens = countSample((e) => e.body.evt.name === 'open');
  await app.search('@evt.name:open');
  await app.expectMatching(opens);
  await search.queryInput().fill('@process.');
  await expect(search.suggestions().first()).toBeVisible();
  await app.search('@evt.name:(open');
  await expect(search.queryErrors()).not.toHaveCount(0);
  await app.search('');
  await app.expectMatching(total);
  const execs = countSample((e) => e.body.evt.name === 'exec');
  await search.facetValue('@evt.name', 'exec').locator('.facet-value-main').click();
  await app.expectMatching(execs);
  await search.facetValue('@evt.name', 'exec').locator('.facet-value-main').click();
  await app.expectMatching(total);

  // The timeline: brush a range, then take it out.
  await search.brush(0.2, 0.6);
  await expect(search.timeChip()).toBeVisible();
  await search.timeChip().getByTestId('time-chip-remove').click();
  await app.expectMatching(total);

  // Every pane of an exec event, the process tree and one of its pivots.
  await detail.selectFirstOfType('exec');
  const tabs = await visitEveryTab(app);
  expect(tabs).toEqual(expect.arrayContaining(['Fields', 'Process tree', 'Tree', 'Raw JSON']));
  await showView(app, 'Process tree');
  await expect(app.processTree()).toBeVisible();
  await app.processTree().getByTestId('process-node').first().click();
  const pivot = page.getByTestId('process-node-details').getByTestId('pivot').first();
  await pivot.click();
  await expect(search.queryInput()).toHaveValue(/@process\./);
  await app.search('');
  await app.expectMatching(total);

  // Sorting, the column chooser and a column menu.
  await table.sortBy('executable');
  await table.expectSorted('executable', 'ascending');
  await table.sortBy('executable');
  await table.expectSorted('executable', 'descending');
  await table.addFieldColumn('@file.mode');
  await table.sortBy('@file.mode');
  await table.expectSorted('@file.mode', 'ascending');
  await table.columnAction('@file.mode', 'remove');
  await expect(table.header('@file.mode')).toHaveCount(0);

  // Problems, shortcuts, theme.
  await page.getByRole('tab', { name: 'Problems' }).click();
  await page.getByRole('tab', { name: 'Event' }).click();
  await page.keyboard.press('Escape');
  await page.locator('body').press('?');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /Switch to the (dark|light) theme/ }).click();

  // Export with every redaction, then its manifest: both saved from `blob:` URLs of the page.
  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  const exportDialog = page.getByRole('dialog', { name: /^Export .* matching events$/ });
  for (const label of ['Environment values', 'Arguments', 'User names', 'IP addresses']) {
    await exportDialog.getByRole('checkbox', { name: label }).check();
  }
  const exported = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Start' }).click();
  expect(log.isOwn((await exported).url())).toBe(true);
  const manifest = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Save manifest' }).click();
  expect(log.isOwn((await manifest).url())).toBe(true);
  await exportDialog.getByRole('button', { name: 'Close', exact: true }).click();
  // Rules mode: a rule, then a policy file run over the events, all inside the page.
  await page.getByTestId('mode-rules').click();
  await app.applyRule('open.file.path == "/etc/shadow"');
  await expect(page.getByTestId('rule-errors')).toHaveCount(0);
  await page.getByTestId('open-policy').setInputFiles(POLICY_FILE);
  await expect(page.getByTestId('policy-totals')).toBeVisible({ timeout: 30_000 });

  await test.info().attach('requests', { body: log.summary() });
  expect(log.foreign(), 'requests outside the page origin').toEqual([]);
  expect(log.seen.filter((r) => r.via === 'failed')).toEqual([]);
  // The recording works: the page's own assets and the sample were seen, by the route too.
  const routed = log.seen.filter((r) => r.via === 'route').map((r) => new URL(r.url).pathname);
  expect(routed).toEqual(expect.arrayContaining(['/', '/sample/investigation.json.gzip']));
  expect(routed.some((path) => /^\/assets\/engine\.worker-.*\.js$/.test(path))).toBe(true);
});

test('once loaded, the app keeps working offline', async ({ app, page, baseURL }) => {
  const log = await recordEgress(page, baseURL);
  await app.goto();
  await expect(page.getByTestId('open-sample')).toBeVisible();
  // Offline, and every request the context can see fails as a dropped connection would.
  await page.context().setOffline(true);
  await page.context().unrouteAll();
  await page.context().route('**/*', async (route) => {
    log.add('route', route.request());
    await route.abort('internetdisconnected');
  });
  const before = log.seen.length;

  // Plain text, then gzip (decompressed and spooled by a worker), read from disk offline.
  for (const name of ['shape-ndjson.ndjson', 'archive.json.gz']) {
    await app.openFixture(name);
    expect(await app.waitForReady(), name).toBe('ready');
    expect(await app.stat('events')).toBe(fixtureManifest().fixtures[name]?.events);
    await app.search('@evt.name:open OR @evt.name:exec');
    await expect(page.getByTestId('stat-matching')).not.toHaveAttribute('data-value', '0');
    await app.selectRow(0);
    await expect(new DetailPage(app).summary()).toBeVisible();
    await expect(app.field('evt.name').first()).toBeVisible();
    await visitEveryTab(app);
    await app.search('');
  }

  // No request was even attempted while offline (workers started from what the page holds).
  await test.info().attach('requests', { body: log.summary() });
  const attempted = log.seen
    .slice(before)
    .filter((r) => r.via !== 'worker' && !r.url.startsWith('data:'));
  expect(attempted.map((r) => `${r.via} ${r.url}`)).toEqual([]);
  expect(log.foreign()).toEqual([]);
  await page.context().setOffline(false);
});
