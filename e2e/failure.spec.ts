// Failure handling: a load too large for the tab is refused up front with an estimate (and can
// be opened anyway), a cancelled load leaves a usable partial data set, and an engine worker
// that fails or falls silent mid-load is replaced, with what it had read opened again, marked
// partial, and the view as the analyst had it.
//
// The "too large" file is some 48 GB of real events without 48 GB of memory: a Blob made of one
// Blob of NDJSON lines (a little over 1 MiB) referenced 40,960 times, handed to the file input
// through a DataTransfer as a picked file would be. It is also a load that outlasts any test, so the
// cancel and failure cases can act while it runs.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { expect, fixturePath, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';

const CHUNK_BYTES = 1024 * 1024;
const CHUNKS = 40 * 1024;
const FILE_NAME = 'huge.ndjson';

/** Whole NDJSON lines of event bodies, repeated to at least 1 MiB. */
function chunkText(): string {
  const lines = readFileSync(fixturePath('shape-ndjson.ndjson'), 'utf8');
  return lines.repeat(Math.ceil(CHUNK_BYTES / lines.length));
}

/** Picks the 40 GiB file in the page's file input. */
async function pickHugeFile(app: AppPage): Promise<void> {
  await app.page.evaluate(
    ({ text, chunks, name }) => {
      const chunk = new Blob([text]);
      const file = new File(
        Array.from({ length: chunks }, () => chunk),
        name,
      );
      const input = document.querySelector<HTMLInputElement>('[data-testid="open-file"]');
      if (input === null) throw new Error('no file input');
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { text: chunkText(), chunks: CHUNKS, name: FILE_NAME },
  );
}

/** Refused, then opened anyway: loading until the test stops it. */
async function startHugeLoad(app: AppPage, events: number): Promise<void> {
  await app.goto();
  await pickHugeFile(app);
  await app.page.getByRole('button', { name: 'Open anyway' }).click();
  await expect(app.root()).toHaveAttribute('data-load-state', 'loading');
  await expect.poll(() => app.stat('events'), { timeout: 30_000 }).toBeGreaterThan(events);
}

function engineWorker(page: Page): Worker {
  const worker = page.workers().find((w) => w.url().includes('engine.worker'));
  if (worker === undefined) throw new Error('no engine worker');
  return worker;
}

/** The data set answers: rows, a search, a selected event's detail. */
async function expectUsable(app: AppPage, events: number): Promise<void> {
  await expect(app.rows().first()).toBeVisible();
  await app.search('@evt.name:open');
  await expect.poll(() => app.stat('matching')).toBeGreaterThan(0);
  expect(await app.stat('matching')).toBeLessThanOrEqual(events);
  await app.selectRow(0);
  await expect(app.field('evt.name')).toContainText('open');
}

test('a file too large for the tab is refused before reading, with the estimate', async ({
  app,
}) => {
  await app.goto();
  await pickHugeFile(app);
  const refusal = app.page.getByRole('alert').filter({ hasText: 'Too large for this tab' });
  await expect(refusal).toContainText(FILE_NAME);
  // 40,960 chunks of whole lines, a little over 1 MiB each: some 48 GB, 24M events at 2 KB.
  await expect(refusal).toContainText(/\(4\d(\.\d)? GB\) would hold about 2\d(\.\d)?M events/);
  await expect(refusal).toContainText(/this tab can use about [\d.]+ GB/);
  await expect(refusal).toContainText('Open fewer files or a smaller time slice');
  await expect(app.root()).toHaveAttribute('data-load-state', 'idle');
  await app.page.getByRole('button', { name: 'Don’t open' }).click();
  await expect(refusal).toHaveCount(0);
  await expect(app.root()).toHaveAttribute('data-load-state', 'idle');
});

test('cancelling mid-load keeps a usable data set marked partial', async ({ app }) => {
  await startHugeLoad(app, 2000);
  await app.page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(app.root()).toHaveAttribute('data-load-state', 'ready');
  const events = await app.stat('events');
  await expect(app.page.getByRole('status').filter({ hasText: 'Partial data set' })).toContainText(
    'cancelled',
  );
  await expectUsable(app, events);
  expect(await app.stat('events')).toBe(events);
});

test.describe('engine failures', () => {
  // The engine's uncaught error is what this test causes; the worker may log it.
  test.use({ allowedConsoleErrors: [/engine test failure/] });
  // Each case loads, fails and loads again on a shared two-core machine.
  test.slow();

  test('a worker that fails mid-load is replaced and what it had read is reopened, partial', async ({
    app,
  }) => {
    await startHugeLoad(app, 2000);
    await app.search('@evt.name:open');
    // An uncaught error inside the worker: the page sees the worker's `error` event.
    await engineWorker(app.page).evaluate(() => {
      setTimeout(() => {
        throw new Error('engine test failure');
      });
    });
    const note = app.page.getByRole('alert').filter({ hasText: 'The engine stopped' });
    await expect(note).toContainText('engine test failure');
    await expect(note).toContainText(/the first [\d,]+ were read again/);
    await expect(note).toContainText('Partial data set');
    await expect(app.root()).toHaveAttribute('data-load-state', 'ready');
    const events = await app.stat('events');
    expect(events).toBeGreaterThan(2000);
    // The view stayed as the analyst had it.
    await expect(app.page.getByTestId('query-input')).toHaveValue('@evt.name:open');
    await expectUsable(app, events);

    // A second failure is reported, not retried in a loop.
    await engineWorker(app.page).evaluate(() => {
      setTimeout(() => {
        throw new Error('engine test failure again');
      });
    });
    await expect(app.root()).toHaveAttribute('data-load-state', 'error');
    await expect(app.page.getByRole('alert').first()).toContainText('The engine stopped again');
  });

  test('a worker that falls silent is found by the liveness check and replaced', async ({
    app,
  }) => {
    await startHugeLoad(app, 2000);
    // No error event at all: the worker just ends.
    await engineWorker(app.page).evaluate(() => {
      (self as unknown as { close(): void }).close();
    });
    const note = app.page.getByRole('alert').filter({ hasText: 'The engine stopped' });
    await expect(note).toContainText('stopped answering', { timeout: 30_000 });
    await expect(app.root()).toHaveAttribute('data-load-state', 'ready');
    await expectUsable(app, await app.stat('events'));
  });
});
