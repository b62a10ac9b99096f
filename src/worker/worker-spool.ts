/**
 * A `Spool` backed by a spool worker (see spool.worker.ts), falling back to an in-thread
 * Blob spool where workers cannot be started (unit tests).
 */
import { BlobSpool } from '../ingest/read/blob-spool';
import type { Spool } from '../ingest/read/spool';
import type { SpoolAnswer, SpoolRequest } from './spool.worker';

const BATCH_BYTES = 2 * 1024 * 1024;

export async function createSpool(): Promise<Spool> {
  if (typeof Worker === 'undefined') return new BlobSpool();
  const worker = new Worker(new URL('./spool.worker.ts', import.meta.url), {
    type: 'module',
    name: 'spool',
  });
  const pending = new Map<
    number,
    { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }
  >();
  let nextId = 1;
  let error: string | undefined;
  const failAll = (message: string) => {
    error = message;
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
  };
  worker.onmessage = (event: MessageEvent<SpoolAnswer>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if ('bytes' in answer) waiting?.resolve(answer.bytes);
    else waiting?.reject(new Error(answer.error));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(`the decompressed text could not be kept: ${event.message || 'spool worker failed'}`);
  };
  const post = (request: SpoolRequest, transfer: Transferable[] = []) =>
    worker.postMessage(request, transfer);
  // Chunks are sent in batches: one message per 64 KiB chunk costs more than the copy it saves.
  let batch: Uint8Array[] = [];
  let batchBytes = 0;
  const sendBatch = () => {
    if (batch.length === 0) return;
    post(
      { kind: 'append', chunks: batch },
      batch.map((chunk) => chunk.buffer),
    );
    batch = [];
    batchBytes = 0;
  };
  return {
    get error() {
      return error;
    },
    append(chunk) {
      // Hand the chunk's memory over when the chunk owns its whole buffer; else copy.
      const owned =
        chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength
          ? chunk
          : chunk.slice();
      batch.push(owned);
      batchBytes += owned.length;
      if (batchBytes >= BATCH_BYTES) sendBatch();
    },
    read(offset, length) {
      if (error !== undefined) return Promise.reject(new Error(error));
      sendBatch();
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        post({ kind: 'read', id, offset, length });
      });
    },
    close() {
      worker.terminate();
      failAll('the data set was closed');
    },
  };
}
