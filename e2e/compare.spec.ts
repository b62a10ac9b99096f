// Comparing the bundled sample with its hosts on a routine day (the baseline, generated without
// the intrusion): the intrusion's programs, exec edges and DNS names are new and nothing
// routine is, counts agree with the files, a click narrows the table with an ordinary query,
// the export holds every item, and the link restores the comparison once both are opened.
import { AppPage, expect, fixturePath, test } from './helpers/app-page';
import {
  compareView,
  countBoth,
  dnsNameOf,
  execEdgeOf,
  executableOf,
  item,
  openSampleBaseline,
  shownItems,
} from './helpers/compare-page';
import { SAMPLE_BASELINE } from './helpers/sample-data';

test.describe.configure({ timeout: 120_000 });

function newValues(counts: ReturnType<typeof countBoth>): string[] {
  return [...counts.incident.keys()].filter((v) => !counts.baseline.has(v)).sort();
}

test('the intrusion is new, the routine is not, and a click narrows the table', async ({
  app,
  page,
}) => {
  await app.openSampleReady();
  await openSampleBaseline(app);
  const items = await shownItems(app);
  const newOf = (kind: string) =>
    items.filter((i) => i.kind === kind && i.baseline === 0).map((i) => i.value);

  // Executables and DNS names: exactly those of the sample that the routine day never had.
  const executables = countBoth(executableOf);
  expect(newOf('executable').sort()).toEqual(newValues(executables));
  expect(newOf('executable')).toContain('/tmp/.x');
  const names = countBoth(dnsNameOf);
  expect(newOf('dns').sort()).toEqual(newValues(names));
  expect(newOf('dns')).toContain('pastebin.com');

  // Exec edges: the web shell under nginx and what it ran are new; no routine edge is.
  const edges = countBoth(execEdgeOf);
  expect(newOf('exec-edge')).toContain('/usr/sbin/nginx -> /bin/dash');
  for (const edge of newOf('exec-edge')) expect(edges.baseline.has(edge)).toBe(false);
  const routine = [...edges.baseline.keys()].filter((e) => edges.incident.has(e));
  expect(routine.length).toBeGreaterThan(5);
  for (const edge of routine) {
    await expect(item(app, 'exec-edge', edge).filter({ hasText: 'new' })).toHaveCount(0);
  }

  // Counts are the files' own.
  const pastebin = item(app, 'dns', 'pastebin.com');
  await expect(pastebin).toHaveAttribute(
    'data-incident',
    String(names.incident.get('pastebin.com')),
  );
  await expect(pastebin).toHaveAttribute('data-baseline', '0');

  // A click narrows the table to the value's events with a query the analyst can edit.
  await pastebin.getByRole('button').click();
  await expect(page.getByTestId('query-input')).toHaveValue('@dns.question.name:pastebin.com');
  await app.expectMatching(names.incident.get('pastebin.com') ?? -1);
  const shell = item(app, 'exec-edge', '/usr/sbin/nginx -> /bin/dash');
  await shell.getByRole('button').click();
  await app.expectMatching(edges.incident.get('/usr/sbin/nginx -> /bin/dash') ?? -1);
  await expect(app.row(0).locator('[data-column="process"]')).toContainText('sh');

  // The kind choice narrows the list.
  await compareView(app)
    .getByRole('combobox', { name: 'Kind of values shown' })
    .selectOption('dns');
  const dnsOnly = await shownItems(app);
  expect(dnsOnly.length).toBeGreaterThan(0);
  expect(new Set(dnsOnly.map((i) => i.kind))).toEqual(new Set(['dns']));
});

test('the export holds every item, as CSV and as JSON', async ({ app, page }) => {
  await app.openSampleReady();
  await openSampleBaseline(app);
  const items = await shownItems(app);
  const save = async (name: string) => {
    const download = page.waitForEvent('download');
    await compareView(app).getByRole('button', { name, exact: true }).click();
    const file = await download;
    const path = await file.path();
    const { readFileSync } = await import('node:fs');
    return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
  };
  const csv = await save('CSV');
  expect(csv.name).toBe(`${SAMPLE_BASELINE}-comparison.csv`);
  const lines = csv.text.split('\r\n').filter((l) => l !== '');
  expect(lines[0]).toBe(
    'kind,value,status,incident_count,baseline_count,factor,first_seen,last_seen,query',
  );
  expect(lines).toHaveLength(items.length + 1);
  const json = JSON.parse((await save('JSON')).text) as {
    items: { kind: string; value: string; incident_count: number; baseline_count: number }[];
  };
  expect(
    json.items.map((i) => ({
      kind: i.kind,
      value: i.value,
      incident: i.incident_count,
      baseline: i.baseline_count,
    })),
  ).toEqual(items);
});

test('the link names the baseline and restores the comparison once both are open', async ({
  app,
  context,
}) => {
  await app.openSampleReady();
  await openSampleBaseline(app);
  const items = await shownItems(app);
  await expect.poll(() => app.hash()).toMatch(/&base=sample-baseline\.json\.gz~\d+~[0-9a-f]+/);
  const link = await app.hash();

  const other = new AppPage(await context.newPage());
  await other.goto(link);
  expect(await other.waitForReady()).toBe('ready');
  const expected = other.page.getByRole('region', { name: 'Baseline of this view' });
  await expect(expected).toContainText(SAMPLE_BASELINE);
  await other.page.getByTestId('open-baseline').setInputFiles(fixturePath(SAMPLE_BASELINE));
  await expect(compareView(other)).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await expect(expected).toHaveCount(0);
  expect(await shownItems(other)).toEqual(items);
  expect(await other.hash()).toBe(link);

  // Closing the baseline drops it from the link.
  await compareView(other).getByRole('button', { name: 'Close the baseline' }).click();
  await expect(compareView(other)).toHaveCount(0);
  await expect.poll(() => other.hash()).not.toContain('base=');
});

test('some of the open files can be marked as the baseline', async ({ app, page }) => {
  await app.goto();
  await app.openFixture('archive-folder');
  expect(await app.waitForReady()).toBe('ready');
  const all = await app.stat('events');
  await page.getByText('Baseline from open files…').click();
  const first = page.getByRole('group', { name: 'Files of the normal day (the baseline)' });
  const boxes = first.getByRole('checkbox');
  await expect(boxes).toHaveCount(2);
  const compare = page.getByRole('button', { name: 'Compare the others with them' });
  await expect(compare).toBeDisabled();
  await boxes.first().check();
  await compare.click();
  await expect(compareView(app)).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await expect(compareView(app)).toContainText('archive_1.json.gz');
  // The other file alone is the data set now; the two halves add up to the whole.
  const incident = await app.stat('events');
  expect(incident).toBeGreaterThan(0);
  expect(incident).toBeLessThan(all);
  await expect(page.getByTestId('compare')).toContainText(`${all - incident} events`);
});
