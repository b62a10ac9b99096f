import { describe, expect, it } from 'vitest';
import { readJson } from '../json-model';
import { FieldSet } from './field-set';
import { pointerToPath } from './finding-paths';
import { member, memberAt, scalarText } from './json-access';
import { fieldHint, isDescribedPath, isSchemaPath } from './schema-info';

describe('json access', () => {
  it('reads the last of repeated keys, as JSON.parse does', () => {
    const body = readJson('{"a": {"b": 1, "b": 2}}');
    expect(scalarText(memberAt(body, ['a', 'b']))).toBe('2');
    expect(member(readJson('[1]'), 'a')).toBeUndefined();
  });
});

describe('FieldSet', () => {
  it('gives back every member not taken, duplicates included', () => {
    const body = readJson('{"pid": 1, "x": 2, "pid": 3, "mountpoint.path": "/"}');
    const fields = new FieldSet(body, 'process');
    expect(fields.take('pid')).toMatchObject({ path: 'process.pid', node: { text: '3' } });
    expect(fields.take('missing')).toBeUndefined();
    expect(fields.rest().map((f) => [f.path, f.node])).toEqual([
      ['process.pid', { kind: 'number', text: '1' }],
      ['process.x', { kind: 'number', text: '2' }],
      ['process.mountpoint.path', { kind: 'string', value: '/' }],
    ]);
    expect(new FieldSet(readJson('"text"'), 'x').rest()).toEqual([]);
  });
});

describe('pointerToPath', () => {
  const body = readJson('{"process": {"ancestors": [{"pid": 1}]}, "m": {"0": {"a": 1}}}');

  it('drops array indices and keeps keys that look like numbers', () => {
    expect(pointerToPath(body, '/process/ancestors/0/pid')).toBe('process.ancestors.pid');
    expect(pointerToPath(body, '/m/0/a')).toBe('m.0.a');
    expect(pointerToPath(body, '')).toBe('');
    expect(pointerToPath(body, '/mount/mountpoint.path')).toBe('mount.mountpoint.path');
    expect(pointerToPath(body, '/a~1b/c~0d')).toBe('a/b.c~d');
  });
});

describe('schema info', () => {
  it('knows schema paths, their parents and free-form content', () => {
    expect(isSchemaPath('process.ancestors.pid')).toBe(true);
    expect(isSchemaPath('process.credentials')).toBe(true);
    expect(isDescribedPath('process.credentials.destination.uid')).toBe(true);
    expect(fieldHint('process.pid')).toBe('Process ID\nprocess.pid');
    expect(fieldHint('process.parent.no_such_field')).toMatch(/Not in the schema/);
  });

  it('knows the paths of every agent release, Linux and Windows', () => {
    expect(isSchemaPath('process.user_session')).toBe(true); // 7.5x
    expect(isSchemaPath('process.credentials.auid')).toBe(true);
    expect(isSchemaPath('network_flow_monitor.flows.egress.data_size')).toBe(true);
    expect(isSchemaPath('registry.key_path')).toBe(true); // Windows
    expect(isSchemaPath('imds.no_such_field')).toBe(false);
    // Free-form in the agent schemas: whatever they hold is described.
    expect(isDescribedPath('sysctl.proc.kernel.yama.ptrace_scope')).toBe(true);
    expect(fieldHint('prctl.option')).toBe('PrCtl Option\nprctl.option');
  });
});
