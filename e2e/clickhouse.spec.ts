// The explorer over a ClickHouse source: the bundled sample loaded into the local engine
// (chdb behind ClickHouse's HTTP interface), the page connected to it, then search, a facet,
// every view of an event, the process tree, and a copied link that a fresh page restores
// against the server.
//
// Needs the page built with the server's origin in its CSP:
//   CWS_CONNECT_SRC=http://127.0.0.1:8124 npx vite build --outDir dist-X
// (E2E_CLICKHOUSE_PORT changes the port) and the local engine installed
// (npm run clickhouse:install); skips, saying which is missing, otherwise.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppPage, expect, test } from './helpers/app-page';
import { showView, viewNames } from './helpers/detail-page';
import { SAMPLE_FILE, countSample } from './helpers/sample-data';

const PORT = Number(process.env.E2E_CLICKHOUSE_PORT ?? 8124);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TOTAL = 6000;

/** What the spec needs of the local engine's test support (clickhouse/, store and loader). */
interface LocalClickHouse {
  readonly url: string;
  readonly database: string;
  stop(): Promise<void>;
}
type StartLocalClickHouse = (options: {
  readonly files: readonly string[];
  readonly port: number;
}) => Promise<LocalClickHouse>;

const SUPPORT = resolve('src/test-support/local-clickhouse.ts');
const ENGINE = resolve('clickhouse/local-engine/node_modules/chdb');

let server: LocalClickHouse | undefined;

test.beforeAll(async () => {
  test.skip(!existsSync(ENGINE), `the local ClickHouse engine is not installed at ${ENGINE}`);
  test.skip(!existsSync(SUPPORT), `${SUPPORT} (startLocalClickHouse) is not in this checkout`);
  const support = (await import(pathToFileURL(SUPPORT).href)) as {
    startLocalClickHouse: StartLocalClickHouse;
  };
  server = await support.startLocalClickHouse({ files: [SAMPLE_FILE], port: PORT });
});

test.afterAll(async () => {
  await server?.stop();
});

async function connect(app: AppPage, database: string): Promise<void> {
  await app.page.getByTestId('connect-source').click();
  const dialog = app.page.getByTestId('connect-dialog');
  await dialog.getByTestId('source-url').fill(ORIGIN);
  await dialog.getByTestId('source-database').fill(database);
  await dialog.getByTestId('source-connect').click();
  await expect(dialog).toHaveCount(0);
}

test('search, facets, every view of an event, the process tree and a link, read from ClickHouse', async ({
  app,
  browser,
  context,
}) => {
  const policy = await (await app.page.request.get('/')).text();
  test.skip(
    !policy.includes(ORIGIN),
    `the page was not built with CWS_CONNECT_SRC=${ORIGIN} (its CSP refuses the server)`,
  );
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const database = server?.database ?? 'default';
  const requests: string[] = [];
  app.page.on('request', (r) => requests.push(r.url()));
  await app.goto();
  await connect(app, database);
  await expect(app.page.getByTestId('source-badge')).toHaveText(
    `ClickHouse · ${database} @ 127.0.0.1:${PORT}`,
  );
  await expect(app.root()).toHaveAttribute('data-load-state', 'ready');
  expect(await app.stat('events')).toBe(TOTAL);
  await app.expectMatching(TOTAL);

  await app.search('@evt.name:open');
  await app.expectMatching(countSample((e) => e.body.evt.name === 'open'));
  const facet = app.page.locator('[data-testid="facet-value"][data-field="@evt.name"]');
  await expect(facet).toHaveCount(1);
  await expect(facet).toHaveAttribute('data-value', 'open');

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
  const hash = new URL(link).hash;
  expect(hash).toContain(`ch=${ORIGIN}`);
  expect(hash).toContain('q=@evt.name:open');
  expect(hash).not.toMatch(/password|open=sample/);

  // A fresh page in a browser of its own: a server without a password reconnects at once.
  const fresh = new AppPage(await (await browser.newContext()).newPage());
  await fresh.page.goto(link);
  await expect(fresh.page.getByTestId('source-badge')).toBeVisible();
  await fresh.expectMatching(countSample((e) => e.body.evt.name === 'open'));
  await expect(
    fresh.page.locator(`[data-testid="event-row"][data-event-id="${eventId}"]`),
  ).toHaveAttribute('aria-selected', 'true');

  const origins = new Set(requests.map((u) => new URL(u).origin));
  expect([...origins].sort()).toEqual([new URL(app.page.url()).origin, ORIGIN].sort());
});
