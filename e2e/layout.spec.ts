// The page's layout at the window sizes analysts use: the timeline stays in its column as the
// side panel opens, collapses and the window resizes; the panel resizes (drag and keyboard),
// keeps its width over a reload, collapses to a handle; a 1280×720 table keeps its essential
// columns beside the panel; the detail tabs stay on one line; invalid rows carry a mark.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, fixturePath, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';
import { isWithinX, LayoutPage } from './helpers/layout-page';

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1500, height: 900 },
  { width: 1920, height: 1080 },
] as const;

/** PANE_MIN_PX and PANE_KEEP_PX of `src/state/pane-width.ts`. */
const PANE_MIN_PX = 300;
const PANE_KEEP_PX = 720;

async function openSample(app: AppPage): Promise<LayoutPage> {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
  await expect(app.row(0)).toBeVisible();
  return new LayoutPage(app);
}

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height} the timeline stays in its column as the panel opens, collapses and the window resizes`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize(viewport);
    const layout = await openSample(app);
    // Nothing selected: the panel takes no room at all, the table reaches the window's edge.
    await expect(layout.sidePanel()).toBeHidden();
    await expect(layout.handle()).toHaveCount(0);
    const table = await layout.box(layout.table());
    expect(table.x + table.width).toBeCloseTo(viewport.width, 0);
    await layout.expectTimelineInColumn();

    await app.selectRow(0);
    await expect(layout.sidePanel()).toBeVisible();
    await layout.expectTimelineInColumn();
    // The panel's top is the panel's: the event id there takes the clicks, not the timeline.
    const idBox = await layout.box(app.detail().getByRole('button', { name: /copy/i }).first());
    const hit = await page.evaluate(
      ({ x, y }) =>
        (document.elementFromPoint(x, y)?.closest('[data-testid="side-panel"]') ?? null) !== null,
      { x: idBox.x + idBox.width / 2, y: idBox.y + idBox.height / 2 },
    );
    expect(hit).toBe(true);

    await layout.sidePanel().getByRole('button', { name: 'Collapse panel (Esc)' }).click();
    await expect(layout.handle()).toBeVisible();
    await layout.expectTimelineInColumn();

    await layout.handle().click();
    await expect(layout.sidePanel()).toBeVisible();
    await layout.expectTimelineInColumn();

    // Narrower, then back: the chart follows both ways.
    await page.setViewportSize({ width: viewport.width - 240, height: viewport.height });
    await layout.expectTimelineInColumn();
    await page.setViewportSize(viewport);
    await layout.expectTimelineInColumn();
  });
}

test('the panel resizes by drag and by keyboard, and keeps its width over a reload', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1500, height: 900 });
  const layout = await openSample(app);
  await app.selectRow(0);
  const resizer = layout.resizer();
  await expect(resizer).toHaveAttribute('aria-orientation', 'vertical');
  const start = await layout.panelWidth();
  await expect(resizer).toHaveAttribute('aria-valuenow', String(Math.round(start)));
  await expect(resizer).toHaveAttribute('aria-valuemin', String(PANE_MIN_PX));
  await expect(resizer).toHaveAttribute('aria-valuemax', String(1500 - PANE_KEEP_PX));

  await layout.dragResizer(-120);
  await expect.poll(() => layout.panelWidth()).toBeCloseTo(start + 120, 0);
  await layout.expectTimelineInColumn();

  await resizer.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => layout.panelWidth()).toBeCloseTo(start + 120 - 48, 0);
  await page.keyboard.press('Home');
  await expect.poll(() => layout.panelWidth()).toBeCloseTo(PANE_MIN_PX, 0);
  await page.keyboard.press('End');
  await expect.poll(() => layout.panelWidth()).toBeCloseTo(1500 - PANE_KEEP_PX, 0);
  await layout.expectTimelineInColumn();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowLeft');
  const chosen = PANE_MIN_PX + 96;
  await expect.poll(() => layout.panelWidth()).toBeCloseTo(chosen, 0);
  await expect(resizer).toHaveAttribute('aria-valuenow', String(chosen));
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('pane-width')))
    .toBe(String(chosen));

  await page.reload();
  expect(await app.waitForReady()).toBe('ready');
  await expect(layout.sidePanel()).toBeVisible();
  await expect.poll(() => layout.panelWidth()).toBeCloseTo(chosen, 0);
});

test('collapsing gives the table the room; Enter, the handle and a drag move between the two', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const layout = await openSample(app);
  await app.selectRow(0);
  const open = await layout.box(layout.table());
  const width = await layout.panelWidth();

  await layout.resizer().focus();
  await page.keyboard.press('Enter');
  await expect(layout.sidePanel()).toHaveCount(0);
  await expect(layout.handle()).toBeFocused();
  const handle = await layout.box(layout.handle());
  const collapsed = await layout.box(layout.table());
  expect(collapsed.width).toBeGreaterThan(open.width + width - handle.width - 2);
  expect(collapsed.x + collapsed.width).toBeCloseTo(handle.x, 0);
  // Collapsed is part of the view: the link says so.
  expect(await app.hash()).toContain('pane=none');
  await layout.expectTimelineInColumn();

  await page.keyboard.press('Enter');
  await expect(layout.sidePanel()).toBeVisible();
  await expect(layout.resizer()).toBeFocused();
  await expect.poll(() => layout.panelWidth()).toBeCloseTo(width, 0);

  // Dragged well past its narrowest, the panel collapses, and comes back as wide as it was.
  await layout.dragResizer(width);
  await expect(layout.handle()).toBeVisible();
  await layout.handle().click();
  await expect.poll(() => layout.panelWidth()).toBeCloseTo(width, 0);
});

test('at 1280×720 with the panel open the essential columns and the tabs fit', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const layout = await openSample(app);
  await app.selectRow(0);
  await expect(layout.sidePanel()).toBeVisible();
  const table = await layout.box(layout.table());
  for (const column of ['time', 'type', 'process', 'target', 'validity']) {
    const header = page.locator(`[data-testid="column-header"][data-column="${column}"]`);
    expect(isWithinX(await layout.box(header), table), `${column} header in view`).toBe(true);
  }

  // The view tabs stay on one line; those that do not fit wait in the More menu.
  const tabs = app.detail().getByRole('tablist', { name: 'Event views' }).getByRole('tab');
  const tabTops = async () =>
    tabs.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  const onRow = await tabs.allTextContents();
  expect(new Set(await tabTops()).size).toBe(1);
  const more = app.detail().getByTestId('detail-tabs-more');
  await expect(more).toBeVisible();
  expect((await layout.box(more)).y).toBeCloseTo((await layout.box(tabs.first())).y, 0);
  await more.click();
  const menu = page.getByTestId('detail-tabs-menu');
  const inMenu = await menu.getByRole('menuitem').allTextContents();
  expect(inMenu.length).toBeGreaterThan(0);
  expect([...onRow, ...inMenu].sort()).toEqual(
    ['Envelope', 'Fields', 'Lanes', 'Process tree', 'Raw JSON', 'Record', 'Tree'].sort(),
  );
  // A view picked from the menu is shown, and its tab joins the row.
  const picked = inMenu[inMenu.length - 1] ?? '';
  await menu.getByRole('menuitem', { name: picked }).click();
  await expect(tabs.filter({ hasText: picked })).toHaveAttribute('aria-selected', 'true');
  expect(new Set(await tabTops()).size).toBe(1);

  // With the panel at its widest, every tab fits and there is no menu.
  await layout.resizer().focus();
  await page.keyboard.press('End');
  await expect(more).toHaveCount(0);
  await expect(tabs).toHaveCount(7);
  expect(new Set(await tabTops()).size).toBe(1);
});

test('an invalid or drifting row carries a mark at its start', async ({ app, page }, testInfo) => {
  // Three events of the generated NDJSON: one kept valid, one made invalid (a pid that is
  // text), one made to drift (a property the schema does not know).
  const lines = readFileSync(fixturePath('shape-ndjson.ndjson'), 'utf8').split('\n').slice(0, 3);
  const [valid, invalid, drift] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  (invalid!['process'] as Record<string, unknown>)['pid'] = 'not a number';
  drift!['field_from_a_newer_agent'] = true;
  const path = testInfo.outputPath('validity.ndjson');
  writeFileSync(path, [valid, invalid, drift].map((e) => JSON.stringify(e)).join('\n'));

  await page.setViewportSize({ width: 1280, height: 720 });
  await app.goto();
  await app.openFiles([path]);
  expect(await app.waitForReady()).toBe('ready');
  expect(await app.stat('invalid')).toBe(1);
  expect(await app.stat('drift')).toBe(1);
  await app.selectRow(0);
  const layout = new LayoutPage(app);
  const table = await layout.box(layout.table());

  await expect(app.rows()).toHaveCount(3);
  for (let n = 0; n < 3; n++) {
    const row = app.row(n);
    const validity = (await row.locator('[data-column="validity"]').textContent()) ?? '';
    const mark = row.getByTestId('row-mark');
    if (validity === 'valid') {
      await expect(mark).toHaveCount(0);
      continue;
    }
    await expect(row.getByRole('img', { name: validity })).toBeVisible();
    const box = await layout.box(mark);
    const rowBox = await layout.box(row);
    expect(isWithinX(box, table)).toBe(true);
    // At the row's start, before the first column's text.
    expect(box.x - rowBox.x).toBeLessThan(20);
  }
  await expect(page.locator('[data-testid="row-mark"][data-validity="invalid"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="row-mark"][data-validity="drift"]')).toHaveCount(1);
});
