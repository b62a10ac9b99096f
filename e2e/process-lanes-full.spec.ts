// The full-width lanes on the sample: the Lanes toggle beside the table shows the processes of
// the current query in the table's place (Esc, the toggle or Back return to the table, Shift+L
// opens them), the timeline's brush zooms them, "Open full width" in the Lanes tab and in the
// process tree shows a process's family across the page, a mark there selects its event, and
// the link restores which lanes are open.
import { expect, test } from './helpers/app-page';
import { DetailPage } from './helpers/detail-page';
import {
  download,
  downloadWrite,
  fullLanes,
  lanePids,
  lanes,
  miner,
  openShellLanes,
  procOf,
  shell,
} from './helpers/lanes-page';
import { SearchPage } from './helpers/search-page';

const windowOf = async (root: ReturnType<typeof fullLanes>) => {
  const view = root.getByTestId('process-lanes');
  return {
    fromMs: Number(await view.getAttribute('data-from-ms')),
    toMs: Number(await view.getAttribute('data-to-ms')),
  };
};

test("the Lanes toggle shows the query's processes in the table's place; Esc goes back", async ({
  app,
  page,
}) => {
  await app.openSampleReady();
  await app.search(`@process.pid:${procOf(download).pid} host:web-1`);
  const toggle = page.getByTestId('lanes-view-toggle');
  await toggle.click();
  const full = fullLanes(app);
  await expect(full).toHaveAttribute('data-scope', 'view');
  await expect(page.getByTestId('event-table')).toHaveCount(0);
  await expect(page).toHaveURL(/[#&]lanes=view(&|$)/);
  // The download's lane, under the shell that started it; the miner is not in this view.
  await expect(
    full.locator(`[data-testid="lane"][data-pid="${procOf(download).pid}"]`),
  ).toBeVisible();
  const pids = await lanePids(full);
  expect(pids.indexOf(procOf(shell).pid)).toBeGreaterThanOrEqual(0);
  expect(pids.indexOf(procOf(shell).pid)).toBeLessThan(pids.indexOf(procOf(download).pid));
  expect(pids).not.toContain(procOf(miner).pid);
  // The focus is on the lanes: keys zoom at once.
  await expect(full.getByRole('group')).toBeFocused();
  const before = await windowOf(full);
  await page.keyboard.press('+');
  await expect.poll(async () => (await windowOf(full)).fromMs).toBeGreaterThan(before.fromMs);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-table')).toBeVisible();
  await expect(full).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await app.hash()).not.toMatch(/lanes=/);

  // Shift+L opens them again; Back (opening them was a step) returns to the table.
  await page.keyboard.press('Shift+L');
  await expect(full).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('event-table')).toBeVisible();
  await expect(full).toHaveCount(0);
});

test('brushing the timeline zooms the full-width lanes to the range', async ({ app, page }) => {
  await app.openSampleReady();
  await page.getByTestId('lanes-view-toggle').click();
  const full = fullLanes(app);
  await expect(full.getByTestId('process-lanes')).toBeVisible();
  const search = new SearchPage(app);
  await search.brush(0.3, 0.6);
  await expect(search.timeChip()).toBeVisible();
  const range = await search.chipRange();
  await expect.poll(() => windowOf(full)).toEqual(range);
  await expect(full).toHaveAttribute('data-scope', 'view');
});

test('Open full width shows the shell family across the page; a mark selects; the link restores it', async ({
  app,
  page,
}) => {
  await openShellLanes(app, { fromMs: download.timeMs - 200, toMs: downloadWrite.timeMs + 300 });
  const inTab = await lanePids(lanes(app));
  await app.detail().getByTestId('lanes-open-full').click();
  const full = fullLanes(app);
  await expect(full).toHaveAttribute('data-scope', 'process');
  await expect(full.getByRole('heading')).toContainText(`pid ${procOf(shell).pid}`);
  await expect.poll(() => lanePids(full)).toEqual(inTab);
  await expect(page).toHaveURL(/[#&]lanes=process:/);
  // Wider than the panel: the same window, more pixels per millisecond.
  const tabBox = await lanes(app).first().boundingBox();
  expect((await full.boundingBox())?.width).toBeGreaterThan(tabBox?.width ?? Infinity);

  const write = full.locator(`[data-testid="lane-event"][data-event-id="${downloadWrite.id}"]`);
  await write.click();
  await expect(write).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(new RegExp(`sel=${downloadWrite.id}`));
  await expect(app.detail()).toContainText(downloadWrite.id);
  await expect(full.locator(`[data-testid="lane"][data-pid="${procOf(miner).pid}"]`)).toBeVisible();

  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  expect(await app.waitForReady()).toBe('ready');
  await expect(fullLanes(app)).toHaveAttribute('data-scope', 'process');
  // Still the shell's family (not the download's), though the download's write is selected.
  await expect.poll(() => lanePids(fullLanes(app))).toEqual(inTab);
});

test("the process tree opens a process's family full width", async ({ app, page }) => {
  await app.goto(`open=sample&sel=${shell.id}&tab=processes`);
  expect(await app.waitForReady()).toBe('ready');
  await expect(app.processTree()).toBeVisible();
  const details = page.getByTestId('process-node-details');
  await expect(details).toHaveAttribute('data-pid', String(procOf(shell).pid));
  await details.getByTestId('lanes-open-full').click();
  const full = fullLanes(app);
  await expect(full).toHaveAttribute('data-scope', 'process');
  await expect(full.locator(`[data-testid="lane"][data-pid="${procOf(miner).pid}"]`)).toBeVisible();
  await full.getByTestId('lanes-view-toggle').click();
  await expect(page.getByTestId('event-table')).toBeVisible();
  await expect(new DetailPage(app).summary()).toBeVisible();
});
