// Events of several agent generations in one file: each is judged by the schema of the agent
// that sent it (agent.os, agent.version), the detail pane names that schema, and the schema
// is a facet and a query field; a 7.71 connect event is typed in the pane, its destination is
// a facet, and a rule on it matches.
import { expect, test } from './helpers/app-page';
import { SearchPage } from './helpers/search-page';
import { fixtureEvents, writeTempNdjson, type TempFile } from './helpers/temp-ndjson';

type Json = Record<string, unknown>;

/** Newer agents send `auid` with every credentials object: added wherever there is one. */
function withAuid(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withAuid);
  if (typeof value !== 'object' || value === null) return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value)) out[key] = withAuid(child);
  if ('credentials' in out && typeof out['credentials'] === 'object') {
    out['credentials'] = { auid: 1000, ...(out['credentials'] as Json) };
  }
  return out;
}

const WINDOWS_EVENT = {
  agent: { rule_id: 'registry_run_key', version: '7.71.0', os: 'windows' },
  title: 'A Run key was set',
  date: '2026-11-20T09:00:00.000Z',
  evt: { name: 'set_key_value', category: 'Registry Activity', outcome: 'Success' },
  process: {
    pid: 4242,
    ppid: 600,
    executable: { path: 'C:\\Windows\\System32\\reg.exe', name: 'reg.exe' },
    cmdline: 'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v x /d y',
    user: 'analyst',
  },
  registry: {
    key_name: 'Run',
    key_path: 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run',
    value_name: 'x',
  },
};

let file: TempFile;

test.beforeAll(async () => {
  const [seedEra = {}] = await fixtureEvents('shape-ndjson.ndjson');
  const agent = seedEra['agent'] as Json;
  const modern = (version: string) =>
    withAuid({ ...seedEra, agent: { ...agent, version, os: 'linux' }, title: 'An open' });
  const { file: _file, ...process } = modern('7.71.0') as Json;
  const connect = {
    ...process,
    evt: { name: 'connect', category: 'Network Activity', outcome: 'Success' },
    connect: {
      addr: { family: 'AF_INET', ip: '10.0.0.5', port: 443 },
      hostnames: ['api.example.com'],
      protocol: 'TCP',
    },
  };
  const events = [
    { ...seedEra, agent: { ...agent, version: '7.44.0' } },
    modern('7.57.1'),
    modern('7.71.0'),
    WINDOWS_EVENT,
    connect,
  ];
  file = await writeTempNdjson('five-agents.ndjson', events);
});

test.afterAll(() => file.remove());

test('each event is valid against its own agent schema, named in the pane and the facet', async ({
  app,
  page,
}) => {
  await app.goto();
  await app.openFiles([file.path]);
  expect(await app.waitForReady()).toBe('ready');
  expect(await app.stat('events')).toBe(5);
  expect(await app.stat('invalid')).toBe(0);
  expect(await app.stat('drift')).toBe(0);

  const search = new SearchPage(app);
  const facet = search.facet('@schema');
  const expected = { 'linux-seed': 1, 'linux-7.57': 1, 'linux-7.71': 2, 'windows-7.71': 1 };
  for (const [schema, count] of Object.entries(expected)) {
    await expect(
      facet.locator(`[data-testid="facet-value"][data-value="${schema}"]`),
    ).toHaveAttribute('data-count', String(count));
  }

  await app.search('@schema:windows-7.71');
  await app.expectMatching(1);
  await app.selectRow(0);
  await expect(page.getByTestId('event-schema')).toHaveAttribute('data-schema', 'windows-7.71');

  await app.search('@schema:linux-7.*');
  await app.expectMatching(3);
  await app.search('');

  // The newer types' facets are listed when the data set has such events, and only then.
  await expect(search.facet('@registry.key_path')).toBeVisible();
  await expect(search.facet('@imds.cloud_provider')).toHaveCount(0);
  const connectFacet = search.facet('@connect.addr.ip');
  await connectFacet.locator('.facet-toggle').click();
  await search.facetValue('@connect.addr.ip', '10.0.0.5').click();
  await app.expectMatching(1);
  await expect(page.getByTestId('query-input')).toHaveValue('@connect.addr.ip:10.0.0.5');

  // The connect event is typed in the pane and a rule on its event type matches it.
  await app.search('@evt.name:connect');
  await app.expectMatching(1);
  await app.selectRow(0);
  await expect(app.field('connect.addr.port').first()).toContainText('443');
  await app.search('');
  await page.getByTestId('mode-rules').click();
  await app.applyRule('connect.addr.port == 443');
  await app.expectMatching(1);
});
