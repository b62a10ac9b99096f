/**
 * Spool worker: keeps the decompressed text of one gzip file in Blobs on a thread of its
 * own. Copying into the browser's blob store costs about as much as parsing; here it runs
 * beside the engine instead of inside it. Chunks arrive transferred (no copy); reads are
 * answered with the bytes, transferred back.
 */
/// <reference lib="webworker" />
import { BlobSpool } from '../ingest/read/blob-spool';

declare const self: DedicatedWorkerGlobalScope;

export type SpoolRequest =
  | { readonly kind: 'append'; readonly chunks: readonly Uint8Array[] }
  | {
      readonly kind: 'read';
      readonly id: number;
      readonly offset: number;
      readonly length: number;
    };

export type SpoolAnswer =
  | { readonly id: number; readonly bytes: Uint8Array }
  | { readonly id: number; readonly error: string };

const spool = new BlobSpool();

self.onmessage = (event: MessageEvent<SpoolRequest>) => {
  const request = event.data;
  if (request.kind === 'append') {
    for (const chunk of request.chunks) spool.append(chunk);
    return;
  }
  spool.read(request.offset, request.length).then(
    (bytes) => self.postMessage({ id: request.id, bytes } satisfies SpoolAnswer, [bytes.buffer]),
    (error: unknown) =>
      self.postMessage({ id: request.id, error: String(error) } satisfies SpoolAnswer),
  );
};
