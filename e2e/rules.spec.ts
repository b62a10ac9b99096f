// Rules mode: SECL rules describing the intrusion storyline of the bundled sample select
// exactly the events a plain filter over the sample file (read here, in Node) finds; a broken
// rule shows a precise error and keeps the previous table; a policy file runs into a report
// whose rules show their matches when clicked, with a progress bar while it runs and a Cancel
// that leaves a partial report; a rule in force that names a policy's macros is applied again
// with them; the detail pane says which sub-expressions of the rule matched, on which field and
// value. A rule that cannot be decided (a policy filter, a field exports lack) is undecided, not
// matched, in the report, the counts and the table alike; Close hides the report until it is
// asked for again; the rule box suggests SECL fields and names the nearest to a misspelt one.
import type { Locator } from '@playwright/test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';
import type { SampleEvent } from './helpers/sample-data';
import { sampleEvents } from './helpers/sample-data';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const POLICY_1_10 = join(FIXTURES, 'default.policy.v1.10.0.yaml');
const POLICY_1_69 = join(FIXTURES, 'default.policy.v1.69.3.yaml');

type Body = Record<string, unknown>;

function at(body: unknown, path: string): unknown {
  let value = body;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Body)[key];
  }
  return value;
}

function ancestorNames(body: unknown): unknown[] {
  const ancestors = at(body, 'process.ancestors');
  return Array.isArray(ancestors) ? ancestors.map((a) => at(a, 'executable.name')) : [];
}

/** Each storyline step as a SECL rule and as a plain predicate over the sample's bodies. */
const STEPS: readonly { name: string; rule: string; test: (e: SampleEvent) => boolean }[] = [
  {
    name: 'shadow-file access',
    rule: 'open.file.path == "/etc/shadow"',
    test: (e) => e.body.evt.name === 'open' && at(e.body, 'file.path') === '/etc/shadow',
  },
  {
    name: 'a shell spawned by a web server',
    rule: 'exec.file.name in ["sh", "bash", "dash"]\n  && process.ancestors.file.name in ["nginx", "apache2", "httpd"]',
    test: (e) =>
      e.body.evt.name === 'exec' &&
      ['sh', 'bash', 'dash'].includes(at(e.body, 'process.executable.name') as string) &&
      ancestorNames(e.body).some((n) => ['nginx', 'apache2', 'httpd'].includes(n as string)),
  },
  {
    name: 'a kernel-module load',
    rule: 'load_module.file.path =~ "/tmp/*" && load_module.loaded_from_memory == false',
    test: (e) => {
      const path = at(e.body, 'file.path');
      return (
        e.body.evt.name === 'load_module' &&
        typeof path === 'string' &&
        /^\/tmp\/[^/]*$/.test(path) &&
        at(e.body, 'module.loaded_from_memory') === false
      );
    },
  },
  {
    name: 'ptrace on another process',
    rule: 'ptrace.request in [PTRACE_ATTACH, PTRACE_POKETEXT, PTRACE_POKEDATA] && ptrace.tracee.pid != process.pid',
    test: (e) =>
      e.body.evt.name === 'ptrace' &&
      ['PTRACE_ATTACH', 'PTRACE_POKETEXT', 'PTRACE_POKEDATA'].includes(
        at(e.body, 'ptrace.request') as string,
      ) &&
      at(e.body, 'ptrace.tracee.pid') !== at(e.body, 'process.pid'),
  },
  {
    name: 'a download made executable',
    rule: 'chmod.file.destination.mode & S_IXUSR > 0 && chmod.file.path =~ "/tmp/**"',
    test: (e) => {
      const mode = at(e.body, 'file.destination.mode');
      const path = at(e.body, 'file.path');
      return (
        e.body.evt.name === 'chmod' &&
        typeof mode === 'number' &&
        (mode & 0o100) !== 0 &&
        typeof path === 'string' &&
        path.startsWith('/tmp/')
      );
    },
  },
];

async function openRulesMode(app: AppPage): Promise<void> {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
  await app.expectMatching(sampleEvents().length);
  await app.page.getByTestId('mode-rules').click();
  await expect(app.page.getByTestId('rule-input')).toBeVisible();
}

async function shownIds(app: AppPage): Promise<string[]> {
  const ids = await app
    .rows()
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id') ?? ''));
  return ids.sort();
}

test('rules describing the storyline match exactly its steps', async ({ app }) => {
  await openRulesMode(app);
  for (const step of STEPS) {
    const expected = sampleEvents().filter(step.test);
    expect(expected.length, step.name).toBeGreaterThan(0);
    await app.applyRule(step.rule);
    await app.expectMatching(expected.length);
    await expect(app.rows()).toHaveCount(expected.length);
    await expect
      .poll(() => shownIds(app), { message: step.name })
      .toEqual(expected.map((e) => e.id).sort());
  }
  // The query still applies: the view is the query AND the rule.
  await app.search('-@process.comm:cat');
  await app.applyRule(STEPS[0]?.rule ?? '');
  await app.expectMatching(0);
  await app.search('');
});

test('the detail pane shows which sub-expressions matched, on which field and value', async ({
  app,
}) => {
  await openRulesMode(app);
  await app.applyRule('open.file.path == "/etc/shadow" && process.file.name in ["cat", "less"]');
  await app.expectMatching(2);
  await app.selectRow(0);
  const match = app.detail().getByTestId('rule-match');
  await expect(match).toHaveAttribute('data-result', 'true');
  const leaves = match.getByTestId('rule-leaf');
  await expect(leaves).toHaveCount(2);
  await expect(leaves.nth(0)).toHaveAttribute('data-field', 'open.file.path');
  await expect(leaves.nth(0)).toHaveAttribute('data-result', 'true');
  await expect(leaves.nth(0)).toContainText('"/etc/shadow"');
  await expect(leaves.nth(1)).toHaveAttribute('data-field', 'process.file.name');
  await expect(leaves.nth(1)).toContainText('"cat"');
});

test('an invalid rule shows a precise error and the previous table stays', async ({ app }) => {
  await openRulesMode(app);
  const shadow = sampleEvents().filter(STEPS[0]?.test ?? (() => false));
  await app.applyRule('open.file.path == "/etc/shadow"');
  await app.expectMatching(shadow.length);

  await app.applyRule('open.file.path == "/etc/shadow" &&');
  const error = app.page.getByTestId('rule-error');
  await expect(error).toHaveAttribute('data-position', '34');
  await expect(error).toContainText('at character 35');
  await expect(error).toContainText('expected');
  await expect(app.page.getByTestId('rule-in-force')).toContainText(
    'open.file.path == "/etc/shadow"',
  );
  await expect(app.page.getByTestId('rule-input')).toHaveAttribute('aria-invalid', 'true');
  await app.expectMatching(shadow.length);
  await expect.poll(() => shownIds(app)).toEqual(shadow.map((e) => e.id).sort());

  await app.applyRule('open.file.pathh == "/etc/shadow"');
  await expect(app.page.getByTestId('rule-error')).toContainText("unknown field 'open.file.pathh'");
  await expect(app.page.getByTestId('rule-error')).toHaveAttribute('data-position', '0');
  await app.expectMatching(shadow.length);

  // A field exports cannot tell is named, with why it evaluates to unknown.
  await app.applyRule('exec.file.name == "sh" && process.is_exec');
  await expect(app.page.getByTestId('rule-errors')).toHaveCount(0);
  await expect(app.page.getByTestId('rule-note')).toHaveAttribute('data-field', 'process.is_exec');
  await app.expectMatching(0);
});

test('a policy runs into a report; a rule shows its matches when clicked', async ({ app }) => {
  await openRulesMode(app);
  await app.page.getByTestId('open-policy').setInputFiles(POLICY_1_10);
  const report = app.page.getByTestId('policy-report');
  await expect(report.getByTestId('policy-totals')).toContainText('119 rules', { timeout: 30_000 });
  await expect(report.getByTestId('policy-rule')).toHaveCount(119);

  // ptrace_injection: request POKETEXT, POKEDATA or POKEUSR.
  const injections = sampleEvents().filter(
    (e) =>
      e.body.evt.name === 'ptrace' &&
      ['PTRACE_POKETEXT', 'PTRACE_POKEDATA', 'PTRACE_POKEUSR'].includes(
        at(e.body, 'ptrace.request') as string,
      ),
  );
  expect(injections.length).toBeGreaterThan(0);
  const rule = report.locator('[data-testid="policy-rule"][data-rule-id="ptrace_injection"]');
  await expect(rule).toHaveAttribute('data-matches', String(injections.length));
  await rule.getByRole('button').click();
  await expect(app.page.getByTestId('rule-input')).toHaveValue(/PTRACE_POKETEXT/);
  await app.expectMatching(injections.length);
  await expect.poll(() => shownIds(app)).toEqual(injections.map((e) => e.id).sort());

  // A recent policy: rules for other agent versions or platforms are listed as skipped.
  await app.page.getByTestId('open-policy').setInputFiles(POLICY_1_69);
  await expect(report.getByTestId('policy-totals')).toContainText('319 rules', { timeout: 45_000 });
  const skipped = report.locator('[data-testid="policy-rule"][data-status="skipped"]');
  expect(await skipped.count()).toBeGreaterThan(0);
  await expect(skipped.first().getByTestId('policy-rule-reason')).toContainText(
    /agent_version|filter|disabled/,
  );
});

/** A policy file (as `setInputFiles` takes it) of `lines`. */
function policyFile(name: string, lines: readonly string[]) {
  return { name, mimeType: 'text/yaml', buffer: Buffer.from(lines.join('\n')) };
}

/** Many rules matching nothing: several seconds of evaluation over the sample. */
function manyRules(count: number) {
  const lines = ['rules:'];
  for (let i = 0; i < count; i++) {
    lines.push(`  - id: generated_${i}`);
    lines.push(`    expression: open.file.path =~ "/gen/${i}/*" || process.args =~ "*--gen-${i}*"`);
  }
  return policyFile('many-rules.policy', lines);
}

test('a policy run shows its progress; Cancel leaves a partial report', async ({ app }) => {
  await openRulesMode(app);
  await app.page.getByTestId('open-policy').setInputFiles(manyRules(5000));
  const report = app.page.getByTestId('policy-report');
  const progress = report.getByTestId('policy-progress');
  await expect(progress).toHaveAttribute('data-phase', 'evaluating', { timeout: 20_000 });
  await expect(progress).toContainText(/Evaluating: [\d,]+ \/ 5,000 rules, 0 matches so far/);
  await expect(progress.getByRole('progressbar')).toHaveAttribute('max', '5000');
  await progress.getByTestId('policy-cancel').click();

  await expect(progress).toHaveCount(0);
  await expect(report.getByTestId('policy-partial')).toContainText(
    /Cancelled — partial: [\d,]+ of 5,000 rules/,
  );
  await expect(report.getByTestId('policy-totals')).toHaveAttribute('data-partial', 'true');
  const done = await report.getByTestId('policy-rule').count();
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThan(5000);
  await expect(app.page.getByTestId('open-policy-button')).toBeEnabled();
});

test('a rule in force that names a policy macro is applied again with it', async ({ app }) => {
  await openRulesMode(app);
  const openPaths = new Map<string, number>();
  for (const e of sampleEvents()) {
    const path = at(e.body, 'file.path');
    if (e.body.evt.name === 'open' && typeof path === 'string') {
      openPaths.set(path, (openPaths.get(path) ?? 0) + 1);
    }
  }
  const shadow = openPaths.get('/etc/shadow') ?? 0;
  const [other, otherCount] = [...openPaths].find(([, n]) => n !== shadow) ?? ['', 0];
  expect(shadow).toBeGreaterThan(0);
  expect(otherCount).toBeGreaterThan(0);
  const withMacro = (path: string) =>
    policyFile('macro.policy', [
      'macros:',
      '  - id: watched_paths',
      `    values: [${JSON.stringify(path)}]`,
      'rules:',
      '  - id: watched_open',
      '    expression: open.file.path in watched_paths',
    ]);
  const totals = app.page.getByTestId('policy-totals');
  const rule = app.page.locator('[data-testid="policy-rule"][data-rule-id="watched_open"]');

  // Before any policy the macro is unknown: the rule is not applied.
  await app.applyRule('open.file.path in watched_paths');
  await expect(app.page.getByTestId('rule-error')).toHaveCount(1);

  await app.page.getByTestId('open-policy').setInputFiles(withMacro('/etc/shadow'));
  await expect(totals).toContainText('1 rules');
  await expect(rule).toHaveAttribute('data-matches', String(shadow));
  await expect(app.page.getByTestId('rule-error')).toHaveCount(0);
  await app.expectMatching(shadow);

  await app.page.getByTestId('open-policy').setInputFiles(withMacro(other));
  await expect(rule).toHaveAttribute('data-matches', String(otherCount));
  await app.expectMatching(otherCount);
});

/** Events of the sample for which `test` holds. */
function countOf(test: (e: SampleEvent) => boolean): number {
  return sampleEvents().filter(test).length;
}

const isShadowOpen = (e: SampleEvent) =>
  e.body.evt.name === 'open' && at(e.body, 'file.path') === '/etc/shadow';
const isShellExec = (e: SampleEvent) =>
  e.body.evt.name === 'exec' &&
  ['sh', 'bash', 'dash'].includes(at(e.body, 'process.executable.name') as string);

/** Four rules, one per verdict: undecided twice (a filter, a field), matched, not matched. */
const TRI_STATE_POLICY = policyFile('tri-state.policy', [
  'rules:',
  '  - id: shadow_on_kernel5',
  '    description: /etc/shadow read, on 5.x kernels only',
  '    filters: ["kernel.version.major == 5"]',
  '    expression: open.file.path == "/etc/shadow"',
  '  - id: shell_exec_is_exec',
  '    expression: exec.file.name in ["sh", "bash", "dash"] && process.is_exec',
  '  - id: shadow_read',
  '    expression: open.file.path == "/etc/shadow" && process.pid > 0',
  '  - id: never_here',
  '    expression: open.file.path == "/nowhere/at/all"',
]);

function policyRule(app: AppPage, id: string): Locator {
  return app.page.locator(`[data-testid="policy-rule"][data-rule-id="${id}"]`);
}

/** The view's counts: matching, undecided, and the table's rows (its grid's row count). */
async function expectView(app: AppPage, matching: number, undecided: number): Promise<void> {
  await app.expectMatching(matching);
  await expect(app.page.getByTestId('stat-undecided')).toHaveAttribute(
    'data-value',
    String(undecided),
  );
  await expect(app.page.getByTestId('event-table')).toHaveAttribute(
    'aria-rowcount',
    String(matching + undecided + 1),
  );
}

test('an undecidable rule is undecided, not matched: report, counts and table agree', async ({
  app,
}) => {
  const shadow = countOf(isShadowOpen);
  const shells = countOf(isShellExec);
  expect(shadow).toBeGreaterThan(0);
  expect(shells).toBeGreaterThan(shadow);
  await openRulesMode(app);
  await app.page.getByTestId('open-policy').setInputFiles(TRI_STATE_POLICY);
  const totals = app.page.getByTestId('policy-totals');
  await expect(totals).toHaveAttribute('data-matched', '1');
  await expect(totals).toHaveAttribute('data-undecided', '2');
  await expect(totals).toHaveAttribute('data-not-matched', '1');
  await expect(totals).toContainText('1 matched, 2 undecided, 1 not matched');

  const expected = [
    ['shadow_on_kernel5', 'undecided', 0, shadow],
    ['shell_exec_is_exec', 'undecided', 0, shells],
    ['shadow_read', 'matched', shadow, 0],
    ['never_here', 'not-matched', 0, 0],
  ] as const;
  for (const [id, verdict, matches, undecided] of expected) {
    const rule = policyRule(app, id);
    await expect(rule, id).toHaveAttribute('data-verdict', verdict);
    await expect(rule, id).toHaveAttribute('data-matches', String(matches));
    await expect(rule, id).toHaveAttribute('data-undecided', String(undecided));
  }
  await expect(
    policyRule(app, 'shadow_on_kernel5').getByTestId('policy-rule-undecided-filter'),
  ).toContainText('kernel.version.major == 5');

  // The rule whose filter cannot be decided: no match, its events listed as undecided.
  await policyRule(app, 'shadow_on_kernel5').getByRole('button').click();
  await expectView(app, 0, shadow);
  await expect(app.rows()).toHaveCount(shadow);
  for (const row of await app.rows().all()) {
    await expect(row).toHaveAttribute('data-rule-result', 'unknown');
    await expect(row.getByTestId('rule-undecided')).toBeVisible();
  }
  await expect(app.page.getByTestId('rule-load-note')).toContainText('shadow_on_kernel5');
  await app.selectRow(0);
  await expect(app.detail().getByTestId('rule-match')).toHaveAttribute('data-result', 'unknown');

  // The same events under a rule that decides them: matches, unmarked.
  await policyRule(app, 'shadow_read').getByRole('button').click();
  await expectView(app, shadow, 0);
  await expect(app.rows()).toHaveCount(shadow);
  await expect(app.rows().first()).toHaveAttribute('data-rule-result', 'true');
  await expect(app.page.getByTestId('rule-undecided')).toHaveCount(0);
  await expect(app.page.getByTestId('rule-load-note')).toHaveCount(0);

  // A field the export lacks: every shell exec undecided, none matched.
  await policyRule(app, 'shell_exec_is_exec').getByRole('button').click();
  await expectView(app, 0, shells);
  await expect(app.page.getByTestId('rule-note')).toHaveAttribute('data-field', 'process.is_exec');
  await expect(app.rows().first()).toHaveAttribute('data-rule-result', 'unknown');

  // The query narrows the undecided events as it narrows matches.
  await app.search('@process.comm:nothing-is-called-this');
  await expectView(app, 0, 0);
});

test('Close hides the policy report; it stays reachable until another policy is opened', async ({
  app,
}) => {
  await openRulesMode(app);
  const report = app.page.getByTestId('policy-report');
  const show = app.page.getByTestId('policy-report-show');
  await expect(show).toHaveCount(0);
  await app.page.getByTestId('open-policy').setInputFiles(TRI_STATE_POLICY);
  await expect(report.getByTestId('policy-totals')).toHaveAttribute('data-undecided', '2');

  await report.getByTestId('policy-report-close').click();
  await expect(report).toHaveCount(0);
  await show.click();
  await expect(report.getByTestId('policy-totals')).toHaveAttribute('data-undecided', '2');
  await expect(show).toHaveCount(0);

  // Still there after leaving rules mode and coming back.
  await report.getByTestId('policy-report-close').click();
  await app.page.getByTestId('mode-search').click();
  await app.page.getByTestId('mode-rules').click();
  await show.click();
  await expect(report).toContainText('tri-state.policy');

  // Another policy replaces it.
  await app.page
    .getByTestId('open-policy')
    .setInputFiles(
      policyFile('other.policy', [
        'rules:',
        '  - id: only_rule',
        '    expression: exec.file.name == "sh"',
      ]),
    );
  await expect(report).toContainText('other.policy');
  await expect(report.getByTestId('policy-rule')).toHaveCount(1);
});

test('the rule box suggests SECL fields with their description; Enter takes one', async ({
  app,
}) => {
  await openRulesMode(app);
  const input = app.page.getByTestId('rule-input');
  await input.pressSequentially('open.file.pa');
  const option = app.page.locator('[data-testid="suggestion"][data-value="open.file.path"]');
  await expect(option).toContainText('File path');
  await expect(option).toContainText('string');
  // Highlight it with the arrows, whatever is highlighted at first.
  for (let i = 0; i < 10 && (await option.getAttribute('aria-selected')) !== 'true'; i++) {
    await input.press('ArrowDown');
  }
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');
  await expect(input).toHaveValue('open.file.path');
  await expect(app.page.getByTestId('suggestion')).toHaveCount(0);
  await input.pressSequentially(' == "/etc/shadow"');
  await input.press('Enter');
  await app.expectMatching(countOf(isShadowOpen));

  // A misspelt field: the error names the nearest fields.
  await app.applyRule('open.filepath == "/etc/shadow"');
  await expect(app.page.getByTestId('rule-error')).toContainText(
    "unknown field 'open.filepath' — did you mean open.file.path?",
  );
});

test('the "not indexed" note goes with the rule that needed the read', async ({ app }) => {
  await openRulesMode(app);
  const note = app.page.getByTestId('slow-fields-note');
  await app.applyRule('chmod.file.destination.mode & S_IXUSR > 0');
  await expect(note).toContainText('@file.destination.mode');
  await app.applyRule('open.file.path == "/etc/shadow"');
  await app.expectMatching(countOf(isShadowOpen));
  await expect(note).toHaveCount(0);
});
