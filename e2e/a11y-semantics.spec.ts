// What a screen reader is given: the event table is an ARIA grid with the true totals (row
// count = matching events + the header, column count = the headers shown, each row its index),
// sortable headers say their sort, the selected row is the grid's active descendant; the
// process tree gives each node its level and set size; loads and queries are announced in
// polite live regions with the page's own counters; the timeline has a text summary and a
// table view whose counts add up to the events it draws; icon-only controls have names.
// Counts are read from the page, never hard-coded: the bundled sample may change.
import { expect, test } from './helpers/app-page';
import { showView, viewTab } from './helpers/detail-page';

const count = (n: number): string => n.toLocaleString('en-US');

test('the table is a grid with the true totals; sorting and selection are exposed', async ({
  app,
  page,
}) => {
  await app.openSampleReady();
  const grid = page.getByRole('grid', { name: 'Events' });
  await expect(grid).toHaveAttribute('data-testid', 'event-table');
  const matching = await app.stat('matching');
  await expect(grid).toHaveAttribute('aria-rowcount', String(matching + 1));
  const headers = grid.getByRole('columnheader');
  await expect(grid).toHaveAttribute('aria-colcount', String(await headers.count()));
  await expect(grid.getByRole('row').first()).toHaveAttribute('aria-rowindex', '1');
  await expect(app.row(0)).toHaveAttribute('aria-rowindex', '2');

  // The header of the sorted column says which way; a click turns it around.
  const time = grid.getByRole('columnheader', { name: /time/i });
  await expect(time).toHaveAttribute('aria-sort', 'ascending');
  await time.getByRole('button').first().click();
  await expect(time).toHaveAttribute('aria-sort', 'descending');
  await expect(grid.locator('[role="columnheader"][aria-sort]')).toHaveCount(1);

  // The last row, reached from the keyboard, carries the last index.
  await grid.focus();
  await page.keyboard.press('End');
  const last = page.locator(`[data-testid="event-row"][aria-rowindex="${matching + 1}"]`);
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(grid).toHaveAttribute('aria-activedescendant', (await last.getAttribute('id'))!);
  await expect(page.locator('[data-testid="event-row"][aria-selected="true"]')).toHaveCount(1);
});

test('loads and query outcomes are announced with the counters of the page', async ({
  app,
  page,
}) => {
  await app.openSampleReady();
  const loaded = page.getByTestId('announce-load');
  const view = page.getByTestId('announce-view');
  for (const region of [loaded, view]) {
    await expect(region).toHaveAttribute('role', 'status');
    await expect(region).toHaveAttribute('aria-atomic', 'true');
  }
  const events = await app.stat('events');
  const rejected = await app.stat('rejected');
  await expect(loaded).toHaveText(`${count(events)} events loaded, ${count(rejected)} rejected`);
  await expect(view).toHaveText(`${count(await app.stat('matching'))} matching`);

  await app.search('@evt.name:exec');
  await expect(page.getByTestId('stat-matching')).not.toHaveAttribute('data-value', String(events));
  await expect(view).toHaveText(`${count(await app.stat('matching'))} matching`);
  // The load's announcement does not change with the query, so it is not read again.
  await expect(loaded).toHaveText(`${count(events)} events loaded, ${count(rejected)} rejected`);

  // A query error is an alert, and the box it is about is marked invalid.
  await app.search('@evt.name:(');
  const errors = page.getByTestId('query-errors');
  await expect(errors).toBeVisible();
  await expect(errors).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('query-input')).toHaveAttribute('aria-invalid', 'true');
});

test('a file with rejected records is announced with them', async ({ app, page }) => {
  await app.goto();
  await app.openFixture('bad-non-json.ndjson');
  expect(await app.waitForReady()).toBe('ready');
  const rejected = await app.stat('rejected');
  expect(rejected).toBeGreaterThan(0);
  await expect(page.getByTestId('announce-load')).toHaveText(
    `${count(await app.stat('events'))} events loaded, ${count(rejected)} rejected`,
  );
});

test('the process tree gives every node its level, position and set size', async ({ app }) => {
  await app.openSampleReady();
  await app.selectRow(0);
  // The event's views are on their tab row once its detail has arrived.
  await expect(viewTab(app, 'Fields')).toBeVisible();
  await showView(app, 'Process tree');
  const tree = app.page.getByRole('tree', { name: 'Process tree' });
  await expect(tree).toBeVisible();
  const nodes = app.processTree().getByTestId('process-node');
  await expect(nodes.first()).toBeVisible();
  const facts = await nodes.evaluateAll((items) =>
    items.map((n) => ({
      role: n.getAttribute('role'),
      level: Number(n.getAttribute('aria-level')),
      pos: Number(n.getAttribute('aria-posinset')),
      size: Number(n.getAttribute('aria-setsize')),
    })),
  );
  for (const f of facts) {
    expect(f.role).toBe('treeitem');
    expect(f.level).toBeGreaterThanOrEqual(1);
    expect(f.pos).toBeGreaterThanOrEqual(1);
    expect(f.pos).toBeLessThanOrEqual(f.size);
  }
  await expect(app.processTree().locator('[aria-current="true"]')).toHaveCount(1);
});

test('the timeline has a text summary and a table view that add up', async ({ app, page }) => {
  await app.openSampleReady();
  const matching = await app.stat('matching');
  const plot = page.getByTestId('timeline-plot');
  const textId = await plot.getAttribute('aria-describedby');
  const text = page.locator(`[id="${textId}"]`);
  await expect(text).toHaveText(
    new RegExp(`^${count(matching)} events; .* in .* bars; the busiest bar`),
  );

  const toggle = page.getByRole('button', { name: 'Table', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const table = page.getByRole('region', { name: 'Timeline as a table' });
  await expect(table).toHaveAttribute('id', (await toggle.getAttribute('aria-controls'))!);
  const totals = await table
    .locator('tbody tr td:last-child')
    .allTextContents()
    .then((cells) => cells.map((c) => Number(c.replace(/,/g, ''))));
  expect(totals.reduce((a, b) => a + b, 0)).toBe(matching);
});

test('icon-only controls have names', async ({ app, page }) => {
  await app.openSampleReady();
  await app.selectRow(0);
  for (const name of [
    'Keyboard shortcuts (?)',
    /^Switch to the (light|dark) theme$/,
    'Collapse panel (Esc)',
    'Hide the facets',
  ]) {
    await expect(page.getByRole('button', { name })).toBeVisible();
  }
  // Every button on the page has a name (axe checks this too, in every state).
  const unnamed = await page
    .getByRole('button')
    .evaluateAll(
      (buttons) =>
        buttons.filter((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === '')
          .length,
    );
  expect(unnamed).toBe(0);
});
