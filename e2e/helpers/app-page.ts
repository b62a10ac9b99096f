// Page object for the event explorer and the Playwright `test` every spec uses. Specs drive the
// page only through the data-testid hooks of the page test contract. The fixture fails a test
// on any uncaught page error, any console error and any request to another origin: the app
// must never talk to anything but the server it was loaded from.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export { expect };

export type StatName = 'events' | 'matching' | 'invalid' | 'drift' | 'rejected';
export type SettledLoadState = 'ready' | 'error';

/** Folder the global setup writes the generated fixtures into. */
export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '.fixtures');

/** Absolute path of a generated fixture, e.g. `fixturePath('ndjson.ndjson')`. */
export function fixturePath(name: string): string {
  return join(FIXTURES_DIR, name);
}

/** What the manifest knows about one generated fixture. */
export interface FixtureExpectation {
  /** Path relative to e2e/.fixtures/ (a folder for multi-file fixtures). */
  readonly path: string;
  readonly description: string;
  /** Files to open together (relative to e2e/.fixtures/), when the fixture is a folder. */
  readonly files?: readonly string[];
  /** Exact counts where the input determines them. */
  readonly events?: number;
  readonly rejected?: number;
  /** events + rejected, when the split depends on limits the app chooses. */
  readonly records?: number;
  /** Upper bound on events, when only part of a damaged file can be read. */
  readonly maxEvents?: number;
  /** Blank lines, counted apart from records. */
  readonly blank?: number;
  /** The load may end in `error` instead of `ready` (damaged container). */
  readonly mayFail?: boolean;
}

export interface FixtureManifest {
  readonly seed: number;
  readonly fixtures: Readonly<Record<string, FixtureExpectation>>;
}

let cachedManifest: FixtureManifest | undefined;

/** The manifest written by the global setup (read once per worker). */
export function fixtureManifest(): FixtureManifest {
  cachedManifest ??= JSON.parse(
    readFileSync(fixturePath('manifest.json'), 'utf8'),
  ) as FixtureManifest;
  return cachedManifest;
}

/** Absolute paths of the files that make up a manifest entry. */
export function fixtureFiles(name: string): string[] {
  const entry = fixtureManifest().fixtures[name];
  if (entry === undefined) throw new Error(`No fixture named ${name} in the manifest`);
  return (entry.files ?? [entry.path]).map(fixturePath);
}

// Set on window by openFiles(): did data-load-state change since the last open? Lets
// waitForReady() tell a fresh `ready` from the one left over by the previous load.
interface LoadWatch {
  initial: string | null;
  changed: boolean;
}
declare global {
  interface Window {
    __e2eLoadWatch?: LoadWatch;
  }
}

export class AppPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Root element; carries data-load-state. */
  root(): Locator {
    return this.page.getByTestId('app');
  }

  /** Opens the app, optionally with a view in the fragment (with or without the leading #). */
  async goto(hash?: string): Promise<void> {
    const fragment = hash === undefined || hash === '' ? '' : `#${hash.replace(/^#/, '')}`;
    await this.page.goto(`/${fragment}`);
    await expect(this.root()).toBeAttached();
  }

  /** Opens local files through the file input, as a user picking them would. */
  async openFiles(paths: readonly string[]): Promise<void> {
    await this.watchLoadState();
    await this.page.getByTestId('open-file').setInputFiles([...paths]);
  }

  /** Opens a generated fixture by its manifest name (all its files for a folder fixture). */
  async openFixture(name: string): Promise<void> {
    await this.openFiles(fixtureFiles(name));
  }

  /** Opens the bundled sample investigation. */
  async openSample(): Promise<void> {
    await this.watchLoadState();
    await this.page.getByTestId('open-sample').click();
  }

  /** Opens the bundled sample from a fresh page and waits until its first rows are painted. */
  async openSampleReady(): Promise<void> {
    await this.goto();
    await this.openSample();
    expect(await this.waitForReady()).toBe('ready');
    await expect(this.rows().first()).toBeVisible();
  }

  /**
   * Holds the bundled sample's bytes back, so that opening it leaves the page loading until
   * the returned function lets them through.
   */
  async holdSample(): Promise<() => void> {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await this.page.route('**/sample/investigation.json.gzip', async (route) => {
      await held;
      await route.continue();
    });
    return release;
  }

  /**
   * Waits until loading has settled (`ready` or `error`) and returns the state. After
   * openFiles()/openSample() it waits for that load, not for a state left by an earlier one.
   */
  async waitForReady(timeout = 45_000): Promise<SettledLoadState> {
    await this.page.waitForFunction(
      () => {
        const state = document
          .querySelector('[data-testid="app"]')
          ?.getAttribute('data-load-state');
        const watch = window.__e2eLoadWatch;
        const settled = state === 'ready' || state === 'error';
        return settled && (watch === undefined || watch.changed || state !== watch.initial);
      },
      undefined,
      { timeout },
    );
    const state = await this.root().getAttribute('data-load-state');
    if (state !== 'ready' && state !== 'error') throw new Error(`Unexpected load state ${state}`);
    return state;
  }

  /** A count from the stats bar (`stat-<name>`, its data-value). */
  async stat(name: StatName): Promise<number> {
    const raw = await this.page.getByTestId(`stat-${name}`).getAttribute('data-value');
    const value = Number(raw);
    if (raw === null || raw === '' || !Number.isInteger(value)) {
      throw new Error(`stat-${name} has no integer data-value (got ${String(raw)})`);
    }
    return value;
  }

  /** Waits until the stats bar's `stat-matching` shows `count`. */
  async expectMatching(count: number): Promise<void> {
    await expect(this.page.getByTestId('stat-matching')).toHaveAttribute(
      'data-value',
      String(count),
    );
  }

  /** All rendered event rows (the table is virtualized: only visible ones exist). */
  rows(): Locator {
    return this.page.getByTestId('event-row');
  }

  /** The n-th rendered row, 0-based. */
  row(n: number): Locator {
    return this.rows().nth(n);
  }

  /** Clicks the n-th rendered row and waits until it is the selected one. */
  async selectRow(n: number): Promise<void> {
    const row = this.row(n);
    await row.click();
    await expect(row).toHaveAttribute('aria-selected', 'true');
  }

  /** The selected event's panes. */
  detail(): Locator {
    return this.page.getByTestId('detail-pane');
  }

  /** A rendered body field of the selected event, by JSON path without array indices. */
  field(path: string): Locator {
    return this.detail().locator(`[data-field="${path}"]`);
  }

  /** Rejected records listed in the problems panel. */
  problems(): Locator {
    return this.page.getByTestId('problem-item');
  }

  /** The process lineage / tree view. */
  processTree(): Locator {
    return this.page.getByTestId('process-tree');
  }

  /** Types a search query and applies it with Enter. */
  async search(query: string): Promise<void> {
    const input = this.page.getByTestId('query-input');
    await input.fill(query);
    await input.press('Enter');
  }

  /** Types a SECL rule (rules mode) and applies it with Enter. */
  async applyRule(rule: string): Promise<void> {
    const input = this.page.getByTestId('rule-input');
    await input.fill(rule);
    await input.press('Enter');
  }

  /** The current location fragment, without the leading #. */
  async hash(): Promise<string> {
    return this.page.evaluate(() => location.hash.replace(/^#/, ''));
  }

  private async watchLoadState(): Promise<void> {
    await this.page.evaluate(() => {
      const initial =
        document.querySelector('[data-testid="app"]')?.getAttribute('data-load-state') ?? null;
      const watch: LoadWatch = { initial, changed: false };
      window.__e2eLoadWatch = watch;
      // Observe the whole body: the root element may be re-created while loading.
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const now = (record.target as Element).getAttribute('data-load-state');
          if (now !== record.oldValue) {
            watch.changed = true;
            observer.disconnect();
            return;
          }
        }
      });
      observer.observe(document.body, {
        subtree: true,
        attributes: true,
        attributeFilter: ['data-load-state'],
        attributeOldValue: true,
      });
    });
  }
}

interface Fixtures {
  /** The page object for the current page. */
  app: AppPage;
  /** Console error texts a spec expects (e.g. a deliberate failure), matched by RegExp. */
  allowedConsoleErrors: RegExp[];
  /** Origins besides the page's a spec lets it reach (a connected ClickHouse server). */
  allowedOrigins: string[];
  guardPage: void;
}

/** Where a URL comes from, treating blob: URLs as their creator's origin. */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  allowedOrigins: [[], { option: true }],

  guardPage: [
    async ({ page, baseURL, allowedConsoleErrors, allowedOrigins }, use, testInfo) => {
      if (baseURL === undefined) throw new Error('baseURL must be configured');
      const reachable = new Set([originOf(baseURL), ...allowedOrigins]);
      const problems: string[] = [];

      page.on('pageerror', (error) => {
        problems.push(`pageerror: ${error.stack ?? error.message}`);
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
        const where = message.location();
        problems.push(`console error: ${text} (${where.url}:${where.lineNumber})`);
      });
      page.on('crash', () => {
        problems.push('the page crashed');
      });
      // Context-wide, so requests made by workers are seen as well.
      page.context().on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url === 'about:blank') return;
        if (!reachable.has(originOf(url))) problems.push(`request to another origin: ${url}`);
      });

      await use();

      if (problems.length > 0) {
        await testInfo.attach('page-problems', { body: problems.join('\n') });
      }
      expect(problems, 'page errors, console errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],

  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
});
