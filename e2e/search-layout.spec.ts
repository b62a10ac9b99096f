// The search row under pressure: at 1280×720 with a time range, a starred-only count, a pivot
// label and the event pane open, the query box keeps a usable width and its clear button stays
// clear of the mode switch; a pivot from the detail pane reads back as words while its query
// stays editable, and a link to it shows the same words.
import type { Locator } from '@playwright/test';
import { expect, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';
import { sampleEvents } from './helpers/sample-data';
import { SearchPage } from './helpers/search-page';

/** The box keeps at least this width, or this share of the search row when that is less. */
const MIN_QUERY_PX = 320;
const MIN_QUERY_SHARE = 0.4;

/** The sample's web shell: `sh` started by nginx on web-1, the one event of its rule. */
function webShell() {
  const shells = sampleEvents().filter(
    (e) =>
      e.host === 'web-1' &&
      e.body.evt.name === 'exec' &&
      (e.body['agent'] as { rule_id?: string }).rule_id === 'potential_web_shell_parent',
  );
  if (shells.length !== 1) throw new Error(`the sample has ${shells.length} web shells on web-1`);
  const shell = shells[0]!;
  const pid = (shell.body['process'] as { pid: number }).pid;
  return { shell, pid, label: new RegExp(`subtree of sh \\(${pid}\\) on web-1`) };
}

const HALF_HOUR_MS = 30 * 60 * 1000;

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (found === null) throw new Error('element has no box');
  return found;
}

type Box = Awaited<ReturnType<typeof box>>;

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Opens the sample at the web shell's exec, its detail pane open, within a half-hour range. */
async function openAtShell(app: AppPage): Promise<SearchPage> {
  const { shell } = webShell();
  const fromMs = Math.floor(shell.timeMs / HALF_HOUR_MS) * HALF_HOUR_MS;
  const from = new Date(fromMs).toISOString().replace('.000Z', 'Z');
  const to = new Date(fromMs + HALF_HOUR_MS).toISOString().replace('.000Z', 'Z');
  await app.goto(`open=sample&from=${from}&to=${to}&sel=${encodeURIComponent(shell.id)}`);
  expect(await app.waitForReady()).toBe('ready');
  await expect(app.detail()).toContainText(shell.id);
  return new SearchPage(app);
}

async function pivotToSubtree(app: AppPage): Promise<string> {
  const pivot = app.detail().getByTestId('pivot').filter({ hasText: 'it and its descendants' });
  const query = (await pivot.getAttribute('data-query')) ?? '';
  expect(query.startsWith(`@process.subtree:"web-1/${webShell().pid}/`)).toBe(true);
  await pivot.click();
  await expect(app.page.getByTestId('query-input')).toHaveValue(query);
  return query;
}

test.use({ viewport: { width: 1280, height: 720 } });

test('the query box keeps its width beside the chips, and its clear button clear of the mode switch', async ({
  app,
}) => {
  const search = await openAtShell(app);
  await app.detail().getByTestId('star-toggle').click();
  await expect(app.page.getByTestId('starred-only')).toContainText('(1)');
  await pivotToSubtree(app);
  await expect(search.timeChip()).toBeVisible();
  await expect(app.page.getByTestId('pivot-label')).toBeVisible();
  await expect(app.detail()).toBeVisible();

  const row = await box(app.page.locator('.search-row'));
  const input = await box(search.queryInput());
  expect(input.width).toBeGreaterThanOrEqual(Math.min(MIN_QUERY_PX, row.width * MIN_QUERY_SHARE));
  const clear = await box(app.page.getByRole('button', { name: 'Clear the query' }));
  const modes = await box(app.page.getByRole('group', { name: 'Mode' }));
  expect(intersects(clear, modes)).toBe(false);
  // The clear button sits inside the box; the chips and the star toggle overlap neither.
  expect(clear.x).toBeGreaterThanOrEqual(input.x);
  expect(clear.x + clear.width).toBeLessThanOrEqual(input.x + input.width + 1);
  for (const chip of [
    search.timeChip(),
    app.page.getByTestId('pivot-label'),
    app.page.getByTestId('starred-only'),
  ]) {
    const chipBox = await box(chip);
    expect(intersects(chipBox, input)).toBe(false);
    expect(intersects(chipBox, modes)).toBe(false);
    expect(chipBox.x + chipBox.width).toBeLessThanOrEqual(row.x + row.width + 1);
  }
});

test('a pivot reads as words beside the query, which stays editable; a link shows the words too', async ({
  app,
}) => {
  const search = await openAtShell(app);
  await search.timeChip().getByTestId('time-chip-remove').click();
  const query = await pivotToSubtree(app);
  const label = app.page.getByTestId('pivot-label');
  const words = webShell().label;
  await expect(label).toHaveText(words);
  await expect(label).toHaveAttribute('data-kind', 'subtree');

  // The facet tells how many of the subtree's events are opens; the edited query must agree.
  const opens = Number(await search.facetValue('@evt.name', 'open').getAttribute('data-count'));
  expect(opens).toBeGreaterThan(0);
  const input = search.queryInput();
  await input.click();
  await input.press('End');
  await input.pressSequentially(' @evt.name:open');
  // The box now holds other text than the query the label describes.
  await expect(label).toHaveCount(0);
  await input.press('Enter');
  await app.expectMatching(opens);
  await expect(input).toHaveValue(`${query} @evt.name:open`);
  // Still a pivot, narrowed: the label is back for the query in force.
  await expect(label).toHaveText(words);

  // A link to this view shows the label before anyone clicks anything.
  const hash = await app.hash();
  await app.page.goto('about:blank');
  await app.goto(hash);
  expect(await app.waitForReady()).toBe('ready');
  await app.expectMatching(opens);
  await expect(app.page.getByTestId('pivot-label')).toHaveText(words);

  // A query that is no pivot has no label.
  await app.search('@evt.name:open');
  await expect(app.page.getByTestId('pivot-label')).toHaveCount(0);
});
