// Every state of the page passes axe-core (WCAG 2.0 / 2.1 A and AA, and best practices) with
// no violation of any impact, in the dark and the light theme: empty, loading, loaded, each
// view of an open event (the process tree among them), the full-width lanes, the shortcuts, the column chooser,
// the views menu, the export dialog, the timeline as a table, a query error, link notices,
// the problems list, rules mode with a policy report, and the comparison with a baseline. Counts are never hard-coded: the
// bundled sample may change.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './helpers/app-page';
import { expectNoAxeViolations, useTheme } from './helpers/axe';
import { compareView, openSampleBaseline } from './helpers/compare-page';
import type { Theme } from './helpers/axe';
import { showView, viewTab } from './helpers/detail-page';
import {
  download,
  downloadWrite,
  fullLanes,
  lane,
  mark,
  miner,
  openShellLanes,
  procOf,
} from './helpers/lanes-page';

const POLICY = join(
  dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'default.policy.v1.10.0.yaml',
);

for (const theme of ['dark', 'light'] as const satisfies readonly Theme[]) {
  test.describe(`${theme} theme`, () => {
    // One axe run over the loaded page takes seconds (thousands of elements) on two cores.
    test.describe.configure({ timeout: 180_000 });

    test.beforeEach(async ({ page }) => {
      await useTheme(page, theme);
    });

    test('empty and loading', async ({ app, page }) => {
      await app.goto();
      await expect(app.root()).toHaveAttribute('data-theme', theme);
      await expectNoAxeViolations(page, 'the empty page');
      // The sample's bytes are held back: the page stays loading while checked.
      const release = await app.holdSample();
      await app.openSample();
      await expect(app.root()).toHaveAttribute('data-load-state', 'loading');
      await expectNoAxeViolations(page, 'the page while loading');
      release();
      expect(await app.waitForReady()).toBe('ready');
    });

    test('loaded: the table and each view of an open event', async ({ app, page }) => {
      await app.openSampleReady();
      await expectNoAxeViolations(page, 'the loaded sample');
      await app.selectRow(0);
      await expect(viewTab(app, 'Fields')).toBeVisible();
      // Every view the event has (Envelope only where the export wrapped it), from the
      // measuring copy of the tab row, which lists them all whatever fits.
      const views = await app
        .detail()
        .locator('.tab-measure .tab:not(.tab-more)')
        .allTextContents();
      expect(views).toContain('Process tree');
      for (const view of views) {
        await showView(app, view);
        await expectNoAxeViolations(page, `the ${view} view of an event`);
      }
    });

    test('loaded: the process lanes, zoomed to the download, with a tooltip and their text', async ({
      app,
      page,
    }) => {
      await openShellLanes(app, {
        fromMs: download.timeMs - 200,
        toMs: downloadWrite.timeMs + 300,
      });
      await lane(app, procOf(miner).pid).getByRole('button', { name: /^Pin / }).click();
      await mark(app, downloadWrite.id).hover();
      await expect(page.getByTestId('lane-tooltip')).toBeVisible();
      await page.getByTestId('lanes-text-toggle').click();
      await expect(page.getByTestId('lanes-text')).toBeVisible();
      await expectNoAxeViolations(page, 'the process lanes');
    });

    test('loaded with a baseline: the comparison', async ({ app, page }) => {
      await app.openSampleReady();
      await openSampleBaseline(app);
      await expect(page.getByTestId('compare-item').first()).toBeVisible();
      await expectNoAxeViolations(page, 'the comparison');
      await compareView(app).getByRole('combobox').selectOption('exec-edge');
      await expectNoAxeViolations(page, 'the comparison narrowed to exec edges');
    });

    test('loaded: the full-width lanes of the view and of the shell family, with their text', async ({
      app,
      page,
    }) => {
      await app.openSampleReady();
      await page.getByTestId('lanes-view-toggle').click();
      await expect(fullLanes(app).getByTestId('process-lanes')).toBeVisible();
      await expectNoAxeViolations(page, 'the lanes of the view');
      await openShellLanes(app);
      await app.detail().getByTestId('lanes-open-full').click();
      await expect(fullLanes(app)).toHaveAttribute('data-scope', 'process');
      await fullLanes(app).getByTestId('lanes-text-toggle').click();
      await expect(fullLanes(app).getByTestId('lanes-text')).toBeVisible();
      await expectNoAxeViolations(page, 'the lanes of the shell family, full width');
    });

    test('loaded: shortcuts, column chooser, views menu, export dialog, timeline table, query error', async ({
      app,
      page,
    }) => {
      await app.openSampleReady();
      await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectNoAxeViolations(page, 'the shortcuts');
      await page.keyboard.press('Escape');
      await page.getByTestId('column-chooser').click();
      await expect(page.getByTestId('column-chooser-panel')).toBeVisible();
      await expectNoAxeViolations(page, 'the column chooser');
      await page.getByTestId('column-chooser').click();
      await page.getByTestId('saved-views-button').click();
      await expect(page.getByTestId('saved-views')).toBeVisible();
      await expectNoAxeViolations(page, 'the views menu');
      await page.getByTestId('saved-views-button').click();
      await page.getByRole('button', { name: 'Export…', exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, 'the export dialog');
      await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();
      await page.getByTestId('timeline-table-toggle').click();
      await expect(page.getByTestId('timeline-table')).toBeVisible();
      await expectNoAxeViolations(page, 'the timeline as a table');
      await app.search('@evt.name:(');
      await expectNoAxeViolations(page, 'a query error');
    });

    test('rules mode with a policy report', async ({ app, page }) => {
      await app.openSampleReady();
      await page.getByTestId('mode-rules').click();
      await expect(page.getByTestId('rule-input')).toBeVisible();
      await expectNoAxeViolations(page, 'rules mode');
      await page.getByTestId('open-policy').setInputFiles(POLICY);
      await expect(page.getByTestId('policy-totals')).toContainText('rules', { timeout: 30_000 });
      await expectNoAxeViolations(page, 'a policy report');
    });

    test('problems and link notices', async ({ app, page }) => {
      await app.goto('q=@evt.name:exec&sort=-&from=yesterday');
      await app.openFixture('bad-non-json.ndjson');
      expect(await app.waitForReady()).toBe('ready');
      await expect(page.getByTestId('link-notice').first()).toBeVisible();
      await expectNoAxeViolations(page, 'link notices');
      await page.getByTestId('stat-rejected').click();
      await expect(app.problems().first()).toBeVisible();
      await expectNoAxeViolations(page, 'the problems list');
    });
  });
}
