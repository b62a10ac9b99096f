// What a cell shows, what its filter writes and what it sorts by are one field: for every
// built-in column, a filter taken from a cell keeps the row it was taken from (filter in) or
// drops exactly it and its likes (filter out). Columns whose text is derived (time, target,
// source) offer no filter. Rows are picked from the sample so that every field-backed column
// has a value, and the process column's row is one whose command name (`sh`) differs from its
// executable's name (`dash`), where the two used to disagree.
import { expect, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';
import { sampleEvents, valueAt } from './helpers/sample-data';
import type { SampleEvent } from './helpers/sample-data';
import { TablePage } from './helpers/table-page';

const FIELD_COLUMNS = [
  'type',
  'outcome',
  'process',
  'executable',
  'user',
  'container',
  'host',
  'validity',
] as const;
const DERIVED_COLUMNS = ['time', 'target', 'source'] as const;

/** An event with a container whose comm differs from its executable's name. */
function telling(): SampleEvent {
  const event = sampleEvents().find((e) => {
    const comm = valueAt(e, 'process.comm');
    const name = valueAt(e, 'process.executable.name');
    return comm !== name && valueAt(e, 'container.id') !== undefined;
  });
  if (event === undefined) throw new Error('the sample has no event whose comm and name differ');
  return event;
}

async function showOnly(app: AppPage, id: string): Promise<TablePage> {
  await app.search(`@id:"${id}"`);
  await app.expectMatching(1);
  await expect(app.row(0)).toHaveAttribute('data-event-id', id);
  return new TablePage(app);
}

test.beforeEach(async ({ app }) => {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
});

test('the process column shows the command name it filters and sorts on', async ({ app }) => {
  const event = telling();
  const table = await showOnly(app, event.id);
  const comm = String(valueAt(event, 'process.comm'));
  await expect(table.cell(0, 'process')).toHaveText(
    `${comm} (${String(valueAt(event, 'process.pid'))})`,
  );
});

for (const column of FIELD_COLUMNS) {
  test(`a filter from the ${column} cell keeps its own row, its exclusion drops it`, async ({
    app,
    page,
  }) => {
    const event = telling();
    const table = await showOnly(app, event.id);
    await table.openCellMenu(0, column);
    await table.menuAction('filter-in');
    const narrowed = await page.getByTestId('query-input').inputValue();
    expect(narrowed).not.toBe(`@id:"${event.id}"`);
    await app.expectMatching(1);
    await expect(app.row(0)).toHaveAttribute('data-event-id', event.id);

    await table.openCellMenu(0, column);
    await table.menuAction('filter-in'); // the same action again takes the filter back out
    await app.expectMatching(1);
    await table.openCellMenu(0, column);
    await table.menuAction('filter-out');
    await app.expectMatching(0);
  });
}

test('cells whose text is derived offer no filter', async ({ app, page }) => {
  const table = await showOnly(app, telling().id);
  for (const column of DERIVED_COLUMNS) {
    const menu = await table.openCellMenu(0, column);
    await expect(menu.locator('[data-action="filter-in"]')).toBeDisabled();
    await expect(menu.locator('[data-action="filter-out"]')).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('cell-menu')).toHaveCount(0);
  }
});

test('sorting by process orders by the command name shown', async ({ app }) => {
  const table = new TablePage(app);
  await table.sortBy('process');
  await table.expectSorted('process', 'ascending');
  // Events without a command name (the Windows host's) go last in both directions.
  const comms = sampleEvents()
    .map((e) => valueAt(e, 'process.comm'))
    .filter((comm): comm is string => typeof comm === 'string')
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  await expect
    .poll(async () => (await table.columnTexts('process'))[0]?.replace(/ \(\d+\)$/, ''))
    .toBe(comms[0]);
});
