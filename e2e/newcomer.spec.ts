// Small things a newcomer reads: the invalid and drift counters filter to their class like
// rejected opens the problems; the hidden file inputs are not announced as more buttons; the
// process tree labels its counts.
import { expect, test } from './helpers/app-page';
import { fixtureEvents, writeTempNdjson, type TempFile } from './helpers/temp-ndjson';

let file: TempFile;

test.beforeAll(async () => {
  const [valid, toDrift, toBreak] = await fixtureEvents('shape-ndjson.ndjson');
  const drift = { ...toDrift, from_a_newer_agent: { kind: 'unknown to the schema' } };
  const invalid = { ...toBreak, date: 'not a date' };
  file = await writeTempNdjson('three-classes.ndjson', [valid, drift, invalid]);
});

test.afterAll(() => file.remove());

test('the invalid and drift counters filter to their class; again shows all', async ({
  app,
  page,
}) => {
  await app.goto();
  await app.openFiles([file.path]);
  expect(await app.waitForReady()).toBe('ready');
  expect(await app.stat('invalid')).toBe(1);
  expect(await app.stat('drift')).toBe(1);

  await page.getByTestId('stat-invalid').click();
  await app.expectMatching(1);
  await expect(page.getByTestId('query-input')).toHaveValue('@validity:invalid');
  await page.getByTestId('stat-invalid').click();
  await app.expectMatching(3);

  await page.getByTestId('stat-drift').click();
  await app.expectMatching(1);
  await expect(app.row(0).locator('[data-column="validity"]')).toContainText('drift');
});

test('one "Open files" control is announced, not the hidden input too', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Open files', exact: true })).toHaveCount(1);
  await expect(page.getByLabel('Open files')).toHaveCount(0);
  await expect(page.getByLabel('Open folder')).toHaveCount(0);
});

test('the process tree says what its counts are', async ({ app, page }) => {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
  await app.search('@agent.rule_id:potential_web_shell_parent');
  await app.expectMatching(1);
  await app.selectRow(0);
  await page.getByRole('tab', { name: 'Process tree' }).click();
  const current = app.processTree().locator('[data-testid="process-node"][aria-current="true"]');
  await expect(current).toContainText(/\d+ events? · [\d,]+ below/);
});
