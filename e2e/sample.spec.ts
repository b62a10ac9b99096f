// The bundled sample investigation: opened by its control and by a link, counted, browsed.
import { expect, test } from './helpers/app-page';

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
