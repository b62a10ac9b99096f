// A process with hundreds of descendants expands in at most 100 ms (from the click to the frame
// whose rows show its first children down to the bottom of the tree's view, measured in the
// page), only about a screenful of rows is in the page, and the tree is driven by keyboard. Timed,
// so it runs in its own project after every other spec, with the machine otherwise idle.
import type { Locator } from '@playwright/test';
import { expect, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';
import { DetailPage } from './helpers/detail-page';
import {
  BASH_DESCENDANTS,
  BASH_PID,
  CRON_PID,
  SYSTEMD_PID,
  WIDE_CHILDREN,
} from './helpers/wide-tree';

/** The first of bash's children (workers are pids 1000 up, in start order). */
const FIRST_WORKER = 1000;

function nodes(app: AppPage): Locator {
  return app.processTree().getByTestId('process-node');
}

function node(app: AppPage, pid: number): Locator {
  return app.processTree().locator(`[data-testid="process-node"][data-pid="${pid}"]`);
}

async function openTree(detail: DetailPage): Promise<void> {
  await detail.showView('Process tree');
  await expect(detail.app.processTree()).toBeVisible();
}

test.describe('a process with hundreds of descendants', () => {
  test.beforeEach(async ({ app }) => {
    await app.goto();
    await app.openFixture('wide-tree.ndjson');
    await app.waitForReady();
  });

  test('expands in at most 100 ms and is driven by keyboard', async ({ app }) => {
    const detail = new DetailPage(app);
    await app.search(`@process.pid:${CRON_PID}`);
    await app.expectMatching(1);
    await app.selectRow(0);
    await openTree(detail);
    await expect(app.processTree().locator('[aria-current="true"]')).toHaveAttribute(
      'data-pid',
      String(CRON_PID),
    );
    const bash = node(app, BASH_PID);
    await expect(bash).toHaveAttribute('aria-expanded', 'false');
    await expect(bash).toContainText(`${WIDE_CHILDREN} children`);
    const before = await nodes(app).count();

    // From the click to the frame whose rows run from the first child to the bottom of the
    // tree's view (the rows are virtualized: those further down are not in the page).
    const elapsed = await app.page.evaluate(
      ({ pid, firstChild }) =>
        new Promise<number>((resolve) => {
          const tree = document.querySelector('[data-testid="process-tree"]');
          const view = tree?.parentElement;
          const toggle = tree?.querySelector<HTMLButtonElement>(`[data-pid="${pid}"] .pt-toggle`);
          if (tree === null || !view || toggle === null || toggle === undefined)
            throw new Error('no toggle');
          const fillsView = () => {
            if (tree.querySelector(`[data-pid="${firstChild}"]`) === null) return false;
            const rows = tree.querySelectorAll('[data-testid="process-node"]');
            const bottom = Math.max(...[...rows].map((r) => r.getBoundingClientRect().bottom));
            return bottom >= view.getBoundingClientRect().bottom - 1;
          };
          const start = performance.now();
          const done = () => requestAnimationFrame(() => resolve(performance.now() - start));
          const observer = new MutationObserver(() => {
            if (fillsView()) {
              observer.disconnect();
              done();
            }
          });
          observer.observe(tree, { childList: true, subtree: true });
          toggle.click();
        }),
      { pid: BASH_PID, firstChild: FIRST_WORKER },
    );
    test.info().annotations.push({ type: 'expand-ms', description: elapsed.toFixed(1) });
    expect(elapsed).toBeLessThanOrEqual(100);
    await expect(bash).toHaveAttribute('aria-expanded', 'true');
    const firstWorker = node(app, FIRST_WORKER);
    await expect(firstWorker).toHaveAttribute('aria-posinset', '1');
    await expect(firstWorker).toHaveAttribute('aria-setsize', String(WIDE_CHILDREN));
    // A screenful and the overscan, not the 300 children.
    expect(await nodes(app).count()).toBeLessThan(100);

    // End scrolls to the last worker and focuses it; Home goes back to the root.
    const focused = app.processTree().locator('[data-testid="process-node"]:focus');
    await firstWorker.focus();
    await app.page.keyboard.press('End');
    await expect(focused).toHaveAttribute('data-pid', String(FIRST_WORKER + WIDE_CHILDREN - 1));
    await expect(focused).toHaveAttribute('aria-posinset', String(WIDE_CHILDREN));
    await expect(focused).toBeInViewport();
    await app.page.keyboard.press('Home');
    await expect(focused).toHaveAttribute('data-pid', String(SYSTEMD_PID));
    await expect(focused).toBeInViewport();
    await bash.click();
    await expect(app.page.getByTestId('process-node-details')).toContainText(
      `${WIDE_CHILDREN} children, ${BASH_DESCENDANTS} descendants`,
    );

    // Keyboard: down to the first worker, open it (its helper appears), back up, close bash.
    await bash.focus();
    await app.page.keyboard.press('ArrowDown');
    await expect(firstWorker).toBeFocused();
    await app.page.keyboard.press('ArrowRight');
    await expect(node(app, 5000)).toBeVisible();
    await app.page.keyboard.press('ArrowLeft');
    await expect(node(app, 5000)).toHaveCount(0);
    await app.page.keyboard.press('ArrowLeft');
    await expect(bash).toBeFocused();
    await app.page.keyboard.press('ArrowLeft');
    await expect(bash).toHaveAttribute('aria-expanded', 'false');
    await expect(nodes(app)).toHaveCount(before);
  });
});
