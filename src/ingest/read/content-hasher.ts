/**
 * File fingerprints, computed while the file streams in (one pass, no second read).
 *
 * A 128-bit hash in the style of MurmurHash3 x86_128: bytes are gathered into an aligned
 * 4 MiB block and consumed 16 bytes at a time by four 32-bit lanes that mix into each
 * other; the tail is zero-padded and the total length is mixed in at the end, so inputs
 * of different lengths never collide by padding. The result does not depend on how the
 * stream was chunked. It identifies content (the same bytes always give the same 32 hex
 * digits); it is not a defence against someone forging a collision on purpose. Measured
 * at several GB/s in V8, against about 0.7 GB/s for SHA-256 through WebCrypto plus copies.
 */
const BLOCK_BYTES = 4 * 1024 * 1024;

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

/** Computes a file fingerprint from the bytes fed to it, in order. */
export interface Fingerprinter {
  update(chunk: Uint8Array): void;
  finish(): Promise<string>;
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

export class ContentHasher implements Fingerprinter {
  private readonly block = new Uint8Array(BLOCK_BYTES);
  private readonly words = new Uint32Array(this.block.buffer);
  private filled = 0;
  private size = 0;
  private h1 = 0x9368e53c;
  private h2 = 0x2f6af274;
  private h3 = 0x6cd13b19;
  private h4 = 0x1d87c0a5;

  update(chunk: Uint8Array): void {
    this.size += chunk.length;
    let at = 0;
    while (at < chunk.length) {
      const take = Math.min(chunk.length - at, BLOCK_BYTES - this.filled);
      this.block.set(chunk.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
      if (this.filled === BLOCK_BYTES) {
        this.mixWords(BLOCK_BYTES / 4);
        this.filled = 0;
      }
    }
  }

  async finish(): Promise<string> {
    const tail = this.filled;
    if (tail > 0) {
      const padded = Math.ceil(tail / 16) * 16;
      this.block.fill(0, tail, padded);
      this.mixWords(padded / 4);
      this.filled = 0;
    }
    // Mix in the length (as two 32-bit halves: files can exceed 4 GiB).
    const low = this.size >>> 0;
    const high = Math.floor(this.size / 0x100000000) >>> 0;
    let h1 = this.h1 ^ low;
    let h2 = this.h2 ^ high;
    let h3 = this.h3 ^ low;
    let h4 = this.h4 ^ high;
    h1 = (h1 + h2 + h3 + h4) | 0;
    h2 = (h2 + h1) | 0;
    h3 = (h3 + h1) | 0;
    h4 = (h4 + h1) | 0;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h3 = fmix(h3);
    h4 = fmix(h4);
    h1 = (h1 + h2 + h3 + h4) | 0;
    h2 = (h2 + h1) | 0;
    h3 = (h3 + h1) | 0;
    h4 = (h4 + h1) | 0;
    return hex(h1) + hex(h2) + hex(h3) + hex(h4);
  }

  private mixWords(count: number): void {
    const w = this.words;
    let { h1, h2, h3, h4 } = this;
    for (let i = 0; i < count; i += 4) {
      let k1 = w[i] as number;
      let k2 = w[i + 1] as number;
      let k3 = w[i + 2] as number;
      let k4 = w[i + 3] as number;
      k1 = Math.imul(rotl(Math.imul(k1, C1), 15), C2);
      h1 ^= k1;
      h1 = (Math.imul((rotl(h1, 19) + h2) | 0, 5) + 0x561ccd1b) | 0;
      k2 = Math.imul(rotl(Math.imul(k2, C2), 16), C3);
      h2 ^= k2;
      h2 = (Math.imul((rotl(h2, 17) + h3) | 0, 5) + 0x0bcaa747) | 0;
      k3 = Math.imul(rotl(Math.imul(k3, C3), 17), C4);
      h3 ^= k3;
      h3 = (Math.imul((rotl(h3, 15) + h4) | 0, 5) + 0x96cd1c35) | 0;
      k4 = Math.imul(rotl(Math.imul(k4, C4), 18), C1);
      h4 ^= k4;
      h4 = (Math.imul((rotl(h4, 13) + h1) | 0, 5) + 0x32ac3b17) | 0;
    }
    this.h1 = h1;
    this.h2 = h2;
    this.h3 = h3;
    this.h4 = h4;
  }
}
