// The process tree of the selected event and the pivots of the panes: the lineage down to the
// event's process (marked aria-current), the pivots to the events of a process, of its
// subtree and of a network peer (counts checked against the sample file itself). The timed
// expansion of a wide node is in process-tree-expand.timing.spec.ts.
import type { Locator } from '@playwright/test';
import { expect, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';
import { cssString } from './helpers/css';
import { DetailPage } from './helpers/detail-page';
import { countSample, sampleEvents, valueAt } from './helpers/sample-data';
import type { SampleEvent } from './helpers/sample-data';

interface ProcessEntry {
  readonly pid?: number;
  readonly fork_time?: string;
  readonly exec_time?: string;
}

/** A process's identity as written in DESIGN.md: host + pid + fork time + exec time. */
function identity(host: string, p: ProcessEntry | undefined): string | undefined {
  if (p?.pid === undefined) return undefined;
  return [host, p.pid, p.fork_time ?? '', p.exec_time ?? ''].join('/');
}

function processOf(e: SampleEvent): ProcessEntry | undefined {
  return e.body['process'] as ProcessEntry | undefined;
}

/** The identities of an event's process and of every process above it the event reports. */
function lineageIdentities(e: SampleEvent): string[] {
  const p = e.body['process'] as
    (ProcessEntry & { parent?: ProcessEntry; ancestors?: ProcessEntry[] }) | undefined;
  return [p, p?.parent, ...(p?.ancestors ?? [])]
    .map((entry) => identity(e.host, entry))
    .filter((key): key is string => key !== undefined);
}

function node(app: AppPage, pid: number): Locator {
  return app.processTree().locator(`[data-testid="process-node"][data-pid="${pid}"]`);
}

function pivot(scope: Locator, query: string): Locator {
  return scope.locator(`[data-testid="pivot"][data-query="${cssString(query)}"]`);
}

/**
 * The pids of the tree's rows from the first one (Home) down to the event's process, read from
 * the focused row at each ↓: each is scrolled into view and numbered among its siblings.
 */
async function readDownToCurrent(app: AppPage): Promise<string[]> {
  const focused = app.processTree().locator('[data-testid="process-node"]:focus');
  await app.processTree().locator('[aria-current="true"]').focus();
  await app.page.keyboard.press('Home');
  await expect(focused).toHaveAttribute('aria-level', '1');
  const pids: string[] = [];
  for (let step = 0; step < 500; step++) {
    await expect(focused).toBeInViewport();
    await expect(focused).toHaveAttribute('aria-posinset', /^[1-9]\d*$/);
    await expect(focused).toHaveAttribute('aria-setsize', /^[1-9]\d*$/);
    const row = await focused.evaluate((el) => ({
      id: el.getAttribute('data-node-id') ?? '',
      pid: el.getAttribute('data-pid') ?? '',
      isCurrent: el.getAttribute('aria-current') === 'true',
    }));
    pids.push(row.pid);
    if (row.isCurrent) return pids;
    await app.page.keyboard.press('ArrowDown');
    await expect(focused).not.toHaveAttribute('data-node-id', row.id);
  }
  throw new Error(`the event process was not reached by keyboard: ${pids.join(' ')}`);
}

async function openTree(detail: DetailPage): Promise<void> {
  await detail.showView('Process tree');
  await expect(detail.app.processTree()).toBeVisible();
}

test.describe('process tree of the sample', () => {
  test.beforeEach(async ({ app }) => {
    await app.goto();
    await app.openSample();
    await app.waitForReady();
  });

  test('shows the lineage down to the event process and pivots to its events and subtree', async ({
    app,
  }) => {
    const detail = new DetailPage(app);
    // An event deep in a lineage, whose process has events of its own and below it.
    const chosen = sampleEvents().find((e) => {
      const ancestors = (e.body['process'] as { ancestors?: unknown[] } | undefined)?.ancestors;
      return e.body.evt.name === 'open' && (ancestors?.length ?? 0) >= 2;
    });
    if (chosen === undefined) throw new Error('the sample has no open event with a lineage');
    await detail.selectFirst(`@id:${chosen.id}`, 1, (e) => e.id === chosen.id);
    await openTree(detail);

    const process = processOf(chosen);
    const current = app.processTree().locator('[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('data-pid', String(process?.pid));
    // Every ancestor the event reports is in the tree, above the event's process: walked by
    // keyboard from the first row (Home) down to the event's process, as a user reads it.
    await expect(current).toBeInViewport();
    const pids = await readDownToCurrent(app);
    const at = pids.indexOf(String(process?.pid));
    expect(at, 'the walk ends on the event process').toBe(pids.length - 1);
    const ancestors = (chosen.body['process'] as { ancestors: ProcessEntry[] }).ancestors;
    for (const ancestor of ancestors) {
      const index = pids.indexOf(String(ancestor.pid));
      expect(index, `ancestor pid ${ancestor.pid} shown above`).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(at);
    }
    await current.click();

    const key = identity(chosen.host, process) ?? '';
    const details = app.page.getByTestId('process-node-details');
    await expect(details).toHaveAttribute('data-pid', String(process?.pid));
    await pivot(details, `@process.key:"${key}"`).click();
    await app.expectMatching(countSample((e) => identity(e.host, processOf(e)) === key));

    await pivot(details, `@process.subtree:"${key}"`).click();
    await app.expectMatching(countSample((e) => lineageIdentities(e).includes(key)));
    await expect(app.page.getByTestId('query-input')).toHaveValue(`@process.subtree:"${key}"`);
  });

  test('follows a lineage pivot from the fields view to the parent process', async ({ app }) => {
    const detail = new DetailPage(app);
    const chosen = sampleEvents().find(
      (e) => e.body.evt.name === 'exec' && lineageIdentities(e).length >= 3,
    );
    if (chosen === undefined) throw new Error('the sample has no exec event with a lineage');
    await detail.selectFirst(`@id:${chosen.id}`, 1, (e) => e.id === chosen.id);
    await openTree(detail);
    // Choose the parent in the tree: its details pivot to the parent's own events.
    const parentKey = lineageIdentities(chosen)[1] ?? '';
    const parentPid = Number(parentKey.split('/')[1]);
    await node(app, parentPid).first().click();
    const details = app.page.getByTestId('process-node-details');
    await expect(details).toHaveAttribute('data-pid', String(parentPid));
    await pivot(details, `@process.key:"${parentKey}"`).click();
    await app.expectMatching(countSample((e) => identity(e.host, processOf(e)) === parentKey));

    // The fields view pivots from the event's own process too.
    await detail.selectFirst(`@id:${chosen.id}`, 1, (e) => e.id === chosen.id);
    await detail.showView('Fields');
    const key = identity(chosen.host, processOf(chosen)) ?? '';
    await pivot(detail.section('process'), `@process.subtree:"${key}"`).click();
    await app.expectMatching(countSample((e) => lineageIdentities(e).includes(key)));
  });

  test('pivots from the network section to the same DNS name and destination', async ({ app }) => {
    const detail = new DetailPage(app);
    const dns = await detail.selectFirstOfType('dns');
    const name = String(valueAt(dns, 'dns.question.name'));
    const network = detail.section('network');
    await pivot(network, `@dns.question.name:${name}`).click();
    await app.expectMatching(countSample((e) => valueAt(e, 'dns.question.name') === name));

    const ip = String(valueAt(dns, 'network.destination.ip'));
    await app.selectRow(0);
    await pivot(detail.section('network'), `@network.destination.ip:${ip}`).click();
    await app.expectMatching(countSample((e) => valueAt(e, 'network.destination.ip') === ip));
  });
});
