import { describe, expect, it } from 'vitest';
import { ContentHasher } from './content-hasher';

function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

async function fingerprint(data: Uint8Array, chunk: number): Promise<string> {
  const hasher = new ContentHasher();
  for (let at = 0; at < data.length; at += chunk) hasher.update(data.subarray(at, at + chunk));
  return hasher.finish();
}

describe('ContentHasher', () => {
  const data = bytes(9 * 1024 * 1024 + 123, 7);

  it('gives 32 hex digits that do not depend on chunk sizes', async () => {
    const whole = await fingerprint(data, data.length);
    expect(whole).toMatch(/^[0-9a-f]{32}$/);
    expect(await fingerprint(data, 65536)).toBe(whole);
    expect(await fingerprint(data, 1_000_003)).toBe(whole);
    expect(await fingerprint(data, 7)).toBe(whole);
  });

  it('tells apart a one-bit change in a later block, and lengths that pad alike', async () => {
    const changed = new Uint8Array(data);
    changed[8 * 1024 * 1024] = (changed[8 * 1024 * 1024] ?? 0) ^ 1;
    expect(await fingerprint(changed, 65536)).not.toBe(await fingerprint(data, 65536));
    const short = new Uint8Array([1, 2, 3]);
    const padded = new Uint8Array([1, 2, 3, 0]);
    expect(await fingerprint(short, 3)).not.toBe(await fingerprint(padded, 4));
    expect(await fingerprint(new Uint8Array(0), 1)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('spreads single-bit differences over the whole digest', async () => {
    const a = await fingerprint(new Uint8Array(64), 64);
    const flipped = new Uint8Array(64);
    flipped[63] = 1;
    const b = await fingerprint(flipped, 64);
    let differing = 0;
    for (let i = 0; i < 32; i++) if (a[i] !== b[i]) differing++;
    expect(differing).toBeGreaterThan(20);
  });
});
