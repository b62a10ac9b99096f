import { describe, expect, it } from 'vitest';
import { targetOf } from './extract-row';

describe('targetOf', () => {
  it('names the address of bind, connect and accept', () => {
    const addr = { family: 'AF_INET', ip: '10.0.0.5', port: 443 };
    expect(targetOf('connect', { connect: { addr } })).toBe('10.0.0.5:443');
    expect(targetOf('accept', { accept: { addr: { ip: '::1', port: 22 } } })).toBe('[::1]:22');
    expect(targetOf('bind', { bind: { addr: { port: 8080 } } })).toBe('8080');
  });

  it('names the IMDS URL, else its cloud provider', () => {
    expect(targetOf('imds', { imds: { url: '/latest/meta-data/', cloud_provider: 'aws' } })).toBe(
      '/latest/meta-data/',
    );
    expect(targetOf('imds', { imds: { cloud_provider: 'gcp' } })).toBe('gcp');
  });

  it('names the registry key, with the value when there is one', () => {
    const registry = { key_path: 'HKLM\\Software\\Run', key_name: 'Run', value_name: 'x' };
    expect(targetOf('set_key_value', { registry })).toBe('HKLM\\Software\\Run ▸ x');
    expect(targetOf('open_key', { registry: { key_name: 'Run' } })).toBe('Run');
  });
});
