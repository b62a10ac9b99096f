// The enumerated SECL field names: all resolve under their own (canonical) name, none is a
// legacy alias or a registry event's short prefix, and every field the default policies name
// (Windows rules' included) is among them,
// so suggestions never miss a field the rules actually use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldSpec, seclFieldNames } from './field-map';
import { loadPolicy } from './policy';

const POLICIES = '/work/shared/reference/policies';

/** Dotted identifiers of an expression that the field map resolves (registers dropped). */
function fieldsOf(expression: string): string[] {
  const words = expression
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .match(/[a-z_]\w*(?:(?:\[\w*\])?\.\w+)+/g);
  return (words ?? []).flatMap((word) => {
    const spec = fieldSpec(word.replace(/\[\w*\]/g, ''));
    return spec === undefined ? [] : [spec.name];
  });
}

describe('SECL field names', () => {
  const names = seclFieldNames();

  it('lists only canonical names the field map resolves, sorted, once each', () => {
    expect(names.length).toBeGreaterThan(1000);
    for (const name of names) expect(fieldSpec(name)?.name, name).toBe(name);
    expect([...names].sort()).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('open.filename');
    expect(names).not.toContain('process.name');
    expect(names).toContain('create.file.path');
    expect(names).toContain('create_key.registry.key_path');
    expect(names).not.toContain('create.registry.key_path');
    expect(fieldSpec('set.registry.key_path')).toMatchObject({
      name: 'set_key_value.registry.key_path',
      eventType: 'set_key_value',
      caseInsensitive: true,
    });
  });

  it('includes the families the map knows', () => {
    for (const name of [
      'open.file.path',
      'exec.file.name',
      'process.ancestors.file.name',
      'process.parent.user_session.k8s_username',
      'ptrace.tracee.ancestors.pid',
      'signal.target.parent.comm',
      'rename.file.destination.path',
      'dns.question.name',
      'connect.addr.ip',
      'network_flow_monitor.flows.egress.data_size',
      'fim.write.file.path',
      'event.timestamp',
      'container.id',
      'process.is_exec',
    ]) {
      expect(names, name).toContain(name);
    }
  });

  it.each(['default.policy.v1.10.0.yaml', 'default.policy.v1.69.3.yaml'])(
    'includes every Linux field the rules and macros of %s name',
    (file) => {
      const text = readFileSync(`${POLICIES}/${file}`, 'utf8');
      const policy = loadPolicy(text);
      const used = new Set(policy.rules.flatMap((r) => fieldsOf(r.expression)));
      for (const match of text.matchAll(/expression: (.*)/g)) {
        for (const field of fieldsOf(match[1] ?? '')) used.add(field);
      }
      expect(used.size).toBeGreaterThan(50);
      const known = new Set(names);
      expect([...used].filter((f) => !known.has(f))).toEqual([]);
    },
  );
});
