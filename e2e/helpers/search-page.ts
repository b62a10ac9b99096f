// Page-object helpers for the search UI: the query box and its suggestions, facets, the
// timeline and its time chip. Counts to check them against come from `sample-data.ts`.
import type { Locator, Page } from '@playwright/test';
import type { AppPage } from './app-page';
import { cssString } from './css';

export class SearchPage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  queryInput(): Locator {
    return this.page.getByTestId('query-input');
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
