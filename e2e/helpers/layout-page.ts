// Page-object helpers for the page's layout: the side panel, its resizer and handle, the
// timeline's parts, and geometry checks on their boxes (what lies inside what, what overlaps).
import type { Locator, Page } from '@playwright/test';
import { expect } from './app-page';
import type { AppPage } from './app-page';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Sub-pixel layout rounding allowed in the comparisons. */
const SLACK_PX = 1;

/** Whether `inner` lies within `outer` from left to right. */
export function isWithinX(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - SLACK_PX && inner.x + inner.width <= outer.x + outer.width + SLACK_PX;
}

/** Whether two boxes share any area. */
export function intersects(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width - SLACK_PX &&
    b.x < a.x + a.width - SLACK_PX &&
    a.y < b.y + b.height - SLACK_PX &&
    b.y < a.y + a.height - SLACK_PX
  );
}

export class LayoutPage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  sidePanel(): Locator {
    return this.page.getByTestId('side-panel');
  }

  resizer(): Locator {
    return this.page.getByTestId('pane-resizer');
  }

  handle(): Locator {
    return this.page.getByTestId('pane-handle');
  }

  table(): Locator {
    return this.page.getByTestId('event-table');
  }

  /** The side panel's width as laid out, in px. */
  async panelWidth(): Promise<number> {
    return (await this.box(this.sidePanel())).width;
  }

  async box(locator: Locator): Promise<Box> {
    const box = await locator.boundingBox();
    if (box === null) throw new Error(`${locator.toString()} is not laid out`);
    return box;
  }

  /**
   * What is wrong with the timeline's place, as sentences (none when all is well): the
   * timeline, its chart and its Zoom out button must lie within its column (the workspace,
   * as wide as the event table under it) and stay clear of the side panel.
   */
  async timelineProblems(): Promise<string[]> {
    const parts: Array<[string, Locator]> = [
      ['timeline', this.page.getByTestId('timeline')],
      ['chart', this.page.getByTestId('timeline-plot')],
      ['Zoom out', this.page.getByTestId('timeline-zoom-out')],
    ];
    const column = await this.box(this.table());
    const panel = (await this.sidePanel().isVisible()) ? await this.box(this.sidePanel()) : null;
    const problems: string[] = [];
    for (const [name, locator] of parts) {
      const box = await this.box(locator);
      if (!isWithinX(box, column)) problems.push(`${name} leaves its column`);
      if (panel !== null && intersects(box, panel)) problems.push(`${name} overlaps the panel`);
    }
    return problems;
  }

  /** Waits until the timeline is back within its column (it is redrawn after a resize). */
  async expectTimelineInColumn(): Promise<void> {
    await expect.poll(() => this.timelineProblems()).toEqual([]);
    // And the chart fills the column: it did not just stay narrow.
    const [chart, column] = [
      await this.box(this.page.getByTestId('timeline-plot')),
      await this.box(this.table()),
    ];
    expect(chart.width).toBeGreaterThan(column.width - 40);
  }

  /** Drags the resizer sideways by `dx` px (negative: leftwards, widening the panel). */
  async dragResizer(dx: number): Promise<void> {
    const grip = await this.box(this.resizer());
    const x = grip.x + grip.width / 2;
    const y = grip.y + grip.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y, { steps: 4 });
    await this.page.mouse.move(x + dx, y, { steps: 4 });
    await this.page.mouse.up();
  }
}
