// Page-object helpers for the event table: headers, sorting, the column chooser, column and
// cell menus, density. Orders and counts to check them against come from `sample-data.ts`.
import type { Locator, Page } from '@playwright/test';
import { expect } from './app-page';
import type { AppPage } from './app-page';
import { cssString } from './css';

export class TablePage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  table(): Locator {
    return this.page.getByTestId('event-table');
  }

  headers(): Locator {
    return this.page.getByTestId('column-header');
  }

  header(column: string): Locator {
    return this.page.locator(`[data-testid="column-header"][data-column="${cssString(column)}"]`);
  }

  /** Column ids of the headers, in the order shown. */
  async headerOrder(): Promise<string[]> {
    return this.headers().evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-column') ?? ''),
    );
  }

  /** Clicks a header's sort button. */
  async sortBy(column: string): Promise<void> {
    await this.header(column).getByTestId('column-sort').click();
  }

  /** Waits until the header shows the sort (`aria-sort`). */
  async expectSorted(column: string, direction: 'ascending' | 'descending'): Promise<void> {
    await expect(this.header(column)).toHaveAttribute('aria-sort', direction);
  }

  /** Texts of one column in the rendered rows, top to bottom. */
  async columnTexts(column: string): Promise<string[]> {
    return this.app
      .rows()
      .evaluateAll(
        (rows, id) =>
          rows.map(
            (row) => row.querySelector(`[data-column="${CSS.escape(id)}"]`)?.textContent ?? '',
          ),
        column,
      );
  }

  /** Event ids of the rendered rows, top to bottom. */
  async rowIds(): Promise<string[]> {
    return this.app
      .rows()
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-id') ?? ''));
  }

  /**
   * Waits until the first rendered rows are exactly `ids` (a new order arrives after the
   * engine answered), then returns them.
   */
  async expectFirstRows(ids: readonly string[]): Promise<void> {
    await expect
      .poll(async () => (await this.rowIds()).slice(0, ids.length), { timeout: 15_000 })
      .toEqual(ids);
  }

  cell(row: number, column: string): Locator {
    return this.app.row(row).locator(`[data-column="${cssString(column)}"]`);
  }

  /** Opens a column's ⋮ menu and runs one of its actions (`data-action`). */
  async columnAction(column: string, action: string): Promise<void> {
    await this.header(column).hover();
    await this.header(column).getByTestId('column-menu-button').click();
    const menu = this.page.getByTestId('column-menu');
    await menu.locator(`[data-action="${action}"]`).click();
    await expect(menu).toHaveCount(0);
  }

  /** Right-clicks a cell and returns its menu. */
  async openCellMenu(row: number, column: string): Promise<Locator> {
    await this.cell(row, column).click({ button: 'right' });
    const menu = this.page.getByTestId('cell-menu');
    await expect(menu).toBeVisible();
    return menu;
  }

  /** Runs an action (`filter-in`, `filter-out`, `add-column`, `copy`) of an open value menu. */
  async menuAction(action: string): Promise<void> {
    const menu = this.page.getByTestId('cell-menu');
    await menu.locator(`[data-action="${action}"]`).click();
    await expect(menu).toHaveCount(0);
  }

  /** Opens the column chooser and types `query` in its search box. */
  async searchColumns(query: string): Promise<Locator> {
    const toggle = this.page.getByTestId('column-chooser');
    if ((await this.page.getByTestId('column-chooser-panel').count()) === 0) await toggle.click();
    const search = this.page.getByTestId('column-chooser-search');
    await search.fill(query);
    return this.page.getByTestId('column-chooser-panel');
  }

  /** A column option of the chooser (`data-column` = built-in id or `@field`). */
  option(column: string): Locator {
    return this.page.locator(`[data-testid="column-option"][data-column="${cssString(column)}"]`);
  }

  /** Adds a schema field as a column through the chooser and closes it. */
  async addFieldColumn(field: string): Promise<void> {
    await this.searchColumns(field);
    await this.option(field).locator('input[type="checkbox"]').check();
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByTestId('column-chooser-panel')).toHaveCount(0);
    await expect(this.header(field)).toBeVisible();
  }
}
