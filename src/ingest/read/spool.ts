/**
 * Where the decompressed text of a gzip file is kept so that one event can be re-read by
 * offset later (gzip cannot be sliced): written once in stream order, read at random.
 */
export interface Spool {
  append(chunk: Uint8Array): void;
  read(offset: number, length: number): Promise<Uint8Array>;
  /** Why part of the text could not be kept (storage full, …), if it happened. */
  readonly error: string | undefined;
  /** Frees the storage; the spool cannot be used afterwards. */
  close(): void;
}
