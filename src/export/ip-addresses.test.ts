import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsIpAddress, isIpv4, isIpv6, replaceIpAddresses } from './ip-addresses';

const R = '<ip>';
const replace = (text: string) => replaceIpAddresses(text, R).text;

describe('isIpv4 / isIpv6', () => {
  it('accepts addresses and refuses look-alikes', () => {
    expect(['10.0.0.1', '255.255.255.255', '0.0.0.0', '010.001.000.001'].every(isIpv4)).toBe(true);
    expect(['256.0.0.1', '1.2.3', '1.2.3.4.5', ''].some(isIpv4)).toBe(false);
    const v6 = ['::1', '2001:db8::1', 'fe80::', '1:2:3:4:5:6:7:8', '::ffff:10.0.0.1', '1::'];
    expect(v6.every(isIpv6)).toBe(true);
    const not6 = ['::', ':::', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', 'g::1'];
    expect(not6.some(isIpv6)).toBe(false);
  });

  it('agrees with fast-check addresses', () => {
    fc.assert(fc.property(fc.ipV4(), (ip) => isIpv4(ip)));
    // `::` (no address at all) is left alone on purpose.
    fc.assert(fc.property(fc.ipV6(), (ip) => ip === '::' || isIpv6(ip)));
  });
});

describe('replaceIpAddresses', () => {
  it('finds addresses inside text', () => {
    expect(replace('connect 10.0.0.1:443 from 192.168.1.20.')).toBe(`connect ${R}:443 from ${R}.`);
    expect(replace('[2001:db8::1]:8443 and fe80::1%eth0')).toBe(`[${R}]:8443 and ${R}%eth0`);
    expect(replace('curl http://[::1]/x -H X-Forwarded-For:1.2.3.4')).toBe(
      `curl http://[${R}]/x -H X-Forwarded-For:${R}`,
    );
    expect(replace('::ffff:10.0.0.1 ok')).toBe(`${R} ok`);
    expect(replace('10.0.0.0/8,172.16.0.0/12')).toBe(`${R}/8,${R}/12`);
    expect(replace('SSH_CLIENT=203.0.113.9 51514 22')).toBe(`SSH_CLIENT=${R} 51514 22`);
    expect(replace('4.3.2.1.in-addr.arpa')).toBe(`${R}.in-addr.arpa`);
    expect(replace('addr:2001:db8::1,peer:10.1.1.1,lo:::1')).toBe(`addr:${R},peer:${R},lo:${R}`);
    expect(replace('addr:2001:db8::1,peer:10.1.1.1')).toBe(`addr:${R},peer:${R}`);
    expect(replaceIpAddresses('a 1.1.1.1 b ::1 c', R).count).toBe(2);
  });

  it('leaves versions, times, MACs and C++ names alone', () => {
    for (const text of [
      'openssl-1.1.1.1.4',
      '2024-05-01T10:20:30.123Z',
      'aa:bb:cc:dd:ee:ff',
      'std::string and Foo::Bar',
      'a :: b',
      '1.2.3',
      'ip-10-0-0-1.ec2.internal',
    ]) {
      expect(replace(text)).toBe(text);
    }
  });

  it('never leaves an address found by the checker, whatever surrounds it', () => {
    const filler = fc.string({ unit: 'binary-ascii', maxLength: 8 });
    const ip = fc.oneof(
      fc.ipV4(),
      fc.ipV6().filter((a) => a !== '::'),
    );
    const separator = fc.constantFrom(' ', '=', ':', '/', '[', ']', ',', ';', '"', '(', '@', '\n');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(filler, separator, ip, separator), { minLength: 1, maxLength: 4 }),
        filler,
        (parts, end) => {
          const text = parts.map(([f, s1, a, s2]) => `${f}${s1}${a}${s2}`).join(' ') + end;
          const out = replaceIpAddresses(text, R).text;
          expect(containsIpAddress(out)).toBe(false);
          for (const [, s1, address, s2] of parts) {
            expect(out.includes(`${s1}${address}${s2}`)).toBe(false);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves no address behind in any text, however the pieces fall', () => {
    // Text made of address-like pieces: digits, hex, colons, dots, words and separators.
    const piece = fc.constantFrom('0', '1', '25', '255', 'a', 'ff', ':', '::', '.', 'x', '[', ' ');
    const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('[redacted]', '<ip>', '_'), (t, replacement) => {
        expect(containsIpAddress(replaceIpAddresses(t, replacement).text)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
