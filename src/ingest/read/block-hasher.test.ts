import { describe, expect, it } from 'vitest';
import { BlockHasher, fnv1a64 } from './block-hasher';

function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

async function fingerprint(data: Uint8Array, chunk: number, fallback = false): Promise<string> {
  const hasher = fallback ? new BlockHasher(null) : new BlockHasher();
  for (let at = 0; at < data.length; at += chunk) hasher.update(data.subarray(at, at + chunk));
  return hasher.finish();
}

describe('BlockHasher', () => {
  const data = bytes(9 * 1024 * 1024 + 123, 7);

  it('gives the same fingerprint whatever the chunk sizes', async () => {
    const whole = await fingerprint(data, data.length);
    expect(whole).toMatch(/^[0-9a-f]{32}$/);
    expect(await fingerprint(data, 65536)).toBe(whole);
    expect(await fingerprint(data, 1_000_003)).toBe(whole);
  });

  it('tells different contents apart, even a one-byte change in a later block', async () => {
    const changed = new Uint8Array(data);
    changed[8 * 1024 * 1024] = (changed[8 * 1024 * 1024] ?? 0) ^ 1;
    expect(await fingerprint(changed, 65536)).not.toBe(await fingerprint(data, 65536));
  });

  it('falls back to FNV-1a without WebCrypto, marked with f, just as chunk-independent', async () => {
    const whole = await fingerprint(data, data.length, true);
    expect(whole).toMatch(/^f[0-9a-f]{16}$/);
    expect(await fingerprint(data, 65536, true)).toBe(whole);
    expect(fnv1a64(new Uint8Array([1, 2, 3]))).not.toEqual(fnv1a64(new Uint8Array([1, 2, 4])));
  });
});
