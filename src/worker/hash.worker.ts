/**
 * Fingerprint worker: hashes a file's bytes on another thread while the engine parses
 * them, so hashing costs the engine only a copy of each chunk. Messages: `update` with a
 * chunk (transferred), then `finish`, answered with the fingerprint.
 */
/// <reference lib="webworker" />
import { BlockHasher } from '../ingest/read/block-hasher';

declare const self: DedicatedWorkerGlobalScope;

export type HashMessage =
  { readonly kind: 'update'; readonly chunk: Uint8Array } | { readonly kind: 'finish' };

const hasher = new BlockHasher();

self.onmessage = (event: MessageEvent<HashMessage>) => {
  const message = event.data;
  if (message.kind === 'update') {
    hasher.update(message.chunk);
    return;
  }
  hasher.finish().then(
    (fingerprint) => self.postMessage({ fingerprint }),
    (error: unknown) => self.postMessage({ error: String(error) }),
  );
};
