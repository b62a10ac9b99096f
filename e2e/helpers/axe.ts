// The accessibility check every page state goes through: axe-core's WCAG 2.0 / 2.1 A and AA
// rules plus its best practices, run on the whole page as it stands. A violation of any
// impact fails the check; its message lists each rule with the elements that break it, so a
// regression names its cause.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './app-page';

/** The rule sets the page is held to (issue: WCAG 2.1 AA and axe's best practices). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export type Theme = 'dark' | 'light';

/** Makes the next page load use `theme` (the view store reads it from local storage). */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((value) => {
    window.localStorage.setItem('theme', value);
  }, theme);
}

/** One line per violated rule: impact, rule, how many elements, the first few of them. */
function describe(
  violations: readonly {
    id: string;
    impact?: string | null;
    help: string;
    nodes: readonly { target: unknown; failureSummary?: string }[];
  }[],
): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 4)
        .map(
          (n) => `    ${JSON.stringify(n.target)} ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
        )
        .join('\n');
      return `${v.impact ?? '?'} ${v.id} (${v.nodes.length}): ${v.help}\n${nodes}`;
    })
    .join('\n');
}

/**
 * Runs axe on the page and expects no violation at all; `state` names the state checked. The
 * expectation is soft, so that one walk through the page reports every state that fails.
 */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    // Only violations are read: axe then skips detailing every passing element.
    .options({ resultTypes: ['violations'] })
    .analyze();
  expect.soft(describe(results.violations), `axe violations in ${state}`).toBe('');
}
