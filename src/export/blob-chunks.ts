/**
 * An export's output, gathered as it is written: text is collected into chunks of about a
 * megabyte, each turned into a `Blob` at once, so the JS heap never holds more than one
 * chunk and the browser may keep the rest out of memory. The file is one `Blob` of the chunks.
 */

/** Characters gathered before they become a `Blob`. */
const CHUNK_CHARS = 1 << 20;

export class BlobChunks {
  private readonly parts: Blob[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  private flushedBytes = 0;

  constructor(
    private readonly type: string,
    private readonly chunkChars = CHUNK_CHARS,
  ) {}

  add(text: string): void {
    if (text === '') return;
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= this.chunkChars) this.flush();
  }

  /** Bytes written so far (UTF-8 of the flushed chunks; the pending chunk is counted by characters). */
  get bytes(): number {
    return this.flushedBytes + this.pendingChars;
  }

  /** The whole file. */
  finish(): Blob {
    this.flush();
    return new Blob(this.parts, { type: this.type });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const blob = new Blob(this.pending);
    this.parts.push(blob);
    this.flushedBytes += blob.size;
    this.pending = [];
    this.pendingChars = 0;
  }
}
