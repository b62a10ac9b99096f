// Page-object helpers for the selected event's panes: the summary line, the typed sections,
// the lineage list, data-quality markers and the views' tabs. Values to check them against
// come from the sample file itself (`sample-data.ts`).
import type { Locator, Page } from '@playwright/test';
import { expect } from './app-page';
import type { AppPage } from './app-page';
import { cssString } from './css';
import { countSample, sampleEvent } from './sample-data';
import type { SampleEvent } from './sample-data';

/**
 * The value at a body path, where keys may themselves contain dots (`mount.mountpoint.path`
 * is the key `mountpoint.path` of `mount`): the longest key that exists wins.
 */
export function bodyValue(event: SampleEvent, path: string): unknown {
  const walk = (value: unknown, parts: readonly string[]): unknown => {
    if (parts.length === 0) return value;
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    for (let n = parts.length; n >= 1; n--) {
      const key = parts.slice(0, n).join('.');
      if (Object.hasOwn(record, key)) return walk(record[key], parts.slice(n));
    }
    return undefined;
  };
  return walk(event.body, path.split('.'));
}

/** `text` as a regular expression matching exactly that text. */
function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * The tab of one of the selected event's views, by its label (present while it is on the tab
 * row). Located by CSS rather than by role: with ten thousand process rows on the page,
 * computing every element's role on each poll takes seconds.
 */
export function viewTab(app: AppPage, name: string): Locator {
  return app
    .detail()
    .locator('[role="tab"]')
    .filter({ hasText: exactly(name) });
}

/**
 * Shows one of the selected event's views: a click on its tab when it is on the row, else on
 * its item in the row's More menu (where the tabs that do not fit the panel wait). The row is
 * fitted to the panel after it renders, so a tab may move between the two: tried again then.
 */
export async function showView(app: AppPage, name: string): Promise<void> {
  const tab = viewTab(app, name);
  await expect(async () => {
    if ((await tab.count()) > 0) {
      await tab.click({ timeout: 2_000 });
      return;
    }
    const menu = app.page.getByTestId('detail-tabs-menu');
    if (!(await menu.isVisible())) {
      await app.detail().getByTestId('detail-tabs-more').click({ timeout: 2_000 });
    }
    await menu
      .locator('[role="menuitem"]')
      .filter({ hasText: exactly(name) })
      .click({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** The labels of every view of the selected event: the tabs on the row, then the menu's. */
export async function viewNames(app: AppPage): Promise<string[]> {
  const onRow = await app.detail().locator('[role="tab"]').allTextContents();
  const more = app.detail().getByTestId('detail-tabs-more');
  if ((await more.count()) === 0) return onRow;
  await more.click();
  const menu = app.page.getByTestId('detail-tabs-menu');
  const inMenu = await menu.locator('[role="menuitem"]').allTextContents();
  await app.page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  return [...onRow, ...inMenu];
}

export class DetailPage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  /** The event in one sentence. */
  summary(): Locator {
    return this.app.detail().getByTestId('event-summary');
  }

  /** A typed section by name (`process`, `file`, `network`, `rule`, …). */
  section(name: string): Locator {
    return this.app
      .detail()
      .locator(`[data-testid="detail-section"][data-section="${cssString(name)}"]`);
  }

  /** A rendered body field inside a section. */
  sectionField(section: string, path: string): Locator {
    return this.section(section).locator(`[data-field="${cssString(path)}"]`);
  }

  /** The lineage of the event's process (other processes, such as a tracee, have their own). */
  lineageItems(): Locator {
    return this.section('process').getByTestId('lineage-item');
  }

  /** Data-quality markers of one kind (`args-truncated`, `missing-lineage`, …) in a section. */
  marker(kind: string, section = 'process'): Locator {
    return this.section(section).locator(
      `[data-testid="quality-marker"][data-kind="${cssString(kind)}"]`,
    );
  }

  tab(name: string): Locator {
    return this.app.detail().getByRole('tab', { name, exact: true });
  }

  /** Shows a view by its label, from the tab row or its More menu. */
  async showView(name: string): Promise<void> {
    await showView(this.app, name);
  }

  /**
   * Applies `query`, waits for `expected` matching events and for the first row to be one of
   * them, selects it and waits for its panes. Returns the selected sample event.
   */
  async selectFirst(
    query: string,
    expected: number,
    isMatch: (e: SampleEvent) => boolean,
  ): Promise<SampleEvent> {
    await this.app.search(query);
    await this.app.expectMatching(expected);
    const firstRow = this.app.row(0);
    await expect
      .poll(async () => {
        const id = await firstRow.getAttribute('data-event-id');
        return id !== null && isMatch(sampleEvent(id));
      })
      .toBe(true);
    const id = (await firstRow.getAttribute('data-event-id')) ?? '';
    await this.app.selectRow(0);
    await expect(this.app.detail()).toContainText(id);
    await expect(this.summary()).toBeVisible();
    return sampleEvent(id);
  }

  /** Selects the first (earliest) sample event of one type. */
  async selectFirstOfType(name: string): Promise<SampleEvent> {
    const isType = (e: SampleEvent) => e.body.evt.name === name;
    return this.selectFirst(`@evt.name:${name}`, countSample(isType), isType);
  }

  /** Expects a field to show the sample's value (its text: numbers digit for digit). */
  async expectField(event: SampleEvent, path: string): Promise<void> {
    const value = bodyValue(event, path);
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new Error(`${path} is not a plain value in event ${event.id}`);
    }
    await expect(this.app.field(path).first()).toContainText(String(value));
  }
}
