/**
 * A fresh browser context with the app open and one file loaded (waited for until the page
 * says `ready`): where the search and rules measurements start. The caller closes the context.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';

export async function openLoadedPage(
  browser: Browser,
  appUrl: string,
  file: string,
  timeoutMs: number,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.warn(`  page error: ${error.message}`));
  try {
    await page.goto(appUrl);
    await page.getByTestId('open-file').setInputFiles(file, { timeout: timeoutMs });
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="app"]')?.getAttribute('data-load-state') === 'ready',
      undefined,
      { timeout: timeoutMs, polling: 500 },
    );
  } catch (error) {
    await context.close();
    throw error;
  }
  return { context, page };
}
