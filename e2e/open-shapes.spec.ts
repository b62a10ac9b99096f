// Every input shape of the design, opened through the file input: counts match what the
// fixture holds, and one event's details (id, fields, source) come back from the worker.
import { expect, fixtureFiles, fixtureManifest, fixturePath, test } from './helpers/app-page';

// Fixture name → whether its envelope carries an id (else ids are fingerprint:ordinal).
const SHAPES: ReadonlyArray<readonly [string, boolean]> = [
  ['shape-ndjson.ndjson', false],
  ['shape-array.json', false],
  ['shape-concatenated.json', false],
  ['shape-logs-v2.json', true],
  ['shape-logs-v2-ndjson.ndjson', true],
  ['shape-signals.json', true],
  ['shape-archive.json', true],
  ['shape-logs-v1.json', true],
  ['shape-intake.json', false],
  ['shape-flattened.json', true],
  ['archive.json.gz', true],
];

for (const [name, hasEnvelopeId] of SHAPES) {
  test(`opens ${name}`, async ({ app }) => {
    const expected = fixtureManifest().fixtures[name];
    await app.goto();
    await app.openFixture(name);
    expect(await app.waitForReady()).toBe('ready');
    expect(await app.stat('events')).toBe(expected?.events);
    expect(await app.stat('rejected')).toBe(expected?.rejected);
    expect(await app.stat('invalid')).toBe(0);
    await expect(app.rows().first()).toBeVisible();

    await app.selectRow(1);
    const id = (await app.row(1).getAttribute('data-event-id')) ?? '';
    expect(id).toMatch(hasEnvelopeId ? /^(?![0-9a-f]{32}:)\S{8,}$/ : /^[0-9a-f]{32}:\d+$/);
    await expect(app.detail()).toContainText(id);
    await expect(app.detail()).toContainText(name);
    await expect(app.field('evt.name').first()).toBeVisible();
    await expect(app.field('process.pid').first()).toBeVisible();
    await expect(app.field('date').first()).toBeVisible();
  });
}

test('opening the same file twice gives the same event ids', async ({ app }) => {
  await app.goto();
  await app.openFixture('shape-ndjson.ndjson');
  await app.waitForReady();
  const first = await app
    .rows()
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id')));
  await app.openFixture('shape-ndjson.ndjson');
  await app.waitForReady();
  const second = await app
    .rows()
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id')));
  expect(second).toEqual(first);
});

test('several archive files merge into one timeline with a source column', async ({ app }) => {
  await app.goto();
  await app.openFiles(fixtureFiles('archive-folder'));
  expect(await app.waitForReady()).toBe('ready');
  expect(await app.stat('events')).toBe(fixtureManifest().fixtures['archive-folder']?.events);
  const sources = await app
    .rows()
    .evaluateAll((rows) =>
      rows.map((r) => r.querySelector('[data-column="source"]')?.textContent ?? ''),
    );
  expect(new Set(sources).size).toBe(2);
  const times = await app
    .rows()
    .evaluateAll((rows) =>
      rows.map((r) => r.querySelector('[data-column="time"]')?.textContent ?? ''),
    );
  expect([...times].sort()).toEqual(times);
});

test('a dropped-in folder is read recursively through the folder picker', async ({ app, page }) => {
  await app.goto();
  await page
    .locator('input[type=file]:not([data-testid])')
    .setInputFiles(fixturePath('archive-folder'));
  expect(await app.waitForReady()).toBe('ready');
  expect(await app.stat('events')).toBe(fixtureManifest().fixtures['archive-folder']?.events);
});
