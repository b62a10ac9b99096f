// The compiled form for the column store: leaves with the paths they read, decidable once per
// distinct column value when they read one path, a boolean tree over them, and explanations.
import { describe, expect, it } from 'vitest';
import { makeOpenBody } from '../ingest/test/fixtures';
import { ValueColumn, normalizeResolved, valuesOf } from '../index/value-column';
import { compilePath } from '../query/resolve-path';
import { compileRule } from './compile';
import type { CompiledRule } from './compile';
import { evaluateRule } from './evaluate';
import { evaluateTree } from './rule-tree';
import { Tri } from './tri';

function compiled(expression: string): CompiledRule {
  const result = compileRule(expression);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.rule;
}

describe('leaves', () => {
  it('reads one path for a field against constants', () => {
    const rule = compiled(
      'open.file.path == "/etc/shadow" && process.file.name in ["cat", "less"]',
    );
    expect(rule.leaves.map((l) => l.paths)).toEqual([['file.path'], ['process.executable.name']]);
    expect(rule.leaves.map((l) => [l.text, l.position, l.length, l.field])).toEqual([
      ['open.file.path == "/etc/shadow"', 0, 31, 'open.file.path'],
      ['process.file.name in ["cat", "less"]', 35, 36, 'process.file.name'],
    ]);
    expect(rule.tree).toEqual({
      kind: 'and',
      children: [
        { kind: 'leaf', leaf: 0 },
        { kind: 'leaf', leaf: 1 },
      ],
    });
  });

  it('reads several paths for field against field', () => {
    const rule = compiled('chmod.file.mode != chmod.file.destination.mode');
    expect(rule.leaves[0]?.paths).toEqual(['file.mode', 'file.destination.mode']);
  });

  it('is decided once per distinct value of a dictionary-encoded column', () => {
    const rule = compiled('process.file.name in ["cat", ~"py*"]');
    const leaf = rule.leaves[0];
    if (leaf === undefined) throw new Error('no leaf');
    const column = new ValueColumn();
    const names = ['cat', 'bash', 'python3', 'cat', 'bash', 'python3', 'cat'];
    names.forEach((name, row) => {
      const body = { process: { executable: { name } } };
      column.set(row, normalizeResolved(compilePath(leaf.paths[0] as string)(body)));
    });
    const perCode = new Uint8Array(column.size);
    for (let code = 0; code < column.size; code++)
      perCode[code] = leaf.test([valuesOf(column.values[code])]);
    const perRow = names.map((_, row) => perCode[column.code(row)]);
    expect(column.size).toBe(4);
    expect(perRow).toEqual([1, 0, 1, 1, 0, 1, 1]);
    expect(perCode[0]).toBe(Tri.False);
  });

  it('agrees with the reference evaluator and explains each leaf', () => {
    const rule = compiled(
      'open.file.path == "/etc/shadow" && (process.uid != 0 || open.flags & O_RDWR > 0)',
    );
    const body = makeOpenBody();
    const evaluation = evaluateRule(rule, body);
    expect(evaluation.result).toBe(Tri.False);
    expect(evaluation.leaves).toEqual([
      {
        index: 0,
        result: Tri.True,
        field: 'open.file.path',
        value: '/etc/shadow',
        text: 'open.file.path == "/etc/shadow"',
      },
      { index: 1, result: Tri.False, field: 'process.uid', value: 0, text: 'process.uid != 0' },
      {
        index: 2,
        result: Tri.False,
        field: 'open.flags',
        value: 0,
        text: 'open.flags & O_RDWR > 0',
      },
    ]);
    const viaLeaves = evaluateTree(rule.tree, (i) => evaluation.leaves[i]?.result ?? Tri.Unknown);
    expect(viaLeaves).toBe(evaluation.result);
  });

  it('is false for events of another type, and open to every type without type fields', () => {
    const rule = compiled('open.file.path == "/etc/shadow"');
    expect(evaluateRule(rule, { ...makeOpenBody(), evt: { name: 'unlink' } }).result).toBe(
      Tri.False,
    );
    const common = compiled('process.file.name == "cat"');
    expect(common.eventType).toBeUndefined();
    expect(evaluateRule(common, { ...makeOpenBody(), evt: { name: 'unlink' } }).result).toBe(
      Tri.True,
    );
  });

  it('gates fim.write.file rules to file-modifying events', () => {
    const rule = compiled('fim.write.file.path in [~"/etc/pam.d/**"]');
    expect(rule.eventType).toBeUndefined();
    const write = makeOpenBody({ file: { path: '/etc/pam.d/sshd', flags: ['O_WRONLY'] } });
    const read = makeOpenBody({ file: { path: '/etc/pam.d/sshd', flags: ['O_RDONLY'] } });
    const chmod = { evt: { name: 'chmod' }, file: { path: '/etc/pam.d/sshd' } };
    const exec = { evt: { name: 'exec' }, file: { path: '/etc/pam.d/sshd' } };
    expect([write, read, chmod, exec].map((b) => evaluateRule(rule, b).result)).toEqual([
      1, 0, 1, 0,
    ]);
  });
});

describe('explanations', () => {
  it('shows times as RFC 3339 and lists as lists', () => {
    const rule = compiled('process.created_at < 5s && process.ancestors.file.name in ["nginx"]');
    const body = {
      date: '2026-11-20T10:15:03.000000000Z',
      process: {
        exec_time: '2026-11-20T10:15:00.123456789Z',
        ancestors: [{ executable: { name: 'sh' } }, { executable: { name: 'nginx' } }],
      },
    };
    const evaluation = evaluateRule(rule, body);
    expect(evaluation.result).toBe(Tri.True);
    expect(evaluation.leaves.map((l) => l.value)).toEqual([
      '2026-11-20T10:15:00.123456789Z',
      ['sh', 'nginx'],
    ]);
  });
});
