/**
 * A `Fingerprinter` that hashes in a worker of its own (see hash.worker.ts), falling back
 * to hashing in place where workers cannot be started (unit tests, old engines).
 */
import { BlockHasher, type Fingerprinter } from '../ingest/read/block-hasher';
import type { HashMessage } from './hash.worker';

export function createFingerprinter(): Fingerprinter {
  if (typeof Worker === 'undefined') return new BlockHasher();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./hash.worker.ts', import.meta.url), {
      type: 'module',
      name: 'fingerprint',
    });
  } catch {
    return new BlockHasher();
  }
  const post = (message: HashMessage, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);
  return {
    update(chunk) {
      // Copy the view's bytes only (cloning a view copies its whole buffer) and hand the
      // copy over; the chunk itself is still being split.
      const copy = chunk.slice();
      post({ kind: 'update', chunk: copy }, [copy.buffer]);
    },
    finish() {
      return new Promise<string>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<{ fingerprint?: string; error?: string }>) => {
          worker.terminate();
          if (event.data.fingerprint !== undefined) resolve(event.data.fingerprint);
          else reject(new Error(event.data.error ?? 'fingerprint failed'));
        };
        worker.onerror = (event) => {
          worker.terminate();
          reject(new Error(event.message || 'the fingerprint worker stopped'));
        };
        post({ kind: 'finish' });
      });
    },
  };
}
