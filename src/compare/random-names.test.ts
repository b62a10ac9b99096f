import { describe, expect, it } from 'vitest';
import { isRandomName, isRandomToken } from './random-names';

describe('isRandomName', () => {
  it.each([
    'tmp.k3J9xQ2a0b',
    'tmpa8Fk2Q',
    '.tmpZx81Qa',
    '12345',
    '3f2a9c1b7e6d',
    '0f8e2c1a-4b3d-4e5f-9a8b-7c6d5e4f3a2b',
    'a8Fk2Qx1.json',
    'sess_9fK2mQ81zX',
  ])('takes %s for a generated name', (name) => {
    expect(isRandomName(name)).toBe(true);
  });

  it.each([
    'nginx.conf',
    'libssl.so.3',
    'python3',
    'tmpfiles-setup',
    'tmp',
    '2024-05-01.log',
    'authorized_keys',
    '.bash_history',
    'x86_64-linux-gnu',
    '',
    'deadbeef',
  ])('takes %s for a chosen name', (name) => {
    expect(isRandomName(name)).toBe(false);
  });
});

describe('isRandomToken', () => {
  it('needs six characters or more', () => {
    expect(isRandomToken('a1b2c')).toBe(false);
    expect(isRandomToken('a1b2c3')).toBe(true);
  });

  it('takes long mixed-case letter runs without digits for random', () => {
    expect(isRandomToken('QxZpLmWk')).toBe(true);
    expect(isRandomToken('HelloWorld')).toBe(false);
  });
});
