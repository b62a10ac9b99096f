// Export of the matching events, checked against the sample as Node reads it: the bodies and
// the records come back the same when the exported file is opened again, CSV has the visible
// columns, redaction leaves no value it claims to hide (checked by a scan written here, not
// the app's), the manifest counts what was hidden, and stars and notes travel along.
import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { AppPage, expect, test } from './helpers/app-page';
import type { SampleEvent } from './helpers/sample-data';
import { byTime, sampleEvents } from './helpers/sample-data';
import { TablePage } from './helpers/table-page';

interface Exported {
  readonly path: string;
  readonly text: string;
  readonly manifest: Manifest;
}

interface Manifest {
  readonly file: string;
  readonly format: string;
  readonly view: { readonly query: string };
  readonly counts: { readonly matching: number; readonly exported: number };
  readonly redaction: Record<string, unknown> & { readonly categories: readonly string[] };
  readonly annotations?: ReadonlyArray<{ eventId: string; starred: boolean; note: string }>;
}

type Format = 'bodies' | 'records' | 'csv';

const FORMAT_LABELS: Readonly<Record<Format, RegExp>> = {
  bodies: /^NDJSON of the event bodies/,
  records: /^NDJSON of the records/,
  csv: /^CSV of the visible columns/,
};

const REDACTION_LABELS = ['Environment values', 'Arguments', 'User names', 'IP addresses'];

function exportButton(page: Page) {
  return page.getByRole('button', { name: 'Export…', exact: true });
}

/** Runs an export through the dialog; returns the saved file and its manifest. */
async function exportView(
  page: Page,
  testInfo: TestInfo,
  format: Format,
  redact: readonly string[] = [],
): Promise<Exported> {
  await exportButton(page).click();
  const dialog = page.getByRole('dialog', { name: /^Export [\d,]+ matching events$/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: FORMAT_LABELS[format] }).check();
  for (const label of redact) await dialog.getByRole('checkbox', { name: label }).check();
  const fileDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Start' }).click();
  const file = await fileDownload;
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  await expect(dialog.getByRole('status')).toContainText('Saved');
  const manifestDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save manifest' }).click();
  const manifestFile = await manifestDownload;
  expect(manifestFile.suggestedFilename()).toMatch(/\.manifest\.json$/);
  const manifestPath = testInfo.outputPath(manifestFile.suggestedFilename());
  await manifestFile.saveAs(manifestPath);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  return {
    path,
    text: readFileSync(path, 'utf8'),
    manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest,
  };
}

function ndjsonLines(text: string): string[] {
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
}

/** JSON text in one canonical form (key order kept, spacing and escapes normalised). */
function canonical(value: unknown): string {
  return JSON.stringify(value);
}

/** Opens `path` in a new page of the same context and returns its event count. */
async function reopen(page: Page, path: string): Promise<number> {
  const fresh = new AppPage(await page.context().newPage());
  await fresh.goto();
  await fresh.openFiles([path]);
  expect(await fresh.waitForReady()).toBe('ready');
  expect(await fresh.stat('rejected')).toBe(0);
  const events = await fresh.stat('events');
  await fresh.page.close();
  return events;
}

async function openSampleWithQuery(app: AppPage, query: string, expected: number): Promise<void> {
  await app.goto();
  await app.openSample();
  expect(await app.waitForReady()).toBe('ready');
  await app.search(query);
  await app.expectMatching(expected);
}

function matchingSample(predicate: (e: SampleEvent) => boolean): SampleEvent[] {
  return sampleEvents().filter(predicate).sort(byTime);
}

test('bodies NDJSON: the same count and the same bodies when opened again', async ({
  app,
  page,
}, testInfo) => {
  const opens = matchingSample((e) => e.body.evt.name === 'open');
  await openSampleWithQuery(app, '@evt.name:open', opens.length);
  const exported = await exportView(page, testInfo, 'bodies');
  expect(exported.path).toMatch(/investigation-export\.ndjson$/);
  const lines = ndjsonLines(exported.text);
  expect(lines).toHaveLength(opens.length);
  expect(lines.map((line) => canonical(JSON.parse(line)))).toEqual(
    opens.map((e) => canonical(e.body)),
  );
  expect(exported.manifest).toMatchObject({
    format: 'ndjson-bodies',
    view: { query: '@evt.name:open' },
    counts: { matching: opens.length, exported: opens.length },
  });
  expect(await reopen(page, exported.path)).toBe(opens.length);
});

test('records NDJSON: envelopes kept, stars and notes carried, opened again alike', async ({
  app,
  page,
}, testInfo) => {
  const execs = matchingSample((e) => e.body.evt.name === 'exec');
  await openSampleWithQuery(app, '@evt.name:exec', execs.length);
  const starred = execs[3] as SampleEvent;
  const noted = execs[10] as SampleEvent;
  await page.evaluate(
    ([a, b]) =>
      localStorage.setItem(
        'cws-explorer.annotations.v1',
        JSON.stringify([
          { eventId: a, starred: true, note: '', updatedMs: 1 },
          { eventId: b, starred: false, note: 'check with the "db" team', updatedMs: 2 },
          { eventId: 'not-in-this-view', starred: true, note: 'x', updatedMs: 3 },
        ]),
      ),
    [starred.id, noted.id],
  );
  const exported = await exportView(page, testInfo, 'records');
  const records = ndjsonLines(exported.text).map(
    (line) => JSON.parse(line) as { _id: string; attributes: unknown; explorer?: unknown },
  );
  expect(records.map((r) => r._id)).toEqual(execs.map((e) => e.id));
  expect(records.map((r) => canonical(r.attributes))).toEqual(execs.map((e) => canonical(e.body)));
  expect(records.filter((r) => r.explorer !== undefined).map((r) => [r._id, r.explorer])).toEqual([
    [starred.id, { starred: true, note: '' }],
    [noted.id, { starred: false, note: 'check with the "db" team' }],
  ]);
  expect(await reopen(page, exported.path)).toBe(execs.length);
});

test('CSV: a header of the visible columns, one row per matching event', async ({
  app,
  page,
}, testInfo) => {
  const dns = matchingSample((e) => e.body.evt.name === 'dns');
  await openSampleWithQuery(app, '@evt.name:dns', dns.length);
  const table = new TablePage(app);
  await table.columnAction('container', 'hide');
  await table.addFieldColumn('@dns.question.name');
  const labels: Record<string, string> = {
    time: 'Time (UTC)',
    type: 'Event',
    outcome: 'Outcome',
    process: 'Process',
    executable: 'Executable',
    target: 'Target',
    user: 'User',
    host: 'Host',
    validity: 'Validity',
    source: 'Source',
    '@dns.question.name': 'dns.question.name',
  };
  const shown = await table.headerOrder();
  expect(shown).not.toContain('container');
  const firstTime = (await table.columnTexts('time'))[0];
  const exported = await exportView(page, testInfo, 'csv');
  const rows = exported.text.split('\r\n');
  expect(rows.pop()).toBe('');
  expect(rows[0]).toBe(shown.map((id) => labels[id]).join(','));
  expect(rows).toHaveLength(dns.length + 1);
  const nameAt = shown.indexOf('@dns.question.name');
  expect(rows.slice(1).map((row) => row.split(',')[nameAt])).toEqual(
    dns.map((e) => String((e.body['dns'] as { question: { name: string } }).question.name)),
  );
  expect(rows[1]?.split(',')[shown.indexOf('time')]).toBe(firstTime);
});

/** Keys whose string values a redaction category covers, as the README states them. */
const ENV_KEYS = new Set(['envs', 'envp']);
const ARG_KEYS = new Set(['args', 'argv', 'argv0']);
const USER_KEYS = new Set([
  'user',
  'group',
  'euser',
  'egroup',
  'fsuser',
  'fsgroup',
  'username',
  'k8s_username',
  'k8s_groups',
  'ssh_username',
]);
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi;

type Category = 'envs' | 'args' | 'users' | 'ips';

/** Every string leaf of a body with the category its path puts it in (if any). */
function* leaves(
  value: unknown,
  category: Category | undefined = undefined,
  parentKey = '',
): Generator<{ text: string; category: Category | undefined }> {
  if (typeof value === 'string') yield { text: value, category };
  else if (Array.isArray(value)) {
    for (const item of value) yield* leaves(item, category, parentKey);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const below =
        category ??
        (ENV_KEYS.has(key)
          ? 'envs'
          : ARG_KEYS.has(key)
            ? 'args'
            : USER_KEYS.has(key) || (parentKey === 'usr' && key === 'id')
              ? 'users'
              : /^(ips?|.+_ips?)$/.test(key)
                ? 'ips'
                : undefined);
      yield* leaves(child, below, key);
    }
  }
}

/** What a redaction with all four categories must hide in a body, counted. */
function secretsOf(body: unknown): Record<Category, number> {
  const counts: Record<Category, number> = { envs: 0, args: 0, users: 0, ips: 0 };
  for (const { text, category } of leaves(body)) {
    if (category === 'envs') {
      if (text.slice(text.indexOf('=') + 1) !== '') counts.envs++;
    } else if (category !== undefined) {
      if (text !== '') counts[category]++;
    } else {
      counts.ips += (text.match(IPV4)?.length ?? 0) + (text.match(IPV6)?.length ?? 0);
    }
  }
  return counts;
}

test('redaction hides every value it claims to, and the manifest counts them', async ({
  app,
  page,
}, testInfo) => {
  const matching = matchingSample(
    (e) => e.body.evt.name === 'exec' || e.body.evt.category === 'Network Activity',
  );
  await openSampleWithQuery(
    app,
    '@evt.name:exec OR @evt.category:"Network Activity"',
    matching.length,
  );
  const exported = await exportView(page, testInfo, 'bodies', REDACTION_LABELS);
  const bodies = ndjsonLines(exported.text).map((line) => JSON.parse(line) as unknown);
  expect(bodies).toHaveLength(matching.length);

  const expected: Record<Category, number> = { envs: 0, args: 0, users: 0, ips: 0 };
  for (const event of matching) {
    const found = secretsOf(event.body);
    for (const c of Object.keys(expected) as Category[]) expected[c] += found[c];
  }
  // The sample has something to hide in every category.
  expect(Object.values(expected).every((n) => n > 0)).toBe(true);

  // Collected, then checked once: an expect per string would take minutes.
  const readable: string[] = [];
  for (const body of bodies) {
    for (const { text, category } of leaves(body)) {
      const hidden =
        category === 'envs'
          ? /^([^=]*=)?(\[redacted\])?$/.test(text)
          : category === undefined || text === '' || text === '[redacted]';
      if (!hidden || IPV4.test(text) || IPV6.test(text)) readable.push(text);
      IPV4.lastIndex = 0;
      IPV6.lastIndex = 0;
    }
  }
  expect(readable).toEqual([]);
  const redaction = exported.manifest.redaction as Record<Category, { count: number }> & {
    categories: readonly string[];
  };
  expect(redaction.categories).toEqual(['envs', 'args', 'users', 'ips']);
  expect({
    envs: redaction.envs.count,
    args: redaction.args.count,
    users: redaction.users.count,
    ips: redaction.ips.count,
  }).toEqual(expected);
  // The manifest names paths and counts, never a hidden value.
  const manifestText = JSON.stringify(exported.manifest);
  expect(manifestText.match(IPV4) ?? []).toEqual([]);
  expect(manifestText).not.toContain('"root"');
});

test('the dialog: disabled without matches, names the file, keeps focus, closes on Esc', async ({
  app,
  page,
}) => {
  await openSampleWithQuery(app, '@evt.name:no-such-event', 0);
  await expect(exportButton(page)).toBeDisabled();
  await app.search('');
  await expect(exportButton(page)).toBeEnabled();
  await exportButton(page).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: FORMAT_LABELS.bodies })).toBeChecked();
  await expect(dialog).toContainText('investigation-export.ndjson');
  await dialog.getByRole('radio', { name: FORMAT_LABELS.csv }).check();
  await expect(dialog).toContainText('investigation-export.csv');
  // Focus stays in the dialog while tabbing through it.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(exportButton(page)).toBeFocused();
});
