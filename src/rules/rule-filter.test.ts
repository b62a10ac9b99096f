// The worker's rule filter and explanations against the reference evaluator: the generated
// events (with the intrusion storyline) are opened in an engine, and every rule — the
// storyline steps, the 1.10.0 and 1.69.3 default policies — must select exactly the events
// `evaluateRule` finds true on the parsed bodies.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateEvents } from '../../scripts/generator/generate-events';
import type { GeneratedEvent } from '../../scripts/generator/types';
import type { ViewSpec } from '../protocol/messages';
import { DEFAULT_SORT } from '../protocol/messages';
import type { CompiledRule } from '../secl';
import { Tri, compileRule, evaluateRule, loadPolicy } from '../secl';
import { Engine } from '../worker/engine';

const POLICIES = '/work/shared/reference/policies';
const POLICY = readFileSync(`${POLICIES}/default.policy.v1.10.0.yaml`, 'utf8');
const RECENT_POLICY = readFileSync(`${POLICIES}/default.policy.v1.69.3.yaml`, 'utf8');
const events: readonly GeneratedEvent[] = [...generateEvents({ count: 3000, seed: 1 })];

function spec(rule: string | undefined, query = ''): ViewSpec {
  return { query, range: undefined, sort: DEFAULT_SORT, fields: [], rule };
}

function expectedKeys(rule: CompiledRule): number[] {
  return events.flatMap((e, key) => (evaluateRule(rule, e.body).result === Tri.True ? [key] : []));
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
    'unlink.file.path == "/tmp/.x" && process.ancestors[_].file.name == "dash" && process.ancestors[_].args =~ "*/etc/shadow*"',
    'open.file.path != "/etc/shadow"',
    'exec.file.name == "curl" || exec.file.name == "wget"',
  ];

  it.each(steps)('selects exactly what the reference evaluator finds: %s', async (expression) => {
    const compiled = compileRule(expression);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
    const expected = expectedKeys(compiled.rule);
    const summary = await engine.viewSet(spec(expression));
    expect(summary.ruleErrors).toEqual([]);
    expect(summary.matching).toBe(expected.length);
    if (expected.length <= 1000) expect(viewKeys(engine)).toEqual(expected);
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
        const expected = rule.status === 'compiled' ? expectedKeys(rule.rule).length : 0;
        expect(got?.matches, rule.id).toBe(expected);
      }
      const status = (s: string) => report.rules.filter((r) => r.status === s).length;
      console.log(
        `${name} policy: ${report.rules.length} rules, ${status('compiled')} compiled, ` +
          `${status('skipped')} skipped, ${status('error')} with errors`,
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
});
