// Autocomplete never runs a half-typed attribute as a query: Enter on `@dns.qu` takes the
// highlighted field, while a bare word (free text) is applied as typed. With nothing matching
// the view, values still come, from the whole data set.
import { expect, test } from './helpers/app-page';
import { SearchPage } from './helpers/search-page';

const TOTAL = 6000;

test.beforeEach(async ({ app }) => {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
});

test('Enter takes the highlighted field of a half-typed attribute', async ({ app }) => {
  const search = new SearchPage(app);
  await search.queryInput().click();
  await app.page.keyboard.type('@dns.qu');
  const first = app.page.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(search.queryInput()).toHaveAttribute('aria-activedescendant', /.+/);
  const field = (await first.getAttribute('data-value')) ?? '';
  expect(field).toMatch(/^@dns\.question\./);
  await app.page.keyboard.press('Enter');
  await expect(search.queryInput()).toHaveValue(`${field}:`);
  // Nothing was applied: the partial text never ran as free text.
  await app.expectMatching(TOTAL);
  expect(await app.hash()).not.toContain('q=');

  // ArrowDown moves the highlight on from the first field.
  await search.queryInput().fill('');
  await app.page.keyboard.type('@dns.qu');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await app.page.keyboard.press('ArrowDown');
  const second = app.page.getByRole('option').nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  const other = (await second.getAttribute('data-value')) ?? '';
  await app.page.keyboard.press('Enter');
  await expect(search.queryInput()).toHaveValue(`${other}:`);
});

test('a bare word is free text: Enter applies it as typed', async ({ app }) => {
  const search = new SearchPage(app);
  await search.queryInput().click();
  await app.page.keyboard.type('open');
  await app.page.keyboard.press('Enter');
  await expect(search.queryInput()).toHaveValue('open');
  await expect.poll(() => app.stat('matching')).toBeLessThan(TOTAL);
  expect(await app.hash()).toContain('q=open');
});

test('with nothing matching, values are suggested from the whole data set', async ({ app }) => {
  const search = new SearchPage(app);
  await app.search('host:no-such-host');
  await app.expectMatching(0);
  await search.queryInput().fill('host:no-such-host host:');
  await expect(search.suggestion('web-1')).toBeVisible();
  await expect(app.page.getByRole('listbox')).toHaveAttribute('aria-label', /whole data set/);
  await expect(app.page.getByText('Counts over the whole data set')).toBeVisible();
});
