// Opening another data set with a view still in force: the table says how many events the
// query hides and offers to clear it (never "No events in this data set" when there are
// some), and the starred count is the open data set's own.
import { expect, fixtureManifest, test } from './helpers/app-page';

test('a query left from the last data set is named, with a way to clear it', async ({
  app,
  page,
}) => {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
  await app.search('host:db-1');
  await expect.poll(() => app.stat('matching')).toBeGreaterThan(0);

  await app.openFixture('shape-ndjson.ndjson');
  expect(await app.waitForReady()).toBe('ready');
  const events = fixtureManifest().fixtures['shape-ndjson.ndjson']?.events ?? -1;
  expect(await app.stat('events')).toBe(events);
  await app.expectMatching(0);
  const empty = page.getByTestId('empty-view');
  await expect(empty).toContainText(`0 of ${events} events match the query.`);
  await expect(empty).not.toContainText('No events');
  await empty.getByRole('button', { name: 'Clear the query' }).click();
  await app.expectMatching(events);
  await expect(page.getByTestId('query-input')).toHaveValue('');
});

test('stars are counted for the open data set only', async ({ app, page }) => {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
  await app.selectRow(0);
  await page.keyboard.press('s');
  const toggle = page.getByTestId('starred-only');
  await expect(toggle).toHaveText('★ Starred only (1)');

  await app.openFixture('shape-ndjson.ndjson');
  expect(await app.waitForReady()).toBe('ready');
  await expect(toggle).toHaveText('★ Starred only');
  await toggle.click();
  await app.expectMatching(0);
  await expect(page.getByTestId('empty-view')).toContainText('match starred only');
});
