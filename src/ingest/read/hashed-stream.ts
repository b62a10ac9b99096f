/**
 * A file's bytes as a stream that feeds its fingerprint and counts them as they go by, and
 * the gzip decompression of such a stream.
 */
import type { Fingerprinter } from './content-hasher';

export function hashedStream(
  file: Blob,
  hasher: Fingerprinter,
  counted: (total: number) => void,
): ReadableStream<Uint8Array> {
  let total = 0;
  return file.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        hasher.update(chunk);
        total += chunk.length;
        counted(total);
        controller.enqueue(chunk);
      },
    }),
  );
}

export function gunzip(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  return stream.pipeThrough(
    new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
  );
}
