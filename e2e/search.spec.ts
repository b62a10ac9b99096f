// Search: the query box (with autocomplete and errors), facets and the timeline narrow the
// bundled sample, and every count the page shows is checked against a plain filter over the
// sample file read here.
import { expect, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';
import { countSample, inTimeRange, valueAt } from './helpers/sample-data';
import { SearchPage } from './helpers/search-page';

const TOTAL = 6000;

async function openSample(app: AppPage): Promise<SearchPage> {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
  const search = new SearchPage(app);
  await app.expectMatching(TOTAL);
  return search;
}

test('a query counts exactly what a plain filter over the sample counts', async ({ app }) => {
  await openSample(app);
  const execs = countSample((e) => e.body.evt.name === 'exec');
  expect(execs).toBeGreaterThan(0);
  await app.search('@evt.name:exec');
  await app.expectMatching(execs);

  const web1NotOpen = countSample((e) => e.host === 'web-1' && e.body.evt.name !== 'open');
  await app.search('host:web-1 -@evt.name:open');
  await app.expectMatching(web1NotOpen);
});

test('a bad query shows its error where it is and keeps the previous results', async ({ app }) => {
  const search = await openSample(app);
  const execs = countSample((e) => e.body.evt.name === 'exec');
  await app.search('@evt.name:exec');
  await app.expectMatching(execs);

  await app.search('@evt.name:exec AND (host:web-1');
  const error = search.queryErrors().first();
  await expect(error).toBeVisible();
  const position = Number(await error.getAttribute('data-position'));
  expect(position).toBeGreaterThanOrEqual(0);
  await expect(error).toContainText(`at character ${position + 1}`);
  await expect(error.locator('.query-mark')).toBeVisible();
  await expect(app.page.getByTestId('query-in-force')).toContainText('@evt.name:exec');
  await expect(search.queryInput()).toHaveAttribute('aria-invalid', 'true');
  await app.expectMatching(execs);

  // A facet click narrows the query in force, not the broken text.
  await search.facetValue('host', 'web-1').locator('.facet-value-main').click();
  await expect(search.queryInput()).toHaveValue('@evt.name:exec host:web-1');
  await expect(search.queryErrors()).toHaveCount(0);
  const web1Execs = countSample((e) => e.body.evt.name === 'exec' && e.host === 'web-1');
  await app.expectMatching(web1Execs);

  // So does fixing the query by hand.
  await app.search('@evt.name:exec AND (host:web-1 OR host:web-2)');
  await expect(search.queryErrors()).toHaveCount(0);
  await app.expectMatching(
    countSample((e) => e.body.evt.name === 'exec' && (e.host === 'web-1' || e.host === 'web-2')),
  );
});

test('the syntax never silently means something else: *, _missing_, && and ||, ranges', async ({
  app,
}) => {
  const search = await openSample(app);
  await app.search('@evt.name:exec');
  await app.expectMatching(countSample((e) => e.body.evt.name === 'exec'));

  // A bare `*` is every event (not free text that exists), so `-*` is none.
  await app.search('*');
  await app.expectMatching(TOTAL);
  await app.search('-*');
  await app.expectMatching(0);

  // Lucene's `_missing_`: the events without a container id.
  const withoutContainer = countSample((e) => valueAt(e, 'container.id') == null);
  expect(withoutContainer).toBeGreaterThan(0);
  expect(withoutContainer).toBeLessThan(TOTAL);
  await app.search('(_missing_:@container.id)');
  await app.expectMatching(withoutContainer);

  // `&&` and `||` are AND and OR, not words to look for.
  await app.search('host:web-1 && @evt.name:exec || @evt.name:open');
  const execOnWeb1OrOpen = countSample(
    (e) => (e.host === 'web-1' && e.body.evt.name === 'exec') || e.body.evt.name === 'open',
  );
  await app.expectMatching(execOnWeb1OrOpen);

  // A range without a field is refused where it is typed; the results in force stay.
  await app.search('@evt.name:open [1 TO 10]');
  const error = search.queryErrors().first();
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('data-position', '15');
  await expect(error).toContainText('a range needs a field before it');
  await app.expectMatching(execOnWeb1OrOpen);
});

test('a facet value filters in on click and out with the − button', async ({ app }) => {
  const search = await openSample(app);
  const value = search.facetValue('host', 'web-1');
  await expect(value).toBeVisible();
  const web1 = countSample((e) => e.host === 'web-1');
  expect(await search.facetCount('host', 'web-1')).toBe(web1);

  await value.getByRole('button', { name: /web-1/ }).first().click();
  await app.expectMatching(web1);
  await expect(search.queryInput()).toHaveValue('host:web-1');
  await expect(value).toHaveAttribute('data-state', 'in');
  // The other facets now count within web-1 only.
  const web1Execs = countSample((e) => e.host === 'web-1' && e.body.evt.name === 'exec');
  await expect(search.facetValue('@evt.name', 'exec')).toHaveAttribute(
    'data-count',
    String(web1Execs),
  );

  await value.getByTestId('facet-exclude').click();
  await app.expectMatching(TOTAL - web1);
  await expect(search.queryInput()).toHaveValue('-host:web-1');
  await expect(value).toHaveAttribute('data-state', 'out');

  // Alt-click excludes a value directly; a second click on an excluded value requires it.
  const execs = countSample((e) => e.body.evt.name === 'exec' && e.host !== 'web-1');
  await search
    .facetValue('@evt.name', 'exec')
    .locator('.facet-value-main')
    .click({ modifiers: ['Alt'] });
  await app.expectMatching(TOTAL - web1 - execs);
});

test('brushing the timeline sets a removable time range that narrows the count', async ({
  app,
}) => {
  const search = await openSample(app);
  await expect(search.timeline()).toHaveAttribute('data-total', String(TOTAL));
  await search.brush(0.3, 0.6);
  await expect(search.timeChip()).toBeVisible();
  await expect(search.timeChip()).toContainText('UTC');
  const range = await search.chipRange();
  const inRange = countSample((e) => inTimeRange(e, range));
  expect(inRange).toBeGreaterThan(0);
  expect(inRange).toBeLessThan(TOTAL);
  await app.expectMatching(inRange);
  // The chart zooms into the range.
  await expect(search.timeline()).toHaveAttribute('data-total', String(inRange));

  // A query narrows within the range.
  await app.search('@evt.name:exec');
  await app.expectMatching(countSample((e) => e.body.evt.name === 'exec' && inTimeRange(e, range)));

  await search.timeChip().getByTestId('time-chip-remove').click();
  await expect(search.timeChip()).toHaveCount(0);
  await app.expectMatching(countSample((e) => e.body.evt.name === 'exec'));
});

test('a click on a bar narrows to its bin; zoom out widens again', async ({ app }) => {
  const search = await openSample(app);
  await search.clickTimeline(0.5);
  await expect(search.timeChip()).toBeVisible();
  const bin = await search.chipRange();
  const inBin = countSample((e) => inTimeRange(e, bin));
  await app.expectMatching(inBin);

  await app.page.getByTestId('timeline-zoom-out').click();
  await expect
    .poll(async () => (await search.chipRange()).toMs - (await search.chipRange()).fromMs)
    .toBe(2 * (bin.toMs - bin.fromMs));
  const wider = await search.chipRange();
  await app.expectMatching(countSample((e) => inTimeRange(e, wider)));

  // From the keyboard: the chip's remove button clears the range.
  await search.timeChip().getByTestId('time-chip-remove').focus();
  await app.page.keyboard.press('Enter');
  await expect(search.timeChip()).toHaveCount(0);
  await app.expectMatching(TOTAL);
});

test('autocomplete suggests fields, then values, and is driven by the keyboard', async ({
  app,
}) => {
  const search = await openSample(app);
  await app.page.getByTestId('event-table').click();
  await app.page.keyboard.press('/');
  await expect(search.queryInput()).toBeFocused();

  await app.page.keyboard.type('@evt.na');
  await expect(search.suggestion('@evt.name')).toBeVisible();
  await expect(search.queryInput()).toHaveAttribute('aria-expanded', 'true');
  await app.page.keyboard.press('Tab');
  await expect(search.queryInput()).toHaveValue('@evt.name:');

  await app.page.keyboard.type('exe');
  const exec = search.suggestion('exec');
  await expect(exec).toBeVisible();
  const execs = countSample((e) => e.body.evt.name === 'exec');
  await expect(exec).toContainText(execs.toLocaleString('en-US'));
  await app.page.keyboard.press('ArrowDown');
  await expect(exec).toHaveAttribute('aria-selected', 'true');
  await expect(search.queryInput()).toHaveAttribute('aria-activedescendant', /.+/);
  await app.page.keyboard.press('Enter');
  await expect(search.queryInput()).toHaveValue('@evt.name:exec ');
  // Nothing to suggest after the space: Enter applies the query.
  await expect(search.queryInput()).toHaveAttribute('aria-expanded', 'false');
  await app.page.keyboard.press('Enter');
  await app.expectMatching(execs);

  // Esc closes an open list first, then leaves the box for the table (j/k work there).
  await app.page.keyboard.type('@pro');
  await expect(search.queryInput()).toHaveAttribute('aria-expanded', 'true');
  await app.page.keyboard.press('Escape');
  await expect(search.queryInput()).toHaveAttribute('aria-expanded', 'false');
  await expect(search.queryInput()).toBeFocused();
  await app.page.keyboard.press('Escape');
  await expect(search.queryInput()).not.toBeFocused();
  await expect(app.page.getByTestId('event-table')).toBeFocused();
});

test('a field outside the index is read from the raw events, and the page says so', async ({
  app,
}) => {
  const search = await openSample(app);
  const withMode = countSample((e) => e.body.file?.['mode'] !== undefined);
  expect(withMode).toBeGreaterThan(0);
  await app.search('@file.mode:*');
  await app.expectMatching(withMode);
  await expect(app.page.getByTestId('slow-fields-note')).toContainText(
    '@file.mode was not indexed',
  );

  // Added as a facet, the field lists its values for the current view.
  const picker = app.page.getByTestId('add-facet');
  await picker.fill('file.mod');
  await picker.press('Enter');
  const facet = search.facet('@file.mode');
  await expect(facet).toBeVisible();
  await expect(facet.getByTestId('facet-value').first()).toBeVisible();
  const counted = await facet
    .getByTestId('facet-value')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-count'))));
  expect(counted.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(withMode);
});
