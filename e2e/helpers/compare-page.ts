// The comparison view as specs drive it: open the sample's routine day as the baseline, wait
// for the comparison, read its items (kind, value, counts) through the page test contract, and
// the same values counted with Node over the files themselves, for specs to check against.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Locator } from '@playwright/test';
import { expect, fixturePath, type AppPage } from './app-page';
import { SAMPLE_BASELINE, sampleEvents, type SampleBody } from './sample-data';

export interface ShownItem {
  readonly kind: string;
  readonly value: string;
  readonly incident: number;
  readonly baseline: number;
}

export function compareView(app: AppPage): Locator {
  return app.page.getByTestId('compare');
}

/** Opens the sample's routine day as the baseline and waits for the comparison. */
export async function openSampleBaseline(app: AppPage): Promise<void> {
  await app.page.getByTestId('open-baseline').setInputFiles(fixturePath(SAMPLE_BASELINE));
  await expect(compareView(app)).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
}

export async function shownItems(app: AppPage): Promise<ShownItem[]> {
  return app.page.getByTestId('compare-item').evaluateAll((rows) =>
    rows.map((row) => ({
      kind: row.getAttribute('data-kind') ?? '',
      value: row.getAttribute('data-value') ?? '',
      incident: Number(row.getAttribute('data-incident')),
      baseline: Number(row.getAttribute('data-baseline')),
    })),
  );
}

export function item(app: AppPage, kind: string, value: string): Locator {
  return app.page.locator(
    `[data-testid="compare-item"][data-kind="${kind}"][data-value="${value.replace(/"/g, '\\"')}"]`,
  );
}

let baselineBodies: readonly SampleBody[] | undefined;

/** The baseline's event bodies (log-archive lines), read with Node. */
function baselineEvents(): readonly SampleBody[] {
  baselineBodies ??= gunzipSync(readFileSync(fixturePath(SAMPLE_BASELINE)))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { attributes: SampleBody }).attributes);
  return baselineBodies;
}

/** How often each value `pick` gives occurs in the sample and in its baseline. */
export function countBoth(pick: (body: SampleBody) => string | undefined): {
  incident: Map<string, number>;
  baseline: Map<string, number>;
} {
  const count = (bodies: Iterable<SampleBody>) => {
    const counts = new Map<string, number>();
    for (const body of bodies) {
      const value = pick(body);
      if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return counts;
  };
  return {
    incident: count(sampleEvents().map((e) => e.body)),
    baseline: count(baselineEvents()),
  };
}

type Json = Record<string, unknown> | undefined;

export const executableOf = (b: SampleBody) =>
  ((b['process'] as Json)?.['executable'] as Json)?.['path'] as string | undefined;

export const dnsNameOf = (b: SampleBody) =>
  ((b['dns'] as Json)?.['question'] as Json)?.['name'] as string | undefined;

/** `parent -> child` of an exec event whose parent is named. */
export function execEdgeOf(b: SampleBody): string | undefined {
  if (b.evt.name !== 'exec') return undefined;
  const parent = (((b['process'] as Json)?.['parent'] as Json)?.['executable'] as Json)?.['path'];
  const child = executableOf(b);
  return typeof parent === 'string' && child !== undefined ? `${parent} -> ${child}` : undefined;
}
