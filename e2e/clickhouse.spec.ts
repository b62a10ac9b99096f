// The explorer over a ClickHouse source: the bundled sample loaded into the local engine
// (chdb behind ClickHouse's HTTP interface, asking for a password), the page — built with
// that server in its CSP, as a deployment would be — connected to it, then search, a facet,
// every view of an event, the process tree, and a copied link that a fresh browser restores
// against the server once it has given the password again (the link never carries it); and
// an event's process lanes and the full-width lanes of a query, the same lanes as the tab's.
// Skips, saying why, without the local engine (npm run clickhouse:install).
import type { Locator } from '@playwright/test';
import { AppPage } from './helpers/app-page';
import { expect, localEngineMissing, test } from './helpers/clickhouse-fixture';
import { showView, viewNames } from './helpers/detail-page';
import { download, fullLanes, lanes, openShellLanes, procOf, shell } from './helpers/lanes-page';
import { countSample } from './helpers/sample-data';

const TOTAL = 6000;

test.skip(localEngineMissing() !== undefined, localEngineMissing() ?? '');

interface Credentials {
  readonly url: string;
  readonly database: string;
  readonly user: string;
  readonly password: string;
}

/** Fills the Connect dialog (opened already, or by its button) and connects. */
async function connect(app: AppPage, server: Credentials, openDialog = true): Promise<void> {
  if (openDialog) await app.page.getByTestId('connect-source').click();
  const dialog = app.page.getByTestId('connect-dialog');
  await dialog.getByTestId('source-url').fill(server.url);
  await dialog.getByTestId('source-database').fill(server.database);
  await dialog.getByTestId('source-user').fill(server.user);
  await dialog.getByTestId('source-password').fill(server.password);
  await dialog.getByTestId('source-connect').click();
  await expect(dialog).toHaveCount(0);
}

test('search, facets, every view of an event, the process tree and a link, read from ClickHouse', async ({
  app,
  browser,
  context,
  clickhouse,
}) => {
  if (clickhouse === undefined) throw new Error('no local ClickHouse');
  const { server, origin } = clickhouse;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.goto();
  await connect(app, server);
  await expect(app.page.getByTestId('source-badge')).toHaveText(
    `ClickHouse · ${server.database} @ ${new URL(origin).host}`,
  );
  await expect(app.root()).toHaveAttribute('data-load-state', 'ready');
  expect(await app.stat('events')).toBe(TOTAL);
  await app.expectMatching(TOTAL);

  // A query, then a facet value clicked to narrow it.
  const opens = countSample((e) => e.body.evt.name === 'open' || e.body.evt.name === 'exec');
  await app.search('@evt.name:(open OR exec)');
  await app.expectMatching(opens);
  const exec = app.page.locator(
    '[data-testid="facet-value"][data-field="@evt.name"][data-value="exec"]',
  );
  await expect(exec).toHaveCount(1);
  await exec.locator('.facet-value-main').click();
  const execs = countSample((e) => e.body.evt.name === 'exec');
  await app.expectMatching(execs);

  await app.selectRow(0);
  const eventId = await app.row(0).getAttribute('data-event-id');
  for (const name of await viewNames(app)) {
    await showView(app, name);
    await expect(app.detail()).not.toContainText('not available');
  }
  await showView(app, 'Process tree');
  await expect(app.processTree().locator('[aria-current="true"]')).toHaveCount(1);

  await app.page.getByTestId('copy-link').click();
  const link = await app.page.evaluate(() => navigator.clipboard.readText());
  const hash = decodeURIComponent(new URL(link).hash);
  expect(hash).toContain(`ch=${server.url}`);
  expect(hash).toContain('@evt.name:(open OR exec)');
  expect(hash).not.toContain(server.password);
  expect(hash).not.toContain('open=sample');
  // The password stays in this tab's session storage only (not remembered on the device).
  const stored = await app.page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain(server.password);

  // A fresh browser: the link names the server but not the password, so the page asks for
  // it, then restores the view.
  const fresh = new AppPage(await (await browser.newContext()).newPage());
  await fresh.page.goto(link);
  await expect(fresh.page.getByTestId('connect-dialog')).toBeVisible();
  await expect(fresh.page.getByTestId('source-url')).toHaveValue(server.url);
  await connect(fresh, server, false);
  await expect(fresh.page.getByTestId('source-badge')).toBeVisible();
  await fresh.expectMatching(execs);
  await expect(
    fresh.page.locator(`[data-testid="event-row"][data-event-id="${eventId}"]`),
  ).toHaveAttribute('aria-selected', 'true');
});

/** The lanes under `root` as their text table's rows (name, pid, lifetime, events). */
async function laneLines(root: Locator): Promise<string[]> {
  await root.getByTestId('lanes-text-toggle').click();
  const rows = root.getByTestId('lanes-text').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join(' | ')),
  );
}

test("an event's lanes and the full-width lanes of a query, read from ClickHouse, are the tab's", async ({
  app,
  context,
  clickhouse,
}) => {
  if (clickhouse === undefined) throw new Error('no local ClickHouse');
  const downloads = `@process.pid:${procOf(download).pid} host:web-1`;
  // The same lanes on the tab's engine, the sample opened in another page.
  const tab = new AppPage(await context.newPage());
  await openShellLanes(tab);
  const family = await laneLines(tab.detail());
  await tab.search(downloads);
  await tab.page.getByTestId('lanes-view-toggle').click();
  const view = await laneLines(fullLanes(tab));
  await tab.page.close();
  expect(family.length).toBeGreaterThan(2);
  expect(view.length).toBeGreaterThan(1);

  await app.goto();
  await connect(app, clickhouse.server);
  await app.search(`@process.pid:${procOf(shell).pid} host:web-1 @evt.name:exec`);
  await app.page.locator(`[data-testid="event-row"][data-event-id="${shell.id}"]`).click();
  await showView(app, 'Lanes');
  await expect(lanes(app)).toBeVisible();
  await expect(app.detail()).not.toContainText('not available');
  expect(await laneLines(app.detail())).toEqual(family);

  await app.search(downloads);
  await app.page.getByTestId('lanes-view-toggle').click();
  await expect(fullLanes(app)).toHaveAttribute('data-scope', 'view');
  expect(await laneLines(fullLanes(app))).toEqual(view);
});
