// Shared views: the URL fragment carries the view (never data). A link opened in a fresh
// browser shows the files it expects and restores the same rows, selection and panel once the
// same file is open; another file gives a warning; back and forward move between views; saved
// views and stars live in the browser and travel as a small JSON file.
import type { Browser } from '@playwright/test';
import { AppPage, expect, test } from './helpers/app-page';
import { showView } from './helpers/detail-page';
import { SAMPLE_FILE, countSample, inTimeRange, sampleEvents } from './helpers/sample-data';
import { SearchPage } from './helpers/search-page';
import { TablePage } from './helpers/table-page';

const TOTAL = 6000;

async function openSample(app: AppPage): Promise<void> {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
  await app.expectMatching(TOTAL);
}

/** A page in a browser context of its own: no storage, no history shared with the first. */
async function freshApp(browser: Browser): Promise<AppPage> {
  const context = await browser.newContext();
  return new AppPage(await context.newPage());
}

test('a copied link restores query, range, sort, columns, selection and tab on the same file', async ({
  app,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSample(app);
  const search = new SearchPage(app);
  const table = new TablePage(app);
  await app.search('@evt.name:open');
  await search.brush(0.2, 0.8);
  const range = await search.chipRange();
  const expected = countSample((e) => e.body.evt.name === 'open' && inTimeRange(e, range));
  expect(expected).toBeGreaterThan(0);
  await app.expectMatching(expected);
  await table.sortBy('process');
  await table.expectSorted('process', 'ascending');
  await table.columnAction('host', 'hide');
  await expect(table.header('host')).toHaveCount(0);
  await app.selectRow(3);
  const selectedId = await app.row(3).getAttribute('data-event-id');
  await showView(app, 'Raw JSON');
  const firstRows = (await table.rowIds()).slice(0, 8);

  await app.page.getByTestId('copy-link').click();
  await expect(app.page.getByTestId('copy-link')).toHaveText('Copied');
  const link = await app.page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(app.page.url());
  // The sample is named by the start-up key (a reload reopens it); a colleague's link to an
  // export of their own has only the file's fingerprint: drop the key to play that part.
  expect(new URL(link).hash).toMatch(/^#open=sample&/);
  const fragment = new URL(link).hash.replace(/^#open=sample&/, '#');
  expect(fragment).toContain('q=@evt.name:open');
  expect(fragment).toContain('file=investigation.json.gzip~');
  // Only view state: no event content in the link.
  expect(fragment).not.toContain(selectedId === null ? '-' : 'attributes');

  const other = await freshApp(browser);
  await other.goto(fragment);
  const wanted = other.page.getByTestId('expected-files');
  await expect(wanted).toBeVisible();
  await expect(wanted.getByTestId('expected-file')).toHaveCount(1);
  await expect(wanted).toContainText('investigation.json.gzip');
  await other.openFiles([SAMPLE_FILE]);
  expect(await other.waitForReady()).toBe('ready');
  await other.expectMatching(expected);
  const otherTable = new TablePage(other);
  await otherTable.expectSorted('process', 'ascending');
  await expect(otherTable.header('host')).toHaveCount(0);
  await otherTable.expectFirstRows(firstRows);
  const selected = other.page.locator(`[data-testid="event-row"][data-event-id="${selectedId}"]`);
  await expect(selected).toHaveAttribute('aria-selected', 'true');
  await expect(other.detail().getByRole('tab', { name: 'Raw JSON' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(other.detail()).toContainText(selectedId ?? '');
  await expect(other.page.getByTestId('link-notice')).toHaveCount(0);
  await other.page.context().close();
});

test('a link opened on other files warns and applies what still makes sense', async ({
  browser,
}) => {
  const app = await freshApp(browser);
  const fragment =
    'q=@evt.name:exec&sel=no-such-event&file=investigation.json.gzip~123456~0123456789abcdef0123456789abcdef';
  await app.goto(fragment);
  await expect(app.page.getByTestId('expected-files')).toContainText('investigation.json.gzip');
  await app.openFixture('shape-ndjson.ndjson');
  expect(await app.waitForReady()).toBe('ready');
  const warnings = app.page.locator('[data-testid="link-notice"][data-tone="warning"]');
  await expect(warnings.filter({ hasText: 'not the ones this view was made on' })).toBeVisible();
  await expect(
    warnings.filter({ hasText: 'expected, not open: investigation.json.gzip' }),
  ).toBeVisible();
  await expect(warnings.filter({ hasText: 'not in the open files' })).toBeVisible();
  // The query still applies to the other file.
  await expect(app.page.getByTestId('query-input')).toHaveValue('@evt.name:exec');
  const matching = await app.stat('matching');
  expect(matching).toBeLessThan(await app.stat('events'));
  await app.page.context().close();
});

test('an invalid parameter is dropped with a notice; the rest of the link applies', async ({
  app,
}) => {
  await app.goto('open=sample&q=@evt.name:exec&sort=-&tab=nope&from=yesterday&to=2024-01-01');
  expect(await app.waitForReady()).toBe('ready');
  await app.expectMatching(countSample((e) => e.body.evt.name === 'exec'));
  const notice = app.page.getByTestId('link-notice');
  await expect(notice).toContainText('sort: "-" is not a column');
  await expect(notice).toContainText('from: "yesterday" is not an ISO 8601 time');
  await expect(notice).toContainText('tab: "nope"');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  // The fragment now holds the view as applied, without the dropped parameters.
  expect(await app.hash()).not.toContain('sort=');
});

test('back and forward move between views', async ({ app }) => {
  await openSample(app);
  const execs = countSample((e) => e.body.evt.name === 'exec');
  const opens = countSample((e) => e.body.evt.name === 'open');
  await app.search('@evt.name:exec');
  await app.expectMatching(execs);
  await app.search('@evt.name:open');
  await app.expectMatching(opens);
  await app.page.goBack();
  await expect(app.page.getByTestId('query-input')).toHaveValue('@evt.name:exec');
  await app.expectMatching(execs);
  await app.page.goBack();
  await expect(app.page.getByTestId('query-input')).toHaveValue('');
  await app.expectMatching(TOTAL);
  await app.page.goForward();
  await app.expectMatching(execs);
  await app.page.goForward();
  await expect(app.page.getByTestId('query-input')).toHaveValue('@evt.name:open');
  await app.expectMatching(opens);
  // Selecting rows rewrites the entry instead of adding one.
  const before = await app.page.evaluate(() => history.length);
  await app.selectRow(0);
  await app.selectRow(1);
  expect(await app.page.evaluate(() => history.length)).toBe(before);
  expect(await app.hash()).toContain('sel=');
});

test('stars and notes are kept by event id, filter the view and survive a reload', async ({
  app,
}) => {
  // (A reload of other files shows the files the view expects: see the first test.)
  await openSample(app);
  await app.selectRow(2);
  const first = await app.row(2).getAttribute('data-event-id');
  await app.detail().getByTestId('star-toggle').click();
  await expect(app.detail().getByTestId('star-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.row(2)).toHaveAttribute('data-starred', 'true');
  await app.detail().getByTestId('event-note').fill('dropper seen here');
  await app.selectRow(5);
  const second = await app.row(5).getAttribute('data-event-id');
  // `s` in the table stars the selected row.
  await app.page.getByTestId('event-table').press('s');
  await expect(app.row(5)).toHaveAttribute('data-starred', 'true');

  await app.page.getByTestId('starred-only').click();
  await app.expectMatching(2);
  expect(await new TablePage(app).rowIds()).toEqual([first, second]);
  expect(await app.hash()).toContain('starred=1');

  // A reload keeps the view, and reopens the sample (`open=sample` stays in the fragment).
  await app.page.reload();
  expect(await app.waitForReady()).toBe('ready');
  await app.expectMatching(2);
  await app.page.getByTestId('starred-only').click();
  await app.expectMatching(TOTAL);
  await app.page.locator(`[data-testid="event-row"][data-event-id="${first}"]`).click();
  await expect(app.detail().getByTestId('event-note')).toHaveValue('dropper seen here');
});

test('saved views are saved, opened, renamed, deleted, exported and imported', async ({
  app,
  browser,
}) => {
  await openSample(app);
  const execs = countSample((e) => e.body.evt.name === 'exec');
  await app.search('@evt.name:exec');
  await app.expectMatching(execs);
  await app.selectRow(0);
  await app.detail().getByTestId('star-toggle').click();
  const views = app.page.getByTestId('saved-views');
  await app.page.getByTestId('saved-views-button').click();
  await views.getByTestId('saved-view-name').fill('execs');
  await views.getByRole('button', { name: 'Save view' }).click();
  await expect(views.getByTestId('saved-view')).toHaveCount(1);
  await app.page.keyboard.press('Escape');
  await expect(views).toHaveCount(0);

  await app.search('');
  await app.expectMatching(TOTAL);
  await app.page.getByTestId('saved-views-button').click();
  await views.getByRole('button', { name: 'execs', exact: true }).click();
  await app.expectMatching(execs);
  await expect(app.page.getByTestId('query-input')).toHaveValue('@evt.name:exec');

  await app.page.getByTestId('saved-views-button').click();
  await views.getByRole('button', { name: 'Rename' }).click();
  await views.getByRole('textbox', { name: 'New name for execs' }).fill('process executions');
  await views.getByRole('textbox', { name: 'New name for execs' }).press('Enter');
  await expect(
    views.locator('[data-testid="saved-view"][data-name="process executions"]'),
  ).toBeVisible();
  const download = app.page.waitForEvent('download');
  await views.getByRole('button', { name: 'Export views and stars…' }).click();
  const file = await (await download).path();

  const other = await freshApp(browser);
  await other.goto('');
  await other.openFiles([SAMPLE_FILE]);
  expect(await other.waitForReady()).toBe('ready');
  await other.page.getByTestId('saved-views-button').click();
  const otherViews = other.page.getByTestId('saved-views');
  await expect(otherViews).toContainText('No saved views');
  await otherViews.getByTestId('import-views').setInputFiles(file);
  await expect(otherViews.getByRole('status')).toContainText('1 view added');
  await expect(otherViews.getByRole('status')).toContainText('1 star/note entry');
  await otherViews.getByRole('button', { name: 'process executions', exact: true }).click();
  await other.expectMatching(execs);
  await expect(other.page.getByTestId('starred-only')).toContainText('(1)');

  // The panel is still open from the export.
  await views.getByRole('button', { name: 'Delete the view process executions' }).click();
  await expect(views).toContainText('No saved views');
  await other.page.context().close();
  expect(sampleEvents().length).toBe(TOTAL);
});
