// A process with hundreds of descendants expands in at most 100 ms (from the click to the frame
// with every child on screen, measured in the page), and the tree is driven by keyboard. Timed,
// so it runs in its own project after every other spec, with the machine otherwise idle.
import type { Locator } from '@playwright/test';
import { expect, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';
import { DetailPage } from './helpers/detail-page';
import { BASH_DESCENDANTS, BASH_PID, CRON_PID, WIDE_CHILDREN } from './helpers/wide-tree';

function nodes(app: AppPage): Locator {
  return app.processTree().getByTestId('process-node');
}

function node(app: AppPage, pid: number): Locator {
  return app.processTree().locator(`[data-testid="process-node"][data-pid="${pid}"]`);
}

async function openTree(detail: DetailPage): Promise<void> {
  await detail.tab('Process tree').click();
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

    // From the click to the frame with every child on screen, measured in the page.
    const elapsed = await app.page.evaluate(
      ({ pid, expected }) =>
        new Promise<number>((resolve) => {
          const tree = document.querySelector('[data-testid="process-tree"]');
          const toggle = tree?.querySelector<HTMLButtonElement>(`[data-pid="${pid}"] .pt-toggle`);
          if (tree === null || toggle === null || toggle === undefined)
            throw new Error('no toggle');
          const start = performance.now();
          const done = () => requestAnimationFrame(() => resolve(performance.now() - start));
          const observer = new MutationObserver(() => {
            if (tree.querySelectorAll('[data-testid="process-node"]').length >= expected) {
              observer.disconnect();
              done();
            }
          });
          observer.observe(tree, { childList: true, subtree: true });
          toggle.click();
        }),
      { pid: BASH_PID, expected: before + WIDE_CHILDREN },
    );
    test.info().annotations.push({ type: 'expand-ms', description: elapsed.toFixed(1) });
    expect(elapsed).toBeLessThanOrEqual(100);
    await expect(bash).toHaveAttribute('aria-expanded', 'true');
    await expect(nodes(app)).toHaveCount(before + WIDE_CHILDREN);
    await bash.click();
    await expect(app.page.getByTestId('process-node-details')).toContainText(
      `${WIDE_CHILDREN} children, ${BASH_DESCENDANTS} descendants`,
    );

    // Keyboard: down to the first worker, open it (its helper appears), back up, close bash.
    await bash.focus();
    await app.page.keyboard.press('ArrowDown');
    const firstWorker = node(app, 1000);
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
