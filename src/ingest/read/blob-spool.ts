/**
 * A spool in Blobs: decompressed chunks are gathered into ~8 MiB Blobs, which the browser
 * keeps in its blob store (outside the worker's heap, paged to disk when large). Portable
 * but slow for big files (every byte is copied across to the blob store): the fallback
 * where the origin-private file system is unavailable.
 */
import type { Spool } from './spool';

const SEGMENT_BYTES = 8 * 1024 * 1024;

export class BlobSpool implements Spool {
  readonly error = undefined;
  private segments: Blob[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  append(chunk: Uint8Array): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= SEGMENT_BYTES) this.seal();
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    this.seal();
    const slice = new Blob(this.segments).slice(offset, offset + length);
    return new Uint8Array(await slice.arrayBuffer());
  }

  close(): void {
    this.segments = [];
    this.pending = [];
  }

  private seal(): void {
    if (this.pending.length === 0) return;
    this.segments.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
    this.pendingBytes = 0;
  }
}
