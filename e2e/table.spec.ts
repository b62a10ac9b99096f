// The event table an analyst shapes: sort by any column (in the engine, over every event),
// add schema fields as columns, act on a cell's value, hide / pin / reorder columns, change
// the row density. Expectations come from the sample file itself, read with Node.
import { expect, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';
import { byTime, sampleEvent, sampleEvents, sortedByText, valueAt } from './helpers/sample-data';
import { TablePage } from './helpers/table-page';

const FIRST_ROWS = 12;

async function openSample(app: AppPage): Promise<TablePage> {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
  await expect(app.rows().first()).toBeVisible();
  return new TablePage(app);
}

test.describe('sorting', () => {
  test('by time by default; a header click sorts by the executable, a second reverses', async ({
    app,
  }) => {
    const table = await openSample(app);
    await table.expectSorted('time', 'ascending');
    const byTimeIds = [...sampleEvents()].sort(byTime).map((e) => e.id);
    await table.expectFirstRows(byTimeIds.slice(0, FIRST_ROWS));

    await table.sortBy('executable');
    await table.expectSorted('executable', 'ascending');
    await expect(table.header('time')).not.toHaveAttribute('aria-sort', /./);
    const ascending = sortedByText('process.executable.path', false);
    await table.expectFirstRows(ascending.slice(0, FIRST_ROWS).map((e) => e.id));
    const shown = (await table.columnTexts('executable')).slice(0, FIRST_ROWS);
    expect(shown).toEqual(
      ascending.slice(0, FIRST_ROWS).map((e) => String(valueAt(e, 'process.executable.path'))),
    );

    await table.sortBy('executable');
    await table.expectSorted('executable', 'descending');
    const descending = sortedByText('process.executable.path', true);
    await table.expectFirstRows(descending.slice(0, FIRST_ROWS).map((e) => e.id));
    const values = (await table.columnTexts('executable')).slice(0, FIRST_ROWS);
    expect(values).toEqual([...values].sort().reverse());
    expect(values[0]).toBe(String(valueAt(descending[0]!, 'process.executable.path')));
    expect(await app.stat('matching')).toBe(6000);
  });

  test('time descending puts the latest event first; Enter on a header sorts too', async ({
    app,
    page,
  }) => {
    const table = await openSample(app);
    const latestFirst = [...sampleEvents()].sort((a, b) => byTime(b, a));
    await table.header('time').getByTestId('column-sort').focus();
    await page.keyboard.press('Enter');
    await table.expectSorted('time', 'descending');
    await table.expectFirstRows([latestFirst[0]!.id]);
    await page.keyboard.press('Space');
    await table.expectSorted('time', 'ascending');
    await table.expectFirstRows([[...sampleEvents()].sort(byTime)[0]!.id]);
  });

  test('the column menu sorts either way', async ({ app }) => {
    const table = await openSample(app);
    await table.columnAction('host', 'sort-descending');
    await table.expectSorted('host', 'descending');
    const hosts = [...new Set(sampleEvents().map((e) => e.host))].sort().reverse();
    await expect.poll(async () => (await table.columnTexts('host'))[0]).toBe(hosts[0]);
    const shown = (await table.columnTexts('host')).slice(0, FIRST_ROWS);
    expect(shown).toEqual([...shown].sort().reverse());
  });
});

test.describe('field columns', () => {
  test('the chooser lists schema fields with descriptions and marks indexed ones', async ({
    app,
  }) => {
    const table = await openSample(app);
    const panel = await table.searchColumns('file mode');
    await expect(table.option('@file.mode')).toBeVisible();
    await expect(table.option('@file.mode')).toContainText('File mode');
    await expect(table.option('@file.mode')).toHaveAttribute('data-indexed', 'false');
    await table.searchColumns('@process.pid');
    await expect(table.option('@process.pid')).toHaveAttribute('data-indexed', 'true');
    await table.searchColumns('no such field anywhere');
    await expect(panel.getByTestId('column-option')).toHaveCount(0);
  });

  test('an added schema field shows its values, sorts and can be removed', async ({ app }) => {
    const table = await openSample(app);
    await table.addFieldColumn('@process.ppid');
    // Values of the rendered rows, checked against the file by event id.
    await expect
      .poll(async () => {
        const ids = await table.rowIds();
        const texts = await table.columnTexts('@process.ppid');
        return ids
          .slice(0, FIRST_ROWS)
          .every((id, i) => texts[i] === String(valueAt(sampleEvent(id), 'process.ppid') ?? ''));
      })
      .toBe(true);

    await table.sortBy('@process.ppid');
    await table.expectSorted('@process.ppid', 'ascending');
    const ppids = sampleEvents()
      .map((e) => valueAt(e, 'process.ppid'))
      .filter((v): v is number => typeof v === 'number')
      .sort((a, b) => a - b);
    await expect
      .poll(async () => (await table.columnTexts('@process.ppid')).slice(0, 3))
      .toEqual(ppids.slice(0, 3).map(String));

    await table.columnAction('@process.ppid', 'remove');
    await expect(table.header('@process.ppid')).toHaveCount(0);
    await table.expectSorted('time', 'ascending');
  });

  test('a field the index lacks is read from the events and shown', async ({ app }) => {
    const table = await openSample(app);
    await table.addFieldColumn('@file.mode');
    await expect
      .poll(async () => {
        const ids = await table.rowIds();
        const texts = await table.columnTexts('@file.mode');
        return ids
          .slice(0, FIRST_ROWS)
          .map((id, i) => texts[i] === String(valueAt(sampleEvent(id), 'file.mode') ?? '—'));
      })
      .toEqual(Array<boolean>(FIRST_ROWS).fill(true));
  });
});

test.describe('cell actions', () => {
  test('filter in from a cell narrows to the events with that value; again takes it out', async ({
    app,
  }) => {
    const table = await openSample(app);
    const id = (await table.rowIds())[0]!;
    const executable = String(valueAt(sampleEvent(id), 'process.executable.path'));
    const expected = sampleEvents().filter(
      (e) => valueAt(e, 'process.executable.path') === executable,
    ).length;
    expect(expected).toBeLessThan(6000);

    const menu = await table.openCellMenu(0, 'executable');
    await expect(menu).toContainText(executable);
    await table.menuAction('filter-in');
    await app.expectMatching(expected);
    const shown = await table.columnTexts('executable');
    expect(new Set(shown)).toEqual(new Set([executable]));

    await table.openCellMenu(0, 'executable');
    await table.menuAction('filter-in');
    await app.expectMatching(6000);
  });

  test('filter out from the keyboard: h/l choose the cell, Shift+F excludes its value', async ({
    app,
    page,
  }) => {
    const table = await openSample(app);
    await app.selectRow(0);
    const id = (await table.rowIds())[0]!;
    const name = String(valueAt(sampleEvent(id), 'evt.name'));
    const expected = sampleEvents().filter((e) => valueAt(e, 'evt.name') !== name).length;
    await table.cell(0, 'time').click();
    await page.keyboard.press('l');
    await expect(table.cell(0, 'type')).toHaveClass(/is-active/);
    await page.keyboard.press('Shift+F');
    await app.expectMatching(expected);
  });

  test('the cell menu opens from the keyboard and adds a column', async ({ app, page }) => {
    const table = await openSample(app);
    // The first row with a command name: the Windows host's events have none (empty cell).
    const row = (await table.rowIds()).findIndex(
      (id) => typeof valueAt(sampleEvent(id), 'process.comm') === 'string',
    );
    expect(row).toBeGreaterThanOrEqual(0);
    await app.selectRow(row);
    await table.cell(row, 'process').click();
    await page.keyboard.press('m');
    const menu = page.getByTestId('cell-menu');
    await expect(menu).toBeVisible();
    await expect(menu.locator('[data-action="filter-in"]')).toBeFocused();
    await table.menuAction('add-column');
    const order = await table.headerOrder();
    expect(order.slice(order.indexOf('process'), order.indexOf('process') + 2)).toEqual([
      'process',
      '@process.comm',
    ]);
    await page.keyboard.press('m');
    await expect(page.getByTestId('cell-menu')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('cell-menu')).toHaveCount(0);
    // Focus is back in the table: its keys work again.
    await page.keyboard.press('j');
    await expect(app.row(row + 1)).toHaveAttribute('aria-selected', 'true');
  });

  test('the detail tree filters out a value and adds its field as a column', async ({ app }) => {
    const table = await openSample(app);
    await app.selectRow(0);
    const id = (await table.rowIds())[0]!;
    const name = String(valueAt(sampleEvent(id), 'evt.name'));
    const expected = sampleEvents().filter((e) => valueAt(e, 'evt.name') !== name).length;
    const field = app.field('evt.name').first();
    await field.hover();
    await field.getByTestId('field-actions').click();
    await table.menuAction('filter-out');
    await app.expectMatching(expected);

    await app.selectRow(0);
    const pid = app.field('process.pid').first();
    await pid.hover();
    await pid.getByTestId('field-actions').click();
    await table.menuAction('add-column');
    await expect(table.header('@process.pid')).toBeVisible();
    const rowId = (await table.rowIds())[0]!;
    await expect(table.cell(0, '@process.pid')).toHaveText(
      String(valueAt(sampleEvent(rowId), 'process.pid')),
    );
  });
});

test.describe('layout', () => {
  test('hide, reorder from the menu and by dragging, pin', async ({ app, page }) => {
    const table = await openSample(app);
    const initial = await table.headerOrder();
    expect(initial.slice(0, 4)).toEqual(['time', 'type', 'process', 'target']);

    await table.columnAction('user', 'hide');
    expect(await table.headerOrder()).not.toContain('user');
    await expect(table.cell(0, 'user')).toHaveCount(0);

    await table.columnAction('type', 'move-right');
    expect((await table.headerOrder()).slice(0, 3)).toEqual(['time', 'process', 'type']);

    // Dragged leftwards onto a header, a column takes its place.
    await table.header('target').dragTo(table.header('process'), {
      targetPosition: { x: 10, y: 10 },
    });
    await expect
      .poll(() => table.headerOrder())
      .toEqual([
        'time',
        'target',
        'process',
        'type',
        ...initial.filter((c) => !/^(time|type|target|process|user)$/.test(c)),
      ]);
    // A drag ends without sorting.
    await table.expectSorted('time', 'ascending');

    await table.columnAction('source', 'pin');
    expect((await table.headerOrder())[0]).toBe('source');
    const cellOrder = await app
      .row(0)
      .evaluate((row) =>
        [...row.querySelectorAll('[data-column]')].map((c) => c.getAttribute('data-column')),
      );
    expect(cellOrder).toEqual(await table.headerOrder());

    // A pinned column stays at the left edge while the rows scroll sideways.
    const before = await table.cell(0, 'source').boundingBox();
    await table.table().evaluate((el) => el.scrollBy({ left: 400 }));
    await expect.poll(() => table.table().evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    const after = await table.cell(0, 'source').boundingBox();
    expect(after?.x).toBeCloseTo(before?.x ?? -1, 0);
    const headerBox = await table.header('source').boundingBox();
    expect(headerBox?.x).toBeCloseTo(before?.x ?? -1, 0);

    // The layout survives a reload.
    await page.reload();
    await app.waitForReady();
    expect((await table.headerOrder()).slice(0, 4)).toEqual([
      'source',
      'time',
      'target',
      'process',
    ]);
    expect(await table.headerOrder()).not.toContain('user');
  });

  test('the density toggle changes the row height in step with the scroller', async ({ app }) => {
    const table = await openSample(app);
    const top = async (n: number) => (await app.row(n).boundingBox())?.y ?? NaN;
    const compact = (await top(1)) - (await top(0));
    expect(compact).toBeCloseTo(22, 0);
    await app.page.getByTestId('density-toggle').click();
    await expect(table.table()).toHaveAttribute('data-density', 'comfortable');
    await expect.poll(async () => (await top(1)) - (await top(0))).toBeCloseTo(30, 0);
    expect((await app.row(0).boundingBox())?.height).toBeCloseTo(30, 0);
    // The last row is still reachable: the scroll height follows the row height.
    const height = await table.table().evaluate((el) => el.scrollHeight);
    expect(height).toBeGreaterThanOrEqual(6000 * 30);
    await table.table().focus();
    await app.page.keyboard.press('End');
    const lastId = [...sampleEvents()].sort(byTime).at(-1)!.id;
    await expect(
      app.page.locator(`[data-testid="event-row"][data-event-id="${lastId}"]`),
    ).toBeVisible();
  });
});
