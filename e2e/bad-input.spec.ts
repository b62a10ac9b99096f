// Bad input: each kind gives a precise problem entry or finding, keeps every readable event
// around it and leaves the page usable. Accounting always holds: records = events + rejected.
import { expect, fixtureManifest, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';

async function open(app: AppPage, name: string) {
  await app.goto();
  await app.openFixture(name);
  const state = await app.waitForReady(60_000);
  return {
    state,
    events: await app.stat('events'),
    rejected: await app.stat('rejected'),
    invalid: await app.stat('invalid'),
    expected: fixtureManifest().fixtures[name],
  };
}

async function problemLines(app: AppPage): Promise<string[]> {
  return app.problems().evaluateAll((items) => items.map((i) => i.getAttribute('data-line') ?? ''));
}

test('a truncated line is rejected with its line number; its neighbours load', async ({ app }) => {
  const r = await open(app, 'bad-truncated-line.ndjson');
  expect([r.events, r.rejected]).toEqual([r.expected?.events, r.expected?.rejected]);
  await expect(app.problems()).toHaveCount(1);
  await expect(app.problems().first()).toHaveAttribute('data-source', 'bad-truncated-line.ndjson');
  await expect(app.problems().first()).toContainText('truncated');
});

test('non-JSON lines and JSON that is not an object are listed one by one', async ({ app }) => {
  for (const name of ['bad-non-json.ndjson', 'bad-not-objects.ndjson']) {
    const r = await open(app, name);
    expect([r.events, r.rejected]).toEqual([r.expected?.events, r.expected?.rejected]);
    const lines = await problemLines(app);
    expect(lines).toHaveLength(r.rejected);
    expect(lines.every((line) => Number(line) > 0)).toBe(true);
  }
});

test('invalid UTF-8 keeps the event, flagged with an encoding finding', async ({ app }) => {
  const r = await open(app, 'bad-invalid-utf8.ndjson');
  expect(r.events + r.rejected).toBe(r.expected?.records);
  expect(r.rejected).toBe(0);
  expect(r.invalid).toBeGreaterThan(0);
});

test('a truncated gzip keeps the events before the cut and says where it broke', async ({
  app,
}) => {
  const r = await open(app, 'bad-truncated.json.gz');
  expect(r.events).toBeGreaterThan(0);
  expect(r.events).toBeLessThan(r.expected?.maxEvents as number);
  await expect(app.page.getByTestId('problems')).toContainText('gzip data is truncated or corrupt');
  await expect(app.root()).toContainText(/partial/i);
});

test('an empty file and a binary file are reported as file problems', async ({ app }) => {
  for (const [name, reason] of [
    ['bad-empty.ndjson', 'the file is empty'],
    ['bad-binary.dat', 'binary data, not JSON text'],
  ] as const) {
    const r = await open(app, name);
    expect([r.events, r.rejected]).toEqual([0, 0]);
    await expect(app.problems()).toHaveCount(1);
    await expect(app.problems().first()).toHaveAttribute('data-line', '0');
    await expect(app.problems().first()).toContainText(reason);
  }
});

test('a 10 MB line of garbage is rejected with a short excerpt; a 10 MB argument is kept', async ({
  app,
}) => {
  const garbage = await open(app, 'bad-huge-garbage-line.ndjson');
  expect([garbage.events, garbage.rejected]).toEqual([
    garbage.expected?.events,
    garbage.expected?.rejected,
  ]);
  const excerpt = (await app.problems().first().textContent()) ?? '';
  expect(excerpt.length).toBeLessThan(2000);
  const arg = await open(app, 'bad-huge-arg.ndjson');
  expect(arg.events + arg.rejected).toBe(arg.expected?.records);
  expect(arg.rejected).toBe(0);
});

test('5,000-deep nesting is kept as an invalid event naming the limit', async ({ app }) => {
  const r = await open(app, 'bad-deep-nesting.ndjson');
  expect(r.events + r.rejected).toBe(r.expected?.records);
  expect(r.invalid).toBeGreaterThan(0);
  const invalidRow = app.rows().filter({ hasText: 'invalid' }).first();
  await invalidRow.click();
  await expect(app.detail()).toContainText('nesting deeper than 64 levels');
});

test('CRLF line ends, a byte-order mark and blank lines are read cleanly', async ({ app }) => {
  const r = await open(app, 'bad-crlf-bom.ndjson');
  expect([r.events, r.rejected]).toEqual([r.expected?.events, 0]);
});
