/**
 * File fingerprints computed during the single ingest pass: the bytes are cut into fixed
 * 4 MiB blocks (whatever the stream's chunk sizes), each block is hashed with SHA-256, and
 * the fingerprint is SHA-256 over the file size and the block digests, as 32 hex digits.
 * The same bytes always give the same fingerprint. Where WebCrypto is missing (an insecure
 * context), a 64-bit FNV-1a over the same blocks stands in, marked with an `f` prefix.
 */
const BLOCK_BYTES = 4 * 1024 * 1024;

type Digest = (data: Uint8Array) => Promise<Uint8Array>;

function subtleDigest(): Digest | undefined {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return undefined;
  return async (data) => new Uint8Array(await subtle.digest('SHA-256', data as BufferSource));
}

/** 64-bit FNV-1a computed as two 32-bit halves (enough for identity, not for security). */
export function fnv1a64(data: Uint8Array): Uint8Array {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < data.length; i++) {
    const b = data[i] as number;
    h1 = Math.imul(h1 ^ b, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ b ^ (h1 >>> 7), 0x01000193) >>> 0;
  }
  const out = new Uint8Array(8);
  new DataView(out.buffer).setUint32(0, h1);
  new DataView(out.buffer).setUint32(4, h2);
  return out;
}

function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** Computes a file fingerprint from the bytes fed to it, in order. */
export interface Fingerprinter {
  update(chunk: Uint8Array): void;
  finish(): Promise<string>;
}

export class BlockHasher implements Fingerprinter {
  private readonly block = new Uint8Array(BLOCK_BYTES);
  private filled = 0;
  private size = 0;
  private readonly digests: Array<Promise<Uint8Array>> = [];
  private readonly digest: Digest;
  private readonly prefix: string;

  /** `digest` defaults to WebCrypto's SHA-256; null (or no WebCrypto) selects the fallback. */
  constructor(digest: Digest | null | undefined = subtleDigest()) {
    this.digest = digest ?? (async (data) => fnv1a64(data));
    this.prefix = digest === null || digest === undefined ? 'f' : '';
  }

  update(chunk: Uint8Array): void {
    this.size += chunk.length;
    let at = 0;
    while (at < chunk.length) {
      const take = Math.min(chunk.length - at, BLOCK_BYTES - this.filled);
      this.block.set(chunk.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
      if (this.filled === BLOCK_BYTES) this.flushBlock();
    }
  }

  async finish(): Promise<string> {
    if (this.filled > 0 || this.digests.length === 0) this.flushBlock();
    const parts = await Promise.all(this.digests);
    const all = new Uint8Array(8 + parts.reduce((n, p) => n + p.length, 0));
    new DataView(all.buffer).setFloat64(0, this.size);
    let at = 8;
    for (const part of parts) {
      all.set(part, at);
      at += part.length;
    }
    return this.prefix + hex(await this.digest(all)).slice(0, 32);
  }

  private flushBlock(): void {
    // SubtleCrypto.digest copies its input before returning (WebCrypto spec, "get a copy
    // of the bytes"), so the block buffer can be reused at once; the fallback hashes
    // synchronously inside its async wrapper, before the buffer is touched again.
    this.digests.push(this.digest(this.block.subarray(0, this.filled)));
    this.filled = 0;
  }
}
