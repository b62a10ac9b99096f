// Building blocks: path globs, patterns, regexes, argument helpers, IP ranges, timestamps,
// constants, agent version constraints and policy filters.
import { describe, expect, it } from 'vitest';
import { parseVersion, satisfiesVersion } from './agent-version';
import { argsFlags, argsOptions } from './args';
import { bitsOfNames } from './constant-table';
import { seclConstant } from './constants';
import { OPEN_FLAGS } from './constants-file';
import { formatIp, ipInRange, isPublicIp, parseIp } from './ip';
import { compilePathGlob } from './path-glob';
import { compilePattern } from './pattern';
import { evaluateFilter } from './policy-filters';
import { compileRegex, translateRegex } from './regex';
import { parseTimestampNs } from './time';
import { Tri } from './tri';

describe('path globs', () => {
  it('matches the examples of the agent tests', () => {
    const path = '/usr/bin/c$t';
    const cases: [string, boolean][] = [
      ['/usr/bin/*', true],
      ['/usr/*', false],
      ['/usr/**', true],
      ['*/bin/*', true],
      ['/*/*/*', true],
      ['*', false],
      ['/usr/bin/c$t', true],
      ['/usr/bin/c*', true],
      ['/usr/*/c$t', true],
      ['/usr/sbin/*', false],
    ];
    for (const [pattern, expected] of cases)
      expect(compilePathGlob(pattern)(path), pattern).toBe(expected);
  });

  it('needs at least one segment under a trailing ** and allows ** inside', () => {
    expect(compilePathGlob('/etc/**')('/etc')).toBe(false);
    expect(compilePathGlob('/etc/**')('/etc/')).toBe(false);
    expect(compilePathGlob('/etc/**')('/etc/a/b/c')).toBe(true);
    const token = compilePathGlob('/run/secrets/**/token');
    expect(token('/run/secrets/token')).toBe(true);
    expect(token('/run/secrets/a/b/token')).toBe(true);
    expect(token('/run/secrets/a/b/token2')).toBe(false);
    expect(compilePathGlob('*')('x')).toBe(true);
    expect(compilePathGlob('/tmp/*')('')).toBe(false);
  });

  it('stays fast on adversarial globs', () => {
    const glob = compilePathGlob(`/${'**/a*a*a*a*/'.repeat(20)}b`);
    const path = `/${'aaaaaaaaaa/'.repeat(200)}c`;
    const started = performance.now();
    expect(glob(path)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('patterns and regexes', () => {
  it('keeps only * special, anchored', () => {
    expect(
      compilePattern('*169.254.170.2/*/credentials?id=*')(
        'http://169.254.170.2/v2/credentials?id=1',
      ),
    ).toBe(true);
    expect(compilePattern('a?c')('abc')).toBe(false);
    expect(compilePattern('a\\b*')('a\\bc')).toBe(true);
    expect(compilePattern('*.COM', true)('x.com')).toBe(true);
  });

  it('translates RE2 syntax and searches unanchored', () => {
    expect(translateRegex('(?i)abc')).toEqual({ source: 'abc', flags: 'i' });
    expect(translateRegex('(?P<x>a)\\z')).toEqual({ source: '(?<x>a)$', flags: '' });
    expect(translateRegex('[[:digit:]]+')).toEqual({ source: '[0-9]+', flags: '' });
    const how = compileRegex('(?i)(restore|how\\ to).*(files)');
    expect(typeof how === 'function' && how('HOW TO recover FILES.txt')).toBe(true);
    expect(typeof compileRegex('(')).toBe('string');
  });
});

describe('argument helpers', () => {
  it('derives flags and options as the agent does', () => {
    expect(argsFlags(['-ln', '--version', '-T', '8', '--width=8', '-', '--', 'x'])).toEqual([
      'l',
      'n',
      'ln',
      'version',
      'T',
    ]);
    expect(argsOptions(['-ln', '--version', '-T', '8', '--width=8'])).toEqual(['T=8', 'width=8']);
    expect(argsOptions(['-p', '0-1024', '--output', '-'])).toEqual(['p=0-1024']);
    expect(argsFlags(['-s=1'])).toEqual([]);
  });
});

function ip(text: string) {
  const parsed = parseIp(text);
  if (parsed === undefined) throw new Error(`not an IP: ${text}`);
  return parsed;
}

function version(text: string) {
  const parsed = parseVersion(text);
  if (parsed === undefined) throw new Error(`not a version: ${text}`);
  return parsed;
}

describe('IP addresses', () => {
  it('parses, contains and formats IPv4 and IPv6', () => {
    const v6 = parseIp('2001:db8::1');
    expect(v6 && formatIp(v6)).toBe('2001:db8::1');
    expect(ipInRange(ip('10.1.2.3'), ip('10.0.0.0/8'))).toBe(true);
    expect(ipInRange(ip('::ffff:10.1.2.3'), ip('10.0.0.0/8'))).toBe(true);
    expect(ipInRange(ip('fe80::1'), ip('fe80::/10'))).toBe(true);
    expect(parseIp('1.2.3')).toBeUndefined();
    expect(parseIp('1::2::3')).toBeUndefined();
    expect(parseIp('10.0.0.0/33')).toBeUndefined();
    expect(isPublicIp(ip('8.8.8.8'))).toBe(true);
    expect(isPublicIp(ip('192.168.1.1'))).toBe(false);
    expect(isPublicIp(ip('::1'))).toBe(false);
  });
});

describe('timestamps', () => {
  it('reads RFC 3339 with nanoseconds and offsets', () => {
    expect(parseTimestampNs('1970-01-01T00:00:01.000000002Z')).toBe(1_000_000_002n);
    expect(parseTimestampNs('1970-01-01T01:00:00+01:00')).toBe(0n);
    expect(parseTimestampNs('2026-11-20T10:15:03.123456789Z')).toBe(1795169703123456789n);
    expect(parseTimestampNs('yesterday')).toBeUndefined();
  });
});

describe('constants', () => {
  it('has the Linux values', () => {
    const expected: [string, bigint][] = [
      ['O_CREAT', 0o100n],
      ['O_TRUNC', 0o1000n],
      ['O_CLOEXEC', 0o2000000n],
      ['S_ISUID', 0o4000n],
      ['S_IXUSR', 0o100n],
      ['CAP_SYS_ADMIN', 1n << 21n],
      ['CAP_BPF', 1n << 39n],
      ['PTRACE_ATTACH', 16n],
      ['PTRACE_POKETEXT', 4n],
      ['SIGKILL', 9n],
      ['BPF_PROG_LOAD', 5n],
      ['BPF_PROBE_WRITE_USER', 36n],
      ['BPF_OVERRIDE_RETURN', 58n],
      ['BPF_SEND_SIGNAL_THREAD', 117n],
      ['BPF_MAP_TYPE_RINGBUF', 27n],
      ['BPF_PROG_TYPE_KPROBE', 2n],
      ['PROT_EXEC', 4n],
      ['VM_EXEC', 4n],
      ['MAP_ANONYMOUS', 0x20n],
      ['PIPE_BUF_FLAG_CAN_MERGE', 0x10n],
      ['AF_INET6', 10n],
      ['SRV', 33n],
      ['TXT', 16n],
      ['AAAA', 28n],
      ['IPPROTO_TCP', 6n],
      ['ETH_P_IPV6', 0x86ddn],
      ['SIGNALED', 2n],
      ['AT_REMOVEDIR', 0x200n],
      ['PR_SET_NAME', 15n],
      ['SO_ATTACH_FILTER', 26n],
      ['SOL_SOCKET', 1n],
      ['AUDIT_AUID_UNSET', 4294967295n],
    ];
    for (const [name, value] of expected) expect(seclConstant(name), name).toBe(value);
    expect(bitsOfNames(OPEN_FLAGS, ['O_CREAT', 'O_WRONLY'])).toBe(0o101n);
    expect(bitsOfNames(OPEN_FLAGS, ['O_CREAT | O_EXCL', 8])).toBe(0o310n);
    expect(bitsOfNames(OPEN_FLAGS, ['O_NEW'])).toBeUndefined();
  });
});

describe('agent versions and filters', () => {
  it('reads version constraints', () => {
    const v = version('7.73.0');
    expect(satisfiesVersion(v, '>= 7.71')).toBe(true);
    expect(satisfiesVersion(v, '< 7.71')).toBe(false);
    expect(satisfiesVersion(v, '>=7.65 <7.70')).toBe(false);
    expect(satisfiesVersion(version('7.68.2'), '>=7.65 <7.70')).toBe(true);
    expect(satisfiesVersion(v, '>= 7.70.1')).toBe(true);
    expect(satisfiesVersion(v, '< 7.0 || >= 7.73')).toBe(true);
    expect(satisfiesVersion(v, 'latest')).toBeUndefined();
    expect(parseVersion('7.71.0-rc.1')).toEqual([7, 71, 0]);
  });

  it('evaluates OS and kernel filters, unknown when the kernel is', () => {
    expect(evaluateFilter('os == "linux"', { os: 'linux' })).toBe(Tri.True);
    expect(evaluateFilter('os == "windows"', { os: 'linux' })).toBe(Tri.False);
    const dirtyPipe = 'kernel.version.major == 5 && kernel.version.minor >= 8 && (os == "linux")';
    expect(evaluateFilter(dirtyPipe, { os: 'linux' })).toBe(Tri.Unknown);
    expect(
      evaluateFilter(dirtyPipe, { os: 'linux', kernel: { major: 5, minor: 10, patch: 1 } }),
    ).toBe(Tri.True);
    expect(
      evaluateFilter(dirtyPipe, { os: 'linux', kernel: { major: 6, minor: 1, patch: 0 } }),
    ).toBe(Tri.False);
    expect(evaluateFilter('os ==', { os: 'linux' })).toBe(Tri.Unknown);
  });
});
