// Page-object helpers for the search UI (query box, facets, timeline, time chip), plus an
// independent count over the bundled sample: the sample file is read here with Node and
// filtered by plain code, so the page's counts are checked against something it did not compute.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { expect } from './app-page';
import type { AppPage } from './app-page';

const SAMPLE_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'public',
  'sample',
  'investigation.json.gzip',
);

/** One archive line of the sample: the envelope with the event body in `attributes`. */
export interface SampleLine {
  readonly _id: string;
  readonly date: string;
  readonly host: string;
  readonly service: string;
  readonly attributes: SampleBody;
}

export interface SampleBody {
  readonly date?: string;
  readonly evt: { readonly name: string; readonly category: string; readonly outcome: string };
  readonly file?: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

let cachedSample: readonly SampleLine[] | undefined;

/** Every event of the bundled sample (read once per worker). */
export function sampleEvents(): readonly SampleLine[] {
  cachedSample ??= gunzipSync(readFileSync(SAMPLE_FILE))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SampleLine);
  return cachedSample;
}

/** How many sample events satisfy `predicate`. */
export function countSample(predicate: (event: SampleLine) => boolean): number {
  return sampleEvents().filter(predicate).length;
}

/** Epoch milliseconds of a sample event: the body date first, then the envelope date. */
export function eventTimeMs(event: SampleLine): number {
  return Date.parse(event.attributes.date ?? event.date);
}

export class SearchPage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  queryInput(): Locator {
    return this.page.getByTestId('query-input');
  }

  /** Waits until `stat-matching` shows `count`. */
  async expectMatching(count: number): Promise<void> {
    await expect(this.page.getByTestId('stat-matching')).toHaveAttribute(
      'data-value',
      String(count),
    );
  }

  /** The suggestion options of the open combobox list. */
  suggestions(): Locator {
    return this.page.getByTestId('suggestion');
  }

  suggestion(value: string): Locator {
    return this.suggestions().and(this.page.locator(`[data-value="${cssString(value)}"]`));
  }

  queryErrors(): Locator {
    return this.page.getByTestId('query-error');
  }

  facet(field: string): Locator {
    return this.page.locator(`[data-testid="facet"][data-field="${cssString(field)}"]`);
  }

  facetValue(field: string, value: string): Locator {
    return this.page.locator(
      `[data-testid="facet-value"][data-field="${cssString(field)}"][data-value="${cssString(value)}"]`,
    );
  }

  /** The count a facet value shows (its `data-count`). */
  async facetCount(field: string, value: string): Promise<number> {
    const raw = await this.facetValue(field, value).getAttribute('data-count');
    return Number(raw);
  }

  timeline(): Locator {
    return this.page.getByTestId('timeline');
  }

  timelinePlot(): Locator {
    return this.page.getByTestId('timeline-plot');
  }

  timeChip(): Locator {
    return this.page.getByTestId('time-chip');
  }

  /** The range the time chip shows, from its data attributes. */
  async chipRange(): Promise<{ fromMs: number; toMs: number }> {
    const chip = this.timeChip();
    return {
      fromMs: Number(await chip.getAttribute('data-from-ms')),
      toMs: Number(await chip.getAttribute('data-to-ms')),
    };
  }

  /** Drags across the timeline's plot from one fraction of its width to another. */
  async brush(fromFraction: number, toFraction: number): Promise<void> {
    const box = await this.timelinePlot().boundingBox();
    if (box === null) throw new Error('the timeline plot is not visible');
    const y = box.y + box.height * 0.4;
    await this.page.mouse.move(box.x + box.width * fromFraction, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * ((fromFraction + toFraction) / 2), y, {
      steps: 4,
    });
    await this.page.mouse.move(box.x + box.width * toFraction, y, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Clicks the timeline's plot at a fraction of its width. */
  async clickTimeline(fraction: number): Promise<void> {
    const box = await this.timelinePlot().boundingBox();
    if (box === null) throw new Error('the timeline plot is not visible');
    await this.page.mouse.click(box.x + box.width * fraction, box.y + box.height * 0.5);
  }
}

/** `value` escaped for a double-quoted CSS attribute selector. */
function cssString(value: string): string {
  return value.replace(/["\\]/g, (c) => `\\${c}`);
}
