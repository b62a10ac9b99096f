// The worker's rule filter and explanations against the reference evaluator: the generated
// events (with the intrusion storyline) are opened in an engine, and every rule — the
// storyline steps, the 1.10.0 and 1.69.3 default policies — must count as matches exactly the
// events `evaluateRule` finds true on the parsed bodies, and as undecided exactly those it finds
// unknown; the view shows both, each row marked with its result.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateEvents } from '../../scripts/generator/generate-events';
import type { GeneratedEvent } from '../../scripts/generator/types';
import type { ViewSpec } from '../protocol/messages';
import { DEFAULT_SORT } from '../protocol/messages';
import type { CompiledRule } from '../secl';
import { Tri, compileRule, evaluateRule, loadPolicy } from '../secl';
import { parseSecl } from '../secl/parser';
import { DEFAULT_AGENT_VERSION } from '../secl/policy';
import { Engine } from '../worker/engine';

const POLICIES = '/work/shared/reference/policies';
const POLICY = readFileSync(`${POLICIES}/default.policy.v1.10.0.yaml`, 'utf8');
const RECENT_POLICY = readFileSync(`${POLICIES}/default.policy.v1.69.3.yaml`, 'utf8');
const events: readonly GeneratedEvent[] = [...generateEvents({ count: 3000, seed: 1 })];

function spec(rule: string | undefined, query = ''): ViewSpec {
  return { query, range: undefined, sort: DEFAULT_SORT, fields: [], rule };
}

function expectedKeys(rule: CompiledRule, result: Tri = Tri.True): number[] {
  return events.flatMap((e, key) => (evaluateRule(rule, e.body).result === result ? [key] : []));
}

function viewKeys(engine: Engine): number[] {
  return engine
    .rowsWindow(0, 1000)
    .rows.map((r) => r.key)
    .sort((a, b) => a - b);
}

let engine: Engine;

beforeAll(async () => {
  engine = new Engine(() => undefined);
  const text = events.map((e) => JSON.stringify(e.body)).join('\n');
  await engine.open([{ file: new File([text], 'events.ndjson'), path: 'events.ndjson' }]);
});

describe('rules mode in the engine', () => {
  const steps = [
    'open.file.path == "/etc/shadow"',
    'open.file.path == "/etc/shadow" && process.file.name in ["cat", "less"]',
    'exec.file.name in ["sh", "bash", "dash"] && process.ancestors.file.name in ["nginx", "apache2", "httpd"]',
    'load_module.loaded_from_memory == false && load_module.file.path =~ "/tmp/*"',
    'ptrace.request in [PTRACE_ATTACH, PTRACE_POKETEXT, PTRACE_POKEDATA] && ptrace.tracee.pid != process.pid',
    'chmod.file.destination.mode & S_IXUSR > 0 && chmod.file.path =~ "/tmp/**"',
    'unlink.file.path == "/tmp/.x" && process.ancestors[A].file.name == "dash" && process.ancestors[A].args =~ "*/etc/shadow*"',
    'open.file.path != "/etc/shadow"',
    'exec.file.name == "curl" || exec.file.name == "wget"',
    // Unknown on every exec (the export does not say whether it was an exec).
    'exec.file.path != "" && process.is_exec',
    // Unknown where events lack the field, true or false elsewhere.
    'open.file.path =~ "/etc/*" || process.is_exec',
  ];

  it.each(steps)('counts what the reference evaluator finds: %s', async (expression) => {
    const compiled = compileRule(expression);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
    const matched = expectedKeys(compiled.rule);
    const undecided = expectedKeys(compiled.rule, Tri.Unknown);
    const summary = await engine.viewSet(spec(expression));
    expect(summary.ruleErrors).toEqual([]);
    expect(summary.matching).toBe(matched.length);
    expect(summary.undecided).toBe(undecided.length);
    const shown = [...matched, ...undecided].sort((a, b) => a - b);
    if (shown.length <= 1000) {
      expect(viewKeys(engine)).toEqual(shown);
      const rows = engine.rowsWindow(0, 1000).rows;
      const unknownRows = rows.filter((r) => r.ruleResult === 'unknown').map((r) => r.key);
      expect(unknownRows.sort((a, b) => a - b)).toEqual(undecided);
      expect(rows.every((r) => r.ruleResult === 'true' || r.ruleResult === 'unknown')).toBe(true);
    }
  });

  it('counts the undecided events of the view, after the query', async () => {
    const rule = 'exec.file.path != "" && process.is_exec';
    const compiled = compileRule(rule);
    if (!compiled.ok) throw new Error('no compile');
    const unknown = expectedKeys(compiled.rule, Tri.Unknown);
    const all = await engine.viewSet(spec(rule));
    expect(all).toMatchObject({ matching: 0, undecided: unknown.length });
    expect(all.undecided).toBeGreaterThan(0);
    const comm = (key: number) => (events[key]?.body['process'] as { comm?: string }).comm;
    const first = comm(unknown[0] ?? -1) ?? '';
    const narrowed = await engine.viewSet(spec(rule, `-@process.comm:${first}`));
    expect(narrowed.undecided).toBe(unknown.filter((k) => comm(k) !== first).length);
    expect(narrowed.undecided).toBeLessThan(all.undecided);
    const none = await engine.viewSet(spec(undefined));
    expect(none.undecided).toBe(0);
  });

  it('applies the rule AND the query', async () => {
    const rule = 'open.file.path =~ "/etc/*"';
    const compiled = compileRule(rule);
    if (!compiled.ok) throw new Error('no compile');
    const expected = expectedKeys(compiled.rule).filter(
      (k) => (events[k]?.body['process'] as { comm?: string } | undefined)?.comm !== 'cat',
    );
    const summary = await engine.viewSet(spec(rule, '-@process.comm:cat'));
    expect(summary.matching).toBe(expected.length);
    expect(summary.matching).toBeGreaterThan(0);
  });

  it('keeps the previous view in force for a rule that does not compile, with the error', async () => {
    const before = await engine.viewSet(spec('open.file.path == "/etc/shadow"'));
    const after = await engine.viewSet(spec('open.file.path == "/etc/shadow" &&'));
    expect(after.ruleErrors).toHaveLength(1);
    expect(after.ruleErrors[0]?.position).toBe(34);
    expect(after.ruleErrors[0]?.message).toMatch(/expected/);
    expect(after.matching).toBe(before.matching);
    expect(after.spec.rule).toBe('open.file.path == "/etc/shadow"');
    const unknownField = await engine.viewSet(spec('open.file.nope == "x"'));
    expect(unknownField.ruleErrors[0]).toMatchObject({ position: 0, length: 14 });
  });

  it('says which fields evaluate to unknown offline', async () => {
    const summary = await engine.viewSet(spec('exec.file.path != "" && process.is_exec'));
    expect(summary.ruleErrors).toEqual([]);
    expect(summary.ruleNotes.map((n) => n.field)).toContain('process.is_exec');
  });

  it('explains each sub-expression on an event, with field, value and result', async () => {
    const rule = 'open.file.path == "/etc/shadow" && process.file.name in ["cat", "less"]';
    await engine.viewSet(spec(rule));
    const [row] = engine.rowsWindow(0, 1).rows;
    if (row === undefined) throw new Error('no match');
    const explained = engine.ruleExplain(row.key);
    expect(explained).toMatchObject({ result: 'true', eventType: 'open', typeMatches: true });
    expect(explained?.leaves).toEqual([
      expect.objectContaining({
        text: 'open.file.path == "/etc/shadow"',
        position: 0,
        field: 'open.file.path',
        value: '"/etc/shadow"',
        result: 'true',
      }),
      expect.objectContaining({ field: 'process.file.name', result: 'true' }),
    ]);
    const other = events.findIndex((e) => e.body.evt.name === 'exec');
    expect(engine.ruleExplain(other)).toMatchObject({ result: 'false', typeMatches: false });
    await engine.viewSet(spec(undefined));
    expect(engine.ruleExplain(row.key)).toBeUndefined();
  });
});

describe('the note on fields read from the raw events', () => {
  it('stays with the rule that needed them, not with the next one', async () => {
    const fresh = new Engine(() => undefined);
    const text = events.map((e) => JSON.stringify(e.body)).join('\n');
    await fresh.open([{ file: new File([text], 'events.ndjson'), path: 'events.ndjson' }]);
    const slowRule = 'chmod.file.destination.mode & S_IXUSR > 0';
    const first = await fresh.viewSet(spec(slowRule));
    expect(first.slowFields).toContain('@file.destination.mode');
    // Applied again (a refresh while loading, a re-sent view): still that view's note.
    expect((await fresh.viewSet(spec(slowRule))).slowFields).toEqual(first.slowFields);
    const indexedRule = await fresh.viewSet(spec('open.file.path == "/etc/shadow"'));
    expect(indexedRule.slowFields).toEqual([]);
    expect((await fresh.viewSet(spec(slowRule))).slowFields).toEqual([]);
    await fresh.viewSet(spec(slowRule));
    expect((await fresh.viewSet(spec(undefined))).slowFields).toEqual([]);
  });
});

describe('policy runs in the engine', () => {
  it.each([
    ['1.10.0', POLICY],
    ['1.69.3', RECENT_POLICY],
  ])(
    'counts every rule of the %s policy as the reference evaluator does',
    async (name, yaml) => {
      const report = await engine.policyRun(yaml, {});
      const reference = loadPolicy(yaml);
      expect(report.errors).toEqual([]);
      expect(report.total).toBe(events.length);
      expect(report.rules).toHaveLength(reference.rules.length);
      for (const [i, rule] of reference.rules.entries()) {
        const got = report.rules[i];
        expect(got?.id).toBe(rule.id);
        expect(got?.status, rule.id).toBe(rule.status);
        if (rule.status !== 'compiled') {
          expect(got).toMatchObject({ matches: 0, undecided: 0 });
          continue;
        }
        const matched = expectedKeys(rule.rule).length;
        const undecided = expectedKeys(rule.rule, Tri.Unknown).length;
        // A rule the agent may not load decides nothing: what it would match is undecided.
        const expected =
          rule.undecidedFilters.length > 0
            ? { matches: 0, undecided: matched + undecided }
            : { matches: matched, undecided };
        expect({ matches: got?.matches, undecided: got?.undecided }, rule.id).toEqual(expected);
      }
      const status = (s: string) => report.rules.filter((r) => r.status === s).length;
      const parsed = reference.rules.filter((r) => parseSecl(r.expression).ok).length;
      const skippedFor = (reason: RegExp) =>
        report.rules.filter((r) => r.status === 'skipped' && reason.test(r.reason ?? '')).length;
      const dependsOnExport = reference.rules.filter(
        (r) => r.status === 'compiled' && r.unknownNotes.length > 0,
      ).length;
      // The figures quoted in the README ("Rules"): every rule parses; no rule fails to load.
      expect(parsed).toBe(reference.rules.length);
      expect(status('error')).toBe(0);
      console.log(
        `${name} policy as agent ${DEFAULT_AGENT_VERSION} on linux: ${report.rules.length} rules, ` +
          `${parsed} parse, ${status('compiled')} load and evaluate ` +
          `(${dependsOnExport} read something an export may not carry), ` +
          `${status('skipped')} skipped (${skippedFor(/^agent_version/)} by agent_version, ` +
          `${skippedFor(/^filter/)} by filters, ${skippedFor(/^disabled$/)} disabled, ` +
          `${skippedFor(/defined more than once|override|enables rule/)} duplicate ids), ` +
          `${status('error')} with errors`,
      );
      for (const rule of report.rules.filter((r) => r.status === 'skipped'))
        expect(rule.reason, rule.id).toBeTruthy();
    },
    60_000,
  );

  it('lists skipped rules with the reason and keeps the macros for later rules', async () => {
    const yaml = [
      'macros:',
      '  - id: shells',
      '    values: ["sh", "bash", "dash"]',
      'rules:',
      '  - id: shell_exec',
      '    expression: exec.file.name in shells',
      '  - id: future_only',
      '    agent_version: ">= 99.0.0"',
      '    expression: exec.file.name == "x"',
      '  - id: windows_only',
      '    filters: [\'os == "windows"\']',
      '    expression: exec.file.name == "x"',
      '  - id: broken',
      '    expression: exec.file.name ==',
    ].join('\n');
    const report = await engine.policyRun(yaml, {});
    const byId = new Map(report.rules.map((r) => [r.id, r]));
    expect(byId.get('shell_exec')?.matches).toBeGreaterThan(0);
    expect(byId.get('future_only')).toMatchObject({ status: 'skipped' });
    expect(byId.get('future_only')?.reason).toMatch(/agent_version/);
    expect(byId.get('windows_only')).toMatchObject({ status: 'skipped' });
    expect(byId.get('windows_only')?.reason).toMatch(/filter/);
    expect(byId.get('broken')?.errors[0]?.position).toBe(17);
    const summary = await engine.viewSet(spec('exec.file.name in shells'));
    expect(summary.ruleErrors).toEqual([]);
    expect(summary.matching).toBe(byId.get('shell_exec')?.matches);
  });

  it('counts a rule whose filter cannot be decided as undecided, in the report and the view', async () => {
    const expression = 'exec.file.name in ["sh", "bash", "dash"]';
    const yaml = [
      'rules:',
      '  - id: shell_on_kernel5',
      '    filters: ["kernel.version.major == 5"]',
      `    expression: '${expression}'`,
    ].join('\n');
    const compiled = compileRule(expression);
    if (!compiled.ok) throw new Error('no compile');
    const wouldMatch = expectedKeys(compiled.rule).length;
    expect(wouldMatch).toBeGreaterThan(0);

    const report = await engine.policyRun(yaml, {});
    expect(report.rules[0]).toMatchObject({
      id: 'shell_on_kernel5',
      status: 'compiled',
      matches: 0,
      undecided: wouldMatch,
      undecidedFilters: ['kernel.version.major == 5'],
    });
    // The same expression in the rule box is that policy rule: the counts agree.
    const summary = await engine.viewSet(spec(expression));
    expect(summary).toMatchObject({ matching: 0, undecided: wouldMatch });
    expect(summary.ruleUndecidedLoad).toEqual({
      ruleId: 'shell_on_kernel5',
      filters: ['kernel.version.major == 5'],
    });
    const [row] = engine.rowsWindow(0, 1).rows;
    expect(row?.ruleResult).toBe('unknown');
    const explained = row === undefined ? undefined : engine.ruleExplain(row.key);
    expect(explained).toMatchObject({ result: 'unknown', typeMatches: true });
    expect(explained?.undecidedLoad?.ruleId).toBe('shell_on_kernel5');
    expect(explained?.leaves.every((l) => l.result === 'true')).toBe(true);

    // Another rule is decided as usual.
    const other = await engine.viewSet(spec(`${expression} && process.pid > 0`));
    expect(other).toMatchObject({ matching: wouldMatch, undecided: 0 });
    expect(other.ruleUndecidedLoad).toBeUndefined();
  });
});
