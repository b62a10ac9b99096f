// The sample explains itself: a brief says what it holds and where to start; each step
// applies its query, and the brief, once dismissed, stays dismissed.
import { expect, test } from './helpers/app-page';
import { countSample } from './helpers/sample-data';

test('the brief names where to start, its steps apply their queries, × dismisses it', async ({
  app,
  page,
}) => {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
  const brief = page.getByTestId('sample-brief');
  await expect(brief).toContainText('web-1');
  await expect(brief).toContainText('nginx');

  await brief.getByRole('button', { name: /refused read/ }).click();
  await expect(page.getByTestId('query-input')).toHaveValue('@evt.outcome:Refused');
  await app.expectMatching(countSample((e) => e.body.evt.outcome === 'Refused'));

  // The fourth step shows schema selection: the Windows server's events, by their schema.
  await brief.getByRole('button', { name: /Windows server/ }).click();
  await expect(page.getByTestId('query-input')).toHaveValue('@schema:windows-7.71');
  const windows = countSample((e) => e.host === 'win-1');
  expect(windows).toBeGreaterThan(0);
  await app.expectMatching(windows);

  await brief.getByRole('button', { name: /web shell/ }).click();
  await app.expectMatching(1);
  await app.selectRow(0);
  await expect(app.row(0).locator('[data-column="process"]')).toContainText('sh (');

  await brief.getByRole('button', { name: 'Dismiss the sample brief' }).click();
  await expect(brief).toHaveCount(0);
  await page.reload();
  expect(await app.waitForReady()).toBe('ready');
  await expect(app.rows().first()).toBeVisible();
  await expect(page.getByTestId('sample-brief')).toHaveCount(0);
});

test('other files drop the brief', async ({ app, page }) => {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
  await expect(page.getByTestId('sample-brief')).toBeVisible();
  await app.openFixture('shape-ndjson.ndjson');
  expect(await app.waitForReady()).toBe('ready');
  await expect(page.getByTestId('sample-brief')).toHaveCount(0);
});
