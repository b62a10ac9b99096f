// The process lanes of the sample's intrusion: the web shell's family in tree order (the
// shell, then the download, then the miner it launched, each at its time), a click on a mark
// selecting that event, the timeline's brush zooming the lanes, the lanes' zoom and pins kept
// in the link, and the lanes as text. Pids, ids and times come from the sample file itself.
import { expect, test } from './helpers/app-page';
import { DetailPage } from './helpers/detail-page';
import type { SampleEvent } from './helpers/sample-data';
import {
  download,
  downloadWrite,
  lane,
  lanes,
  lanesWindow as window,
  mark,
  miner,
  openShellLanes,
  procOf,
  shell,
} from './helpers/lanes-page';
import { SearchPage } from './helpers/search-page';

test('the intrusion lanes show the shell, then the download, then the miner', async ({ app }) => {
  await openShellLanes(app);
  const rows = lanes(app).locator('[data-testid="lane"]');
  const pids = (await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-pid')))).map(
    Number,
  );
  const at = (e: SampleEvent) => pids.indexOf(procOf(e).pid);
  expect(at(shell)).toBeGreaterThanOrEqual(0);
  expect(at(download)).toBeGreaterThan(at(shell));
  expect(at(miner)).toBeGreaterThan(at(download));
  // The selected event's mark is always in the DOM, and says so.
  await expect(mark(app, shell.id)).toHaveAttribute('aria-pressed', 'true');

  // The text alternative lists the same lanes with their counts.
  await app.page.getByTestId('lanes-text-toggle').click();
  const text = app.page.getByTestId('lanes-text');
  await expect(text.locator('tbody tr')).toHaveCount(await rows.count());
  const started = async (pid: number) => {
    const line = text.locator('tbody tr').filter({ has: app.page.getByText(String(pid)) });
    return (await line.locator('td').nth(2).textContent())?.match(/\d{4}-\S+ \S+/)?.[0];
  };
  const times = await Promise.all([shell, download, miner].map((e) => started(procOf(e).pid)));
  expect(times.every((t) => t !== undefined)).toBe(true);
  expect([...times].sort()).toEqual(times);
  expect(download.timeMs).toBeLessThan(miner.timeMs);
});

test('zoomed in, each lane shows its own events at their times', async ({ app }) => {
  const inLane = (e: SampleEvent) =>
    lane(app, procOf(e).pid).locator(`[data-testid="lane-event"][data-event-id="${e.id}"]`);
  const left = async (e: SampleEvent) => (await inLane(e).boundingBox())?.x ?? Number.NaN;
  await openShellLanes(app, { fromMs: download.timeMs - 200, toMs: downloadWrite.timeMs + 300 });
  for (const e of [download, downloadWrite]) await expect(inLane(e)).toHaveCount(1);
  expect(await left(download)).toBeLessThan(await left(downloadWrite));
  await openShellLanes(app, { fromMs: miner.timeMs - 200, toMs: miner.timeMs + 500 });
  await expect(inLane(miner)).toHaveCount(1);
  await expect(inLane(download)).toHaveCount(0);
});

test('a click on a mark selects that event; the lanes stay', async ({ app }) => {
  await openShellLanes(app, { fromMs: download.timeMs - 200, toMs: downloadWrite.timeMs + 300 });
  await mark(app, downloadWrite.id).click();
  await expect(mark(app, downloadWrite.id)).toHaveAttribute('aria-pressed', 'true');
  await expect(app.page).toHaveURL(new RegExp(`sel=${downloadWrite.id}`));
  await expect(app.detail()).toContainText(downloadWrite.id);
  await expect(
    app.page.locator(`[data-testid="event-row"][data-event-id="${downloadWrite.id}"]`),
  ).toHaveAttribute('aria-selected', 'true');
  // Still the shell's family: the miner's lane is there.
  await expect(lane(app, procOf(miner).pid)).toBeVisible();
});

test('brushing the timeline zooms the lanes; their zoom goes back to the timeline', async ({
  app,
}) => {
  await openShellLanes(app);
  const search = new SearchPage(app);
  await search.brush(0.2, 0.9);
  await expect(search.timeChip()).toBeVisible();
  const range = await search.chipRange();
  await expect.poll(() => window(app)).toEqual(range);

  // Zoom the lanes in from the keyboard, then make that the view's time range.
  await lanes(app).getByRole('group').focus();
  await app.page.keyboard.press('+');
  await expect.poll(async () => (await window(app)).fromMs).toBeGreaterThan(range.fromMs);
  const zoomed = await window(app);
  expect(zoomed.toMs).toBeLessThan(range.toMs);
  await app.page.getByTestId('lanes-to-range').click();
  await expect.poll(() => search.chipRange()).toEqual(zoomed);
  await expect.poll(() => window(app)).toEqual(zoomed);
});

test('the link restores the lanes zoom and pins', async ({ app, page }) => {
  await openShellLanes(app);
  const before = await window(app);
  await lanes(app).getByRole('group').focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await window(app)).fromMs).not.toBe(before.fromMs);
  const zoomed = await window(app);
  await lane(app, procOf(miner).pid).getByRole('button', { name: /^Pin / }).click();
  // Pinned: the miner's lane is on top.
  await expect(lanes(app).locator('[data-testid="lane"]').first()).toHaveAttribute(
    'data-pid',
    String(procOf(miner).pid),
  );
  await expect(page).toHaveURL(/lanes-from=.*&lanes-to=.*&lanes-pin=/);
  const url = page.url();

  await page.goto('about:blank');
  await page.goto(url);
  expect(await app.waitForReady()).toBe('ready');
  await expect(lanes(app)).toBeVisible();
  await expect.poll(() => window(app)).toEqual(zoomed);
  await expect(lanes(app).locator('[data-testid="lane"]').first()).toHaveAttribute(
    'data-pid',
    String(procOf(miner).pid),
  );
  // Reset goes back to the opening window.
  await page.getByTestId('lanes-reset').click();
  await expect.poll(() => window(app)).toEqual(before);
});

test('the lanes tab is one of the event views', async ({ app }) => {
  await app.openSampleReady();
  await app.row(0).click();
  const detail = new DetailPage(app);
  await detail.showView('Lanes');
  await expect(lanes(app).or(app.page.getByTestId('process-lanes-empty'))).toBeVisible();
});
