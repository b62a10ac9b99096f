// Page-object helpers for the event table (headers, sorting, column chooser, column and cell
// menus, density), plus the bundled sample read with Node, so the spec checks what the page
// shows against orders and counts the page did not compute.
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

/** One sample event: its id, its position in the file, its time and its body. */
export interface SampleEvent {
  readonly id: string;
  /** The envelope's host. */
  readonly host: string;
  readonly ordinal: number;
  readonly timeMs: number;
  readonly body: Readonly<Record<string, unknown>>;
}

let cached: readonly SampleEvent[] | undefined;

/**
 * Every event of the bundled sample (read once per worker). The file is gzip of JSON: one
 * array, or one log-archive line per event; the body is a line's `attributes`.
 */
export function sampleEvents(): readonly SampleEvent[] {
  if (cached !== undefined) return cached;
  const text = gunzipSync(readFileSync(SAMPLE_FILE)).toString('utf8');
  const items: unknown[] = text.trimStart().startsWith('[')
    ? (JSON.parse(text) as unknown[])
    : text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as unknown);
  cached = items.map((item, ordinal) => {
    const line = item as Record<string, unknown>;
    const body = (line.attributes ?? line) as Record<string, unknown>;
    const date = (body.date ?? line.date) as string;
    const host = String(line.host ?? '');
    return { id: String(line._id ?? line.id), host, ordinal, timeMs: Date.parse(date), body };
  });
  return cached;
}

/** The value at a dotted body path (`process.executable.path`), or undefined. */
export function valueAt(event: SampleEvent, path: string): unknown {
  let value: unknown = event.body;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function sampleEvent(id: string): SampleEvent {
  const event = sampleEvents().find((e) => e.id === id);
  if (event === undefined) throw new Error(`No sample event ${id}`);
  return event;
}

/** Time order as the engine keeps it: by time, ties in file order. */
export function byTime(a: SampleEvent, b: SampleEvent): number {
  return a.timeMs - b.timeMs || a.ordinal - b.ordinal;
}

/** Sample events sorted by the text at `path` (code-unit order), ties in time order. */
export function sortedByText(path: string, descending: boolean): SampleEvent[] {
  return [...sampleEvents()].sort((a, b) => {
    const x = String(valueAt(a, path));
    const y = String(valueAt(b, path));
    const order = x < y ? -1 : x > y ? 1 : 0;
    return (descending ? -order : order) || byTime(a, b);
  });
}

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
    return this.page.locator(`[data-testid="column-header"][data-column="${column}"]`);
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
    return this.app.row(row).locator(`[data-column="${column}"]`);
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
    return this.page.locator(`[data-testid="column-option"][data-column="${column}"]`);
  }

  /** Adds a schema field as a column through the chooser and closes it. */
  async addFieldColumn(field: string): Promise<void> {
    await this.searchColumns(field);
    await this.option(field).locator('input[type="checkbox"]').check();
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByTestId('column-chooser-panel')).toHaveCount(0);
    await expect(this.header(field)).toBeVisible();
  }

  async expectMatching(count: number): Promise<void> {
    await expect(this.page.getByTestId('stat-matching')).toHaveAttribute(
      'data-value',
      String(count),
    );
  }
}
