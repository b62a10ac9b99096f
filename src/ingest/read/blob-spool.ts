/**
 * Keeps the decompressed text of a gzip file re-readable without holding it in the JS
 * heap: decompressed chunks are gathered into ~8 MiB Blobs, which the browser keeps in its
 * blob store (outside the worker's heap, paged to disk when large). Offsets are positions
 * in the decompressed stream, the same the record splitter reports.
 */
const SEGMENT_BYTES = 8 * 1024 * 1024;

export class BlobSpool {
  private readonly segments: Blob[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  append(chunk: Uint8Array): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= SEGMENT_BYTES) this.seal();
  }

  /** The whole stream so far, as one Blob. */
  blob(): Blob {
    this.seal();
    return new Blob(this.segments);
  }

  private seal(): void {
    if (this.pending.length === 0) return;
    this.segments.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
    this.pendingBytes = 0;
  }
}
