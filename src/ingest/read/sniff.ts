/**
 * Looks at the first bytes of a file to tell what it is before reading it: gzip (by its
 * magic bytes 1f 8b, never by its name), UTF-16 text (by its byte-order mark), binary data
 * (NUL bytes or mostly non-text bytes), or text.
 */
export type Sniffed = 'gzip' | 'text' | 'binary' | 'utf16' | 'empty';

export function sniffBytes(head: Uint8Array): Sniffed {
  if (head.length === 0) return 'empty';
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (
    head.length >= 2 &&
    ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
  ) {
    return 'utf16';
  }
  let suspicious = 0;
  for (const b of head) {
    if (b === 0) return 'binary';
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) suspicious++;
  }
  return suspicious > head.length / 10 ? 'binary' : 'text';
}
