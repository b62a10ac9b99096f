// Keyboard alone: an analyst who never touches the mouse opens the sample, searches, filters
// on a facet value, opens an event, its process tree, writes a rule, exports and copies the
// link. Every control is reached with Tab (or the page's own keys), never clicked, and each
// one shows a visible focus indicator when it has focus.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers/app-page';

/** Presses Tab (Shift+Tab with `backwards`) until `target` has focus; fails after `max`. */
async function tabTo(page: Page, target: Locator, max = 400, backwards = false): Promise<void> {
  const element = await target.elementHandle();
  if (element === null) throw new Error(`nothing to tab to: ${target.toString()}`);
  for (let i = 0; i < max; i++) {
    if (await element.evaluate((el) => el === document.activeElement)) {
      await expectFocusVisible(target);
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target.toString()} not reached in ${max} presses of Tab`);
}

/** The focused element draws a focus indicator: an outline, or a ring made of box-shadow. */
async function expectFocusVisible(target: Locator): Promise<void> {
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    return outline || style.boxShadow !== 'none';
  });
  expect(ring, `${target.toString()} shows where the focus is`).toBe(true);
}

/** Types into a combobox and applies it with Enter, closing its suggestions (Esc) first. */
async function typeAndApply(page: Page, box: Locator, text: string): Promise<void> {
  await page.keyboard.type(text);
  if ((await box.getAttribute('aria-expanded')) === 'true') await page.keyboard.press('Escape');
  await expect(box).toBeFocused();
  await page.keyboard.press('Enter');
}

test('open sample → search → facet → event → process tree → rule → export → copy link', async ({
  app,
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.goto();

  // Open the sample.
  await tabTo(page, page.getByTestId('open-sample'));
  await page.keyboard.press('Enter');
  expect(await app.waitForReady()).toBe('ready');
  const events = await app.stat('events');

  // Search: `/` focuses the query box, Enter applies it.
  await page.keyboard.press('/');
  const query = page.getByTestId('query-input');
  await expect(query).toBeFocused();
  await expectFocusVisible(query);
  await typeAndApply(page, query, '@evt.name:exec');
  await expect(page.getByTestId('stat-matching')).not.toHaveAttribute('data-value', String(events));
  const execs = await app.stat('matching');
  expect(execs).toBeGreaterThan(0);

  // Filter on a facet value.
  const value = page.locator('[data-testid="facet-value"][data-field="host"]').first();
  await tabTo(page, value.locator('.facet-value-main'), 400, true);
  await page.keyboard.press('Enter');
  await expect(value).toHaveAttribute('data-state', 'in');
  await expect
    .poll(() => app.stat('matching'))
    .toBe(Number(await value.getAttribute('data-count')));

  // Open an event: the grid takes focus, ↓ selects the first row, Enter opens its panel.
  await tabTo(page, page.getByTestId('event-table'));
  await page.keyboard.press('ArrowDown');
  await expect(app.row(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(app.detail()).toBeVisible();

  // Its process tree.
  // The view tabs are one Tab stop (the chosen tab); arrows choose another, focus following.
  const treeTab = app.detail().getByRole('tab', { name: 'Process tree' });
  await tabTo(page, app.detail().getByRole('tab', { selected: true }));
  await page.keyboard.press('End');
  await expect(app.detail().getByRole('tab', { selected: true })).toBeFocused();
  await page.keyboard.press('Home');
  for (let i = 0; i < 8 && (await treeTab.getAttribute('aria-selected')) !== 'true'; i++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(treeTab).toHaveAttribute('aria-selected', 'true');
  await expect(treeTab).toBeFocused();
  await expectFocusVisible(treeTab);
  await expect(app.processTree().locator('[aria-current="true"]')).toHaveCount(1);

  // A rule, in rules mode.
  await tabTo(page, page.getByTestId('mode-rules'), 400, true);
  await page.keyboard.press('Enter');
  const rule = page.getByTestId('rule-input');
  await tabTo(page, rule);
  await typeAndApply(page, rule, 'exec.file.name in ["sh", "bash", "dash"]');
  await expect(page.getByTestId('rule-counts')).toContainText('Rule in force');
  await expect(page.getByTestId('rule-errors')).toHaveCount(0);
  await expect(page.getByTestId('announce-view')).toHaveText(/^[\d,]+ matching/);

  // Export what matches.
  await tabTo(page, page.getByRole('button', { name: 'Export…', exact: true }), 400, true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const download = page.waitForEvent('download');
  await tabTo(page, dialog.getByRole('button', { name: 'Start' }));
  await page.keyboard.press('Enter');
  await download;
  await expect(dialog.getByRole('status')).toContainText('Saved');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Copy the link to this view.
  const copy = page.getByTestId('copy-link');
  await tabTo(page, copy, 400, true);
  await page.keyboard.press('Enter');
  await expect(copy).toHaveText('Copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(new URL(link).hash).toContain('q=');
});

test('Tab goes round the whole page and back, with an event open: no focus trap', async ({
  app,
  page,
}) => {
  await app.openSampleReady();
  await app.selectRow(0);
  await expect(app.detail()).toBeVisible();
  const first = page.getByTestId('open-sample');
  await first.focus();
  const seen = new Set<string>();
  for (let i = 0; i < 2000; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (el === null || el === document.body) return 'body';
      return el.getAttribute('data-testid') ?? el.getAttribute('role') ?? el.tagName;
    });
    seen.add(where);
    if (await first.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(first).toBeFocused();
  // On the way round: the search box, the facets, the table, the event's panel and its views.
  for (const stop of ['query-input', 'facet-exclude', 'event-table', 'tab', 'copy-link']) {
    expect([...seen].some((s) => s === stop || s.startsWith(stop))).toBe(true);
  }
});
