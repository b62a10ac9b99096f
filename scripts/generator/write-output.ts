/**
 * Streams text chunks to a file, optionally through gzip, with backpressure (Node only).
 * Gzip output carries no file name and a zero modification time, so it is reproducible.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

export interface WriteOptions {
  gzip?: boolean;
  /** Gzip compression level (default 1: fast). */
  level?: number;
}

export interface WriteResult {
  /** Bytes written to the file (compressed size when gzipped). */
  bytes: number;
  /** Bytes of uncompressed text. */
  textBytes: number;
}

export async function writeChunks(
  chunks: Iterable<string>,
  path: string,
  options: WriteOptions = {},
): Promise<WriteResult> {
  await mkdir(dirname(path), { recursive: true });
  let textBytes = 0;
  const counted = (function* () {
    for (const chunk of chunks) {
      textBytes += Buffer.byteLength(chunk);
      yield chunk;
    }
  })();
  const file = createWriteStream(path);
  const source = Readable.from(counted);
  if (options.gzip === true) {
    await pipeline(source, createGzip({ level: options.level ?? 1 }), file);
  } else {
    await pipeline(source, file);
  }
  return { bytes: file.bytesWritten, textBytes };
}
