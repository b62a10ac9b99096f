// Facets on the bundled sample: a long value is cut with an ellipsis inside the panel (the full
// value in its title) while its count and its exclude button stay in view; a facet sorted
// rarest first lists the least frequent values of the whole view first, which the most
// frequent first order leaves behind "show more".
import { expect, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';
import { sampleEvents } from './helpers/sample-data';
import { SearchPage } from './helpers/search-page';

const TOTAL = 6000;

async function openSample(app: AppPage): Promise<SearchPage> {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
  await app.expectMatching(TOTAL);
  return new SearchPage(app);
}

/** Count of each value at a body path over the sample (events without one left out). */
function sampleCounts(value: (body: Record<string, unknown>) => unknown): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of sampleEvents()) {
    const v = value(e.body);
    if (typeof v === 'string') counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

const ruleId = (body: Record<string, unknown>) =>
  (body['agent'] as { rule_id?: unknown } | undefined)?.rule_id;
const filePath = (body: Record<string, unknown>) =>
  (body['file'] as { path?: unknown } | undefined)?.path;

test.use({ viewport: { width: 1280, height: 720 } });

test('a long value is cut with an ellipsis; its count and exclude button stay in the panel', async ({
  app,
}) => {
  const search = await openSample(app);
  const paths = sampleCounts(filePath);
  const longest = [...paths.keys()].reduce((a, b) => (b.length > a.length ? b : a));
  expect(longest.length).toBeGreaterThan(60);

  const facet = search.facet('@file.path');
  await facet.locator('.facet-toggle').click();
  await facet.getByTestId('facet-search').fill(longest);
  const row = search.facetValue('@file.path', longest);
  await expect(row).toHaveAttribute('data-count', String(paths.get(longest)));

  const text = row.locator('.facet-value-text');
  const cut = await text.evaluate((el) => ({
    isCut: el.scrollWidth > el.clientWidth,
    overflow: getComputedStyle(el).textOverflow,
  }));
  expect(cut).toEqual({ isCut: true, overflow: 'ellipsis' });
  const title = (await row.locator('.facet-value-main').getAttribute('title')) ?? '';
  expect(title.split('\n')[0]).toBe(longest);

  const panel = await app.page.getByTestId('facets-panel').boundingBox();
  if (panel === null) throw new Error('no facets panel');
  for (const part of [row.locator('.facet-value-count'), row.getByTestId('facet-exclude')]) {
    await expect(part).toBeVisible();
    const partBox = await part.boundingBox();
    if (partBox === null) throw new Error('facet value part has no box');
    expect(partBox.x).toBeGreaterThanOrEqual(panel.x);
    expect(partBox.x + partBox.width).toBeLessThanOrEqual(panel.x + panel.width);
    // Shown without hovering: not faded out.
    expect(await part.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  }
  await expect(row.locator('.facet-value-count')).toHaveText(
    (paths.get(longest) ?? 0).toLocaleString('en-US'),
  );
});

test('a facet sorted rarest first lists the least frequent values first', async ({ app }) => {
  const search = await openSample(app);
  const counts = sampleCounts(ruleId);
  const rarestFirst = [...counts]
    .sort(([a, ca], [b, cb]) => ca - cb || (a < b ? -1 : a > b ? 1 : 0))
    .map(([value]) => value);
  const [rarest] = rarestFirst;
  if (rarest === undefined) throw new Error('the sample has no rule ids');

  const facet = search.facet('@agent.rule_id');
  await facet.locator('.facet-toggle').click();
  const values = facet.getByTestId('facet-value');
  await expect(values.first()).toBeVisible();
  // Most frequent first, the rarest rule is not among the values shown.
  await expect(search.facetValue('@agent.rule_id', rarest)).toHaveCount(0);

  const sort = facet.getByTestId('facet-sort');
  await sort.click();
  await expect(sort).toHaveAttribute('aria-pressed', 'true');
  await expect(facet).toHaveAttribute('data-order', 'rare');
  await expect(values.first()).toHaveAttribute('data-value', rarest);
  await expect(values.first()).toHaveAttribute('data-count', String(counts.get(rarest)));
  const shown = await values.evaluateAll((rows) =>
    rows.map((r) => r.getAttribute('data-value') ?? ''),
  );
  expect(shown).toEqual(rarestFirst.slice(0, shown.length));

  // Within a narrower view the order holds for that view's counts.
  await app.search('host:web-1');
  const onWeb1 = new Map<string, number>();
  for (const e of sampleEvents()) {
    const id = ruleId(e.body);
    if (e.host === 'web-1' && typeof id === 'string') onWeb1.set(id, (onWeb1.get(id) ?? 0) + 1);
  }
  await expect(values.first()).toHaveAttribute('data-count', String(Math.min(...onWeb1.values())));

  await sort.click();
  await expect(facet).toHaveAttribute('data-order', 'top');
  await expect(values.first()).toHaveAttribute('data-count', String(Math.max(...onWeb1.values())));
});
