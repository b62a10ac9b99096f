import { describe, expect, it } from 'vitest';
import { BlobChunks } from './blob-chunks';

describe('BlobChunks', () => {
  it('gathers text into chunk Blobs and gives the whole file, bytes counted as UTF-8', async () => {
    const chunks = new BlobChunks('text/csv', 8);
    const lines = ['héllo,1\n', '', 'wörld,22\n', 'x\n'];
    for (const line of lines) chunks.add(line);
    expect(chunks.bytes).toBe(new Blob(lines.slice(0, 3)).size + 2);
    const file = chunks.finish();
    expect(file.type).toBe('text/csv');
    expect(await file.text()).toBe(lines.join(''));
    expect(file.size).toBe(new TextEncoder().encode(lines.join('')).length);
  });

  it('gives an empty file when nothing was written', async () => {
    const file = new BlobChunks('application/x-ndjson').finish();
    expect(file.size).toBe(0);
    expect(await file.text()).toBe('');
  });
});
