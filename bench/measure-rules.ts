// The rules benchmark in the app: loads a file once, then, as a user would, types a typical
// SECL rule in rules mode and presses Enter, and types a plain query of the same selectivity
// in search mode, alternating two spellings of each so that every repetition is evaluated
// afresh (nothing cached by text). Latency: Enter → the frame where the new count and rows
// are on screen (`data-view-id` hooks). The first rule application also adds the fields the
// index lacks (the slow path) and is reported apart. Then the whole 1.10.0 default policy is
// run over the events: file picked → report on screen, first (with indexing) and again.
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { openLoadedPage } from './loaded-page';

/** Two spellings of the same typical rule, and of a plain query selecting the same events. */
export const BENCH_RULES = [
  'open.file.path == "/etc/shadow" && process.file.name in ["cat", "less"]',
  'open.file.path == "/etc/shadow" && process.file.name in ["less", "cat"]',
] as const;
export const BENCH_RULE_QUERIES = [
  '@evt.name:open @file.path:"/etc/shadow" @process.comm:(cat OR less)',
  '@evt.name:open @file.path:"/etc/shadow" @process.comm:(less OR cat)',
] as const;

export const POLICY_FILE = join('e2e', 'fixtures', 'default.policy.v1.10.0.yaml');

export interface RulesRun {
  readonly events: number | undefined;
  /** First rule application (includes reading the fields the index lacks). */
  readonly ruleColdMs: number;
  /** Later applications, alternating the two spellings. */
  readonly ruleMs: number[];
  /** The plain query of comparable selectivity, same alternation. */
  readonly queryMs: number[];
  readonly ruleMatching: number | undefined;
  readonly queryMatching: number | undefined;
  /** Whole policy: file picked → report on screen. */
  readonly policyColdMs: number;
  readonly policyMs: number[];
  /** What the last policy report says (rules matched, skipped, worker time). */
  readonly policyTotals: string;
}

/** Source text run in the page (see measure-search.ts for why it is a string). */
const IN_PAGE = `async ({ testId, text }) => {
  const attr = (id) =>
    document.querySelector('[data-testid="' + id + '"]')?.getAttribute('data-view-id');
  const before = attr('app');
  const t0 = performance.now();
  const box = document.querySelector('[data-testid="' + testId + '"]');
  const proto = box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(box, text);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  box.focus();
  box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  for (;;) {
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    const now = attr('app');
    if (now !== before && now === attr('event-table')) return performance.now() - t0;
    if (performance.now() - t0 > 600000) throw new Error('timed out');
  }
}`;

async function submit(page: Page, testId: string, text: string): Promise<number> {
  return (await page.evaluate(`(${IN_PAGE})(${JSON.stringify({ testId, text })})`)) as number;
}

async function readInt(page: Page, testId: string): Promise<number | undefined> {
  const raw = await page.getByTestId(testId).getAttribute('data-value');
  return raw === null ? undefined : Number(raw);
}

/** Picks the policy file, waits for its report; ms from the pick, and the report's totals. */
async function runPolicy(
  page: Page,
  file: string,
  timeoutMs: number,
): Promise<{ ms: number; totals: string }> {
  const started = Date.now();
  await page.getByTestId('open-policy').setInputFiles(file);
  const totals = page.getByTestId('policy-totals');
  await totals.waitFor({ timeout: timeoutMs });
  const ms = Date.now() - started;
  const text = (await totals.textContent()) ?? '';
  await page.getByTestId('policy-report').getByRole('button', { name: 'Close' }).click();
  return { ms, totals: text };
}

export async function measureRules(
  browser: Browser,
  appUrl: string,
  file: string,
  repetitions: number,
  timeoutMs: number,
): Promise<RulesRun> {
  const { context, page } = await openLoadedPage(browser, appUrl, file, timeoutMs);
  try {
    const queryMs: number[] = [];
    for (let rep = 0; rep < 2 * repetitions; rep++) {
      queryMs.push(await submit(page, 'query-input', BENCH_RULE_QUERIES[rep % 2] as string));
    }
    const queryMatching = await readInt(page, 'stat-matching');
    await submit(page, 'query-input', '');

    await page.getByTestId('mode-rules').click();
    const ruleColdMs = await submit(page, 'rule-input', BENCH_RULES[1]);
    const ruleMs: number[] = [];
    for (let rep = 0; rep < 2 * repetitions; rep++) {
      ruleMs.push(await submit(page, 'rule-input', BENCH_RULES[rep % 2] as string));
    }
    const ruleMatching = await readInt(page, 'stat-matching');

    const cold = await runPolicy(page, POLICY_FILE, timeoutMs);
    const policyMs: number[] = [];
    let policyTotals = cold.totals;
    for (let rep = 0; rep < repetitions; rep++) {
      const again = await runPolicy(page, POLICY_FILE, timeoutMs);
      policyMs.push(again.ms);
      policyTotals = again.totals;
    }
    return {
      events: await readInt(page, 'stat-events'),
      ruleColdMs,
      ruleMs,
      queryMs,
      ruleMatching,
      queryMatching,
      policyColdMs: cold.ms,
      policyMs,
      policyTotals,
    };
  } finally {
    await context.close();
  }
}
