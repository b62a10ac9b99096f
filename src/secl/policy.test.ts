// Policy loading: both reference default policies compile rule by rule, rules are skipped for
// the agent version, OS and `disabled`, and malformed or hostile YAML never throws.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldSpec } from './field-map';
import type { PolicyRule } from './policy';
import { loadPolicy } from './policy';
import { inSeedSchema } from './seed-schema';

const read = (file: string) => readFileSync(`/work/shared/reference/policies/${file}`, 'utf8');

function counts(rules: readonly PolicyRule[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const rule of rules) out[rule.status] = (out[rule.status] ?? 0) + 1;
  return out;
}

/** Whether every field of a compiled rule reads paths the seed schema has. */
function onSeedSchema(rule: Extract<PolicyRule, { status: 'compiled' }>): boolean {
  return rule.rule.fields.every((name) => {
    const spec = fieldSpec(name);
    const accessor = spec?.accessor;
    if (accessor === undefined) return false;
    const prefix = spec?.iterator === undefined ? '' : `${spec.iterator}.`;
    return accessor.paths.some(
      (path) => inSeedSchema(`${prefix}${path}`) || path === 'evt.outcome',
    );
  });
}

describe('reference policies', () => {
  it('compiles every rule of the seed-era policy (v1.10.0)', () => {
    const policy = loadPolicy(read('default.policy.v1.10.0.yaml'));
    const c = counts(policy.rules);
    console.log(`default.policy.v1.10.0: ${policy.rules.length} rules, ${JSON.stringify(c)}`);
    expect(policy.errors).toEqual([]);
    expect(policy.macros.filter((m) => m.status !== 'loaded')).toEqual([]);
    expect(c).toEqual({ compiled: 119 });
    const seed = policy.rules.filter((r) => r.status === 'compiled' && onSeedSchema(r));
    console.log(`  ${seed.length} of them use only fields of the seed schema`);
    expect(seed.length).toBeGreaterThan(100);
  });

  it('compiles every rule of the latest policy (v1.69.3) that loads on a recent Linux agent', () => {
    const policy = loadPolicy(read('default.policy.v1.69.3.yaml'));
    const c = counts(policy.rules);
    console.log(`default.policy.v1.69.3: ${policy.rules.length} rules, ${JSON.stringify(c)}`);
    expect(policy.errors).toEqual([]);
    expect(policy.rules.filter((r) => r.status === 'error')).toEqual([]);
    expect(c).toEqual({ compiled: 257, skipped: 62 });
    const reasons = new Set(
      policy.rules.flatMap((r) => (r.status === 'skipped' ? [r.reason] : [])),
    );
    expect(reasons).toEqual(
      new Set([
        "agent_version '< 7.71' excludes agent 7.73.0",
        "agent_version '>=7.65 <7.70' excludes agent 7.73.0",
        `filter 'os == "windows"' excludes linux`,
      ]),
    );
    const dirtyPipe = policy.rules.find((r) => r.id === 'dirty_pipe_attempt');
    expect(dirtyPipe?.status).toBe('compiled');
    // Its kernel-version filter cannot be decided without the host's kernel: loaded, but
    // whether the agent would run it stays undecided.
    expect(dirtyPipe?.undecidedFilters).toHaveLength(1);
    expect(dirtyPipe?.undecidedFilters[0]).toContain('kernel.version.major == 5');
    expect(dirtyPipe?.notes).toEqual([]);
  });

  it('compiles the rules skipped above when evaluating as an older agent or as Windows', () => {
    const older = loadPolicy(read('default.policy.v1.69.3.yaml'), { agentVersion: '7.69.0' });
    expect(older.rules.filter((r) => r.status === 'error')).toEqual([]);
    expect(counts(older.rules).compiled).toBe(254);
    const windows = loadPolicy(read('default.policy.v1.69.3.yaml'), { os: 'windows' });
    expect(windows.rules.filter((r) => r.status === 'error')).toEqual([]);
    const certutil = windows.rules.find((r) => r.id === 'certutil_usage');
    expect(certutil?.status === 'compiled' && certutil.unknownNotes.length).toBeGreaterThan(0);
  });

  it('keeps rule metadata and unknown-field notes', () => {
    const policy = loadPolicy(read('default.policy.v1.69.3.yaml'));
    const rule = policy.rules.find((r) => r.id === 'interactive_shell_in_container_v2');
    expect(rule?.status).toBe('compiled');
    if (rule?.status !== 'compiled') return;
    expect(rule.description).toContain('interactive shell');
    expect(rule.rule.eventType).toBe('exec');
    expect(rule.unknownNotes.map((n) => n.field)).toContain('${cgroup.rtl_process_args_mqzKZ}');
  });
});

describe('policy loading', () => {
  it('skips disabled rules, reports rule and macro problems', () => {
    const policy = loadPolicy(`
macros:
  - id: SHELLS
    expression: '["/bin/sh"]'
  - id: BAD
    expression: '["/bin/sh"'
  - id: WINDOWS_ONLY
    expression: '["cmd.exe"]'
    filters: ['os == "windows"']
rules:
  - id: shell
    expression: exec.file.path in SHELLS
  - id: off
    expression: exec.file.path in SHELLS
    disabled: true
  - id: uses_bad
    expression: exec.file.path in BAD
  - id: parse_error
    expression: exec.file.path ==
  - id: no_expression
  - expression: exec.comm == "x"
  - id: future
    expression: exec.comm == "x"
    agent_version: '>= 8.0'
  - id: weird_version
    expression: exec.comm == "x"
    agent_version: 'soon'
  - id: shell
    expression: exec.comm == "sh"
`);
    expect(policy.errors).toEqual([]);
    expect(policy.macros).toEqual([
      { id: 'WINDOWS_ONLY', status: 'skipped', message: `filter 'os == "windows"' excludes linux` },
      { id: 'SHELLS', status: 'loaded' },
      { id: 'BAD', status: 'error', message: expect.stringContaining('expected') },
    ]);
    const byId = (id: string) => policy.rules.filter((r) => r.id === id);
    expect(byId('shell').map((r) => r.status)).toEqual(['compiled', 'skipped']);
    expect(byId('off')[0]).toMatchObject({ status: 'skipped', reason: 'disabled' });
    expect(byId('uses_bad')[0]).toMatchObject({
      status: 'error',
      errors: [{ message: expect.stringContaining("macro 'BAD' does not parse") }],
    });
    expect(byId('parse_error')[0]).toMatchObject({ status: 'error', errors: [{ position: 17 }] });
    expect(byId('no_expression')[0]).toMatchObject({ status: 'error' });
    expect(byId('#6')[0]).toMatchObject({
      status: 'error',
      errors: [{ message: 'a rule needs an id' }],
    });
    expect(byId('future')[0]).toMatchObject({
      status: 'skipped',
      reason: "agent_version '>= 8.0' excludes agent 7.73.0",
    });
    expect(byId('weird_version')[0]).toMatchObject({ status: 'error' });
    expect(loadPolicy('rules: []', { agentVersion: '8.1' }).rules).toEqual([]);
    const atVersion = loadPolicy(
      'rules: [{id: f, expression: "exec.comm == \\"x\\"", agent_version: ">= 8.0"}]',
      { agentVersion: '8.1' },
    );
    expect(atVersion.rules[0]?.status).toBe('compiled');
  });

  it('never throws on malformed or hostile YAML', () => {
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
rules: *g`;
    const inputs = [
      '',
      '[1, 2]',
      'rules: 3',
      'rules: [1, "x", null, {id: [1]}]',
      'macros: {a: 1}\nrules: [{id: x, expression: 42}]',
      ': : :\n  - [',
      '\u0000\u0001',
      bomb,
      `rules:\n${'  - id: x\n    expression: a\n'.repeat(2000)}`,
      `rules:\n  - id: deep\n    expression: "${'('.repeat(3000)}"`,
      'macros: [{id: A, expression: "A"}]\nrules: [{id: r, expression: "A"}]',
    ];
    for (const input of inputs) {
      const started = performance.now();
      expect(() => loadPolicy(input)).not.toThrow();
      expect(performance.now() - started).toBeLessThan(3000);
    }
    expect(loadPolicy('').errors).toEqual(['not a policy: expected a mapping with "rules"']);
    expect(loadPolicy(bomb).errors[0]).toContain('not a valid YAML policy');
    expect(loadPolicy('rules: 3').errors).toEqual(['"rules" is not a list']);
  });
});

// Duplicate ids as the agent merges them: `RuleSet.LoadPolicies` (pkg/security/secl/rules/
// ruleset.go) keeps the first accepted definition and calls `PolicyRule.MergeWith`
// (pkg/security/secl/rules/policy.go), which reports no error.
describe('duplicate rule ids', () => {
  const load = (rules: string) => loadPolicy(`rules:\n${rules}`, { agentVersion: '7.71.0' });
  const compiledExpression = (rule: PolicyRule | undefined) =>
    rule?.status === 'compiled' ? rule.expression : undefined;

  it('keeps the first definition and names the ignored one', () => {
    const policy = load(`
  - id: dup
    expression: exec.comm == "first"
  - id: dup
    expression: exec.comm == "second"
`);
    expect(compiledExpression(policy.rules[0])).toBe('exec.comm == "first"');
    expect(policy.rules[1]).toMatchObject({
      status: 'skipped',
      reason: expect.stringContaining('keeps the first definition and ignores this one'),
    });
  });

  it('counts only definitions accepted for the agent version', () => {
    const policy = load(`
  - id: dup
    expression: exec.comm == "newer"
    agent_version: '>= 8.0'
  - id: dup
    expression: exec.comm == "current"
`);
    expect(policy.rules[0]).toMatchObject({ status: 'skipped' });
    expect(compiledExpression(policy.rules[1])).toBe('exec.comm == "current"');
  });

  it('keeps the first expression with combine: override, as agents from 7.65 do', () => {
    const policy = load(`
  - id: dup
    expression: exec.comm == "first"
  - id: dup
    expression: exec.comm == "override"
    combine: override
`);
    expect(compiledExpression(policy.rules[0])).toBe('exec.comm == "first"');
    expect(policy.rules[1]).toMatchObject({
      status: 'skipped',
      reason: expect.stringContaining('keeps the first expression'),
    });
  });

  describe('as an agent before 7.65', () => {
    const loadOld = (rules: string) => loadPolicy(`rules:\n${rules}`, { agentVersion: '7.61.0' });

    it('replaces the expression with combine: override', () => {
      const policy = loadOld(`
  - id: dup
    expression: exec.comm == "first"
  - id: dup
    expression: exec.comm == "override"
    combine: override
`);
      expect(compiledExpression(policy.rules[0])).toBe('exec.comm == "override"');
      expect(policy.rules[0]?.notes).toEqual([
        'its expression is replaced by a later definition (combine: override)',
      ]);
      expect(policy.rules[1]).toMatchObject({ status: 'skipped' });
    });

    it("fails an identical later definition with the agent's error", () => {
      const policy = loadOld(`
  - id: dup
    expression: exec.comm == "first"
  - id: dup
    expression: exec.comm == "second"
`);
      expect(compiledExpression(policy.rules[0])).toBe('exec.comm == "first"');
      expect(policy.rules[1]).toMatchObject({
        status: 'error',
        errors: [{ message: 'multiple definition with the same ID' }],
      });
    });

    it('lets a later disabled definition disable the rule', () => {
      const policy = loadOld(`
  - id: dup
    expression: exec.comm == "first"
  - id: dup
    expression: exec.comm == "first"
    disabled: true
`);
      expect(policy.rules[0]).toMatchObject({ status: 'skipped', reason: 'disabled' });
      expect(policy.rules[1]).toMatchObject({ status: 'skipped' });
    });
  });

  it('enables a disabled first definition, keeping its expression', () => {
    const policy = load(`
  - id: dup
    expression: exec.comm == "first"
    disabled: true
  - id: dup
    expression: exec.comm == "second"
`);
    expect(compiledExpression(policy.rules[0])).toBe('exec.comm == "first"');
    expect(policy.rules[1]).toMatchObject({ status: 'skipped' });
  });
});
