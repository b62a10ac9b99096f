import { describe, expect, it } from 'vitest';
import { formatBodyTime } from './body-time';
import { describeFileMode } from './file-mode';
import { readProtection } from './memory-protection';
import { describeOpenFlags, openModeText } from './open-flags';
import { signalName } from './signal-names';

describe('describeFileMode', () => {
  it('reads modes the way ls -l shows them', () => {
    expect(describeFileMode(0o100644)).toEqual({
      symbolic: '-rw-r--r--',
      octal: '0644',
      type: 'regular file',
      special: [],
    });
    expect(describeFileMode(0o104755)?.symbolic).toBe('-rwsr-xr-x');
    expect(describeFileMode(0o104755)?.special).toEqual(['setuid']);
    expect(describeFileMode(0o042775)?.symbolic).toBe('drwxrwsr-x');
    expect(describeFileMode(0o041777)).toMatchObject({
      symbolic: 'drwxrwxrwt',
      type: 'directory',
      special: ['sticky'],
    });
    expect(describeFileMode(0o106644)?.symbolic).toBe('-rwSr-Sr--');
    expect(describeFileMode(0o120777)?.type).toBe('symbolic link');
  });

  it('leaves the type out of permission-only modes and refuses non-modes', () => {
    expect(describeFileMode(0o640)).toEqual({
      symbolic: 'rw-r-----',
      octal: '0640',
      type: undefined,
      special: [],
    });
    expect(describeFileMode(-1)).toBeUndefined();
    expect(describeFileMode(1.5)).toBeUndefined();
    expect(describeFileMode(2 ** 40)).toBeUndefined();
  });
});

describe('readProtection', () => {
  it('flags writable and executable memory', () => {
    expect(readProtection('PROT_EXEC | PROT_READ | PROT_WRITE')).toEqual({
      names: ['PROT_EXEC', 'PROT_READ', 'PROT_WRITE'],
      short: 'rwx',
      isWritableExecutable: true,
    });
    expect(readProtection('PROT_READ | PROT_EXEC').isWritableExecutable).toBe(false);
    expect(readProtection('PROT_NONE').short).toBe('---');
    expect(readProtection('').names).toEqual([]);
  });
});

describe('describeOpenFlags', () => {
  it('names the access mode and the extras', () => {
    expect(openModeText(describeOpenFlags([]))).toBe('read-only');
    expect(openModeText(describeOpenFlags(['O_CLOEXEC', 'O_RDONLY']))).toBe('read-only');
    expect(openModeText(describeOpenFlags(['O_APPEND', 'O_CREAT', 'O_WRONLY']))).toBe(
      'write-only (create, append)',
    );
    expect(describeOpenFlags(['O_CREAT', 'O_EXCL', 'O_RDWR'])).toEqual({
      access: 'read-write',
      extras: ['create', 'exclusive'],
    });
  });
});

describe('signalName', () => {
  it('names signals by number', () => {
    expect(signalName(9)).toBe('SIGKILL');
    expect(signalName(15)).toBe('SIGTERM');
    expect(signalName(35)).toBe('SIGRTMIN+1');
    expect(signalName(0)).toBeUndefined();
    expect(signalName(99)).toBeUndefined();
  });
});

describe('formatBodyTime', () => {
  it('keeps every digit and names the zone', () => {
    expect(formatBodyTime('2026-11-20T08:00:14.188130294Z')).toBe(
      '2026-11-20 08:00:14.188130294 UTC',
    );
    expect(formatBodyTime('2026-11-20T08:00:14+02:00')).toBe('2026-11-20 08:00:14 +02:00');
    expect(formatBodyTime('yesterday')).toBe('yesterday');
  });
});
