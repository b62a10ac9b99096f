// Page helpers for the process lanes and the sample's intrusion they are checked on: the web
// shell, the download and the miner it launched, found in the sample file itself.
import type { Locator } from '@playwright/test';
import { expect } from './app-page';
import type { AppPage } from './app-page';
import { sampleEvents } from './sample-data';
import type { SampleEvent } from './sample-data';

interface Proc {
  readonly pid: number;
  readonly comm?: string;
  readonly args?: readonly string[];
  readonly executable?: { readonly path?: string };
}

export const procOf = (e: SampleEvent) => e.body['process'] as Proc;

/** The first web-1 event of `name` whose process matches. */
function storyEvent(name: string, match: (p: Proc) => boolean): SampleEvent {
  const found = sampleEvents().find(
    (e) => e.host === 'web-1' && e.body.evt.name === name && match(procOf(e)),
  );
  if (found === undefined) throw new Error(`no ${name} event of the intrusion in the sample`);
  return found;
}

export const shell = storyEvent('exec', (p) => (p.args ?? []).join(' ').includes('uname -a;cat'));
export const download = storyEvent('exec', (p) =>
  (p.args ?? []).includes('http://203.0.113.50/x.sh'),
);
export const downloadWrite = storyEvent('open', (p) => p.pid === procOf(download).pid);
export const miner = storyEvent('exec', (p) => p.executable?.path === '/tmp/.x');

export function lanes(app: AppPage): Locator {
  return app.page.getByTestId('process-lanes');
}

export function lane(app: AppPage, pid: number): Locator {
  return lanes(app).locator(`[data-testid="lane"][data-pid="${pid}"]`);
}

export function mark(app: AppPage, eventId: string): Locator {
  return lanes(app).locator(`[data-testid="lane-event"][data-event-id="${eventId}"]`);
}

export async function lanesWindow(app: AppPage): Promise<{ fromMs: number; toMs: number }> {
  return {
    fromMs: Number(await lanes(app).getAttribute('data-from-ms')),
    toMs: Number(await lanes(app).getAttribute('data-to-ms')),
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Opens the sample with the web shell's exec selected and its Lanes tab shown, zoomed by the
 * link to `[fromMs, toMs)` when given (at the opening zoom, marks a few ms apart share a cell).
 */
export async function openShellLanes(app: AppPage, zoom?: { fromMs: number; toMs: number }) {
  const lanesWindow =
    zoom === undefined ? '' : `&lanes-from=${iso(zoom.fromMs)}&lanes-to=${iso(zoom.toMs)}`;
  await app.goto(`open=sample&sel=${shell.id}&tab=lanes${lanesWindow}`);
  expect(await app.waitForReady()).toBe('ready');
  await expect(lanes(app)).toBeVisible();
}

/** The full-width lanes in the table's place. */
export function fullLanes(app: AppPage): Locator {
  return app.page.getByTestId('lanes-full');
}

/** The pids of the lanes in the DOM under `root`, in order. */
export async function lanePids(root: Locator): Promise<number[]> {
  const pids = await root
    .locator('[data-testid="lane"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-pid')));
  return pids.map(Number);
}
