import { describe, expect, it } from 'vitest';
import { connectOrigins, contentSecurityPolicy } from './content-security-policy';

describe('Content-Security-Policy', () => {
  it('allows no other origin by default', () => {
    expect(connectOrigins(undefined)).toEqual([]);
    expect(connectOrigins('  ')).toEqual([]);
    expect(contentSecurityPolicy()).toContain("connect-src 'self'; img-src");
  });

  it('adds the ClickHouse origins of CWS_CONNECT_SRC to connect-src only', () => {
    const origins = connectOrigins(
      'http://127.0.0.1:8123  https://ch.example.com:8443/ http://127.0.0.1:8123',
    );
    expect(origins).toEqual(['http://127.0.0.1:8123', 'https://ch.example.com:8443']);
    const policy = contentSecurityPolicy(origins);
    expect(policy).toContain(
      "connect-src 'self' http://127.0.0.1:8123 https://ch.example.com:8443; img-src",
    );
    expect(policy).toContain("script-src 'self'; worker-src 'self';");
  });

  it.each([
    ['ftp://ch.example.com', 'not an http(s) origin'],
    ['https://*.example.com', 'wildcard'],
    ['https://ch.example.com/path', 'not a bare origin'],
    ['https://user:pw@ch.example.com', 'carries credentials'],
    ["https://ch.example.com 'unsafe-eval'", 'not a URL'],
    ['ch.example.com', 'not a URL'],
  ])('refuses %s', (value, reason) => {
    expect(() => connectOrigins(value)).toThrow(reason);
  });
});
