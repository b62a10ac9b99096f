// The bundled sample investigation: opened by its control and by a link, counted, browsed;
// its hosts run agents of three generations, each judged by its own agent's schema.
import { expect, test } from './helpers/app-page';
import { DetailPage } from './helpers/detail-page';
import { countSample, type SampleEvent } from './helpers/sample-data';
import { SearchPage } from './helpers/search-page';

test('the open-sample control loads the bundled investigation', async ({ app }) => {
  await app.goto();
  await expect(app.root()).toHaveAttribute('data-load-state', 'idle');
  await app.openSample();
  expect(await app.waitForReady()).toBe('ready');
  expect(await app.stat('events')).toBe(6000);
  expect(await app.stat('matching')).toBe(6000);
  expect(await app.stat('rejected')).toBe(0);
  expect(await app.stat('invalid')).toBe(0);
  await expect(app.rows().first()).toBeVisible();
});

test('a link with open=sample opens the sample by itself', async ({ app }) => {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
  expect(await app.stat('events')).toBe(6000);
});

test('rows are in time order and a selected event shows its JSON and findings', async ({
  app,
  page,
}) => {
  await app.goto('open=sample');
  await app.waitForReady();
  const times = await app
    .rows()
    .evaluateAll((rows) =>
      rows.map((row) => row.querySelector('[data-column="time"]')?.textContent ?? ''),
    );
  expect(times.length).toBeGreaterThan(10);
  expect([...times].sort()).toEqual(times);
  await app.selectRow(2);
  const id = await app.row(2).getAttribute('data-event-id');
  expect(id).toMatch(/^AQAAA/);
  await expect(app.detail()).toContainText(id ?? 'missing');
  await expect(app.field('evt.name').first()).toBeVisible();
  await expect(app.field('process.pid').first()).toBeVisible();
  await expect(app.detail()).toContainText('No findings');
  await page.keyboard.press('j');
  await expect(app.row(3)).toHaveAttribute('aria-selected', 'true');
});

test('the sample mixes agent generations, each event checked against its own agent schema', async ({
  app,
}) => {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
  const onHost = (host: string) => countSample((e) => e.host === host);
  const expected: Readonly<Record<string, number>> = {
    'linux-seed': onHost('web-1'),
    'linux-7.71': onHost('web-2'),
    'linux-7.63': onHost('db-1'),
    'linux-7.57': onHost('ci-runner-1'),
    'windows-7.71': onHost('win-1'),
  };
  const search = new SearchPage(app);
  for (const [schema, count] of Object.entries(expected)) {
    expect(count).toBeGreaterThan(0);
    await expect(search.facetValue('@schema', schema)).toHaveAttribute('data-count', String(count));
  }

  // The newer agents' events (Linux 7.57 to 7.71 and Windows) are all valid against theirs.
  const newer = 6000 - expected['linux-seed']!;
  await app.search('-@schema:linux-seed @validity:valid');
  await app.expectMatching(newer);
  await app.search('-@schema:linux-seed -@validity:valid');
  await app.expectMatching(0);

  // A Windows registry event names its schema and has its typed pane.
  const detail = new DetailPage(app);
  const isRunKey = (e: SampleEvent) => e.host === 'win-1' && e.body.evt.name === 'set_key_value';
  const event = await detail.selectFirst(
    '@schema:windows-7.71 @evt.name:set_key_value',
    countSample(isRunKey),
    isRunKey,
  );
  await expect(app.page.getByTestId('event-schema')).toHaveAttribute('data-schema', 'windows-7.71');
  await expect(detail.section('registry')).toBeVisible();
  await detail.expectField(event, 'registry.key_path');
  await detail.expectField(event, 'registry.value_name');
});
