/**
 * A file's fingerprint before it is read for its events: the loader needs it on every row
 * (event ids of bare bodies are `<fingerprint>:<ordinal>`) and to skip a file already loaded.
 * It hashes what `ingestFile` hashes — the stored bytes, or only the first 4 KiB of a file
 * ingest refuses as binary or UTF-16 — so the two agree (the load checks that they do).
 */
import { ContentHasher } from '../../src/ingest/read/content-hasher';
import { sniffBytes } from '../../src/ingest/read/sniff';

const HEAD_BYTES = 4096;

export async function fileFingerprint(file: Blob): Promise<string> {
  const hasher = new ContentHasher();
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const sniffed = sniffBytes(head);
  if (sniffed === 'binary' || sniffed === 'utf16') {
    hasher.update(head);
  } else if (sniffed !== 'empty') {
    const reader = file.stream().getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      hasher.update(chunk.value);
    }
  }
  return hasher.finish();
}
