// Baseline worker: file.stream() (gunzipped when the file starts with the gzip magic bytes), one
// TextDecoder in streaming mode, split on "\n" carrying the incomplete tail to the next chunk,
// JSON.parse of every non-blank line. It keeps nothing but counters.
'use strict';

async function isGzip(file) {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head.length === 2 && head[0] === 0x1f && head[1] === 0x8b;
}

async function run(file) {
  let stream = file.stream();
  if (await isGzip(file)) stream = stream.pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let tail = '';
  let lines = 0;
  let parsed = 0;
  let failed = 0;
  let bytes = 0;

  const handle = (line) => {
    lines += 1;
    if (line.trim() === '') return;
    try {
      JSON.parse(line);
      parsed += 1;
    } catch {
      failed += 1;
    }
  };

  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    const text = tail + decoder.decode(value, { stream: true });
    let start = 0;
    let end = text.indexOf('\n', start);
    while (end !== -1) {
      handle(text.slice(start, end));
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    tail = text.slice(start);
  }
  tail += decoder.decode();
  if (tail !== '') handle(tail);
  return { lines, parsed, failed, decodedBytes: bytes };
}

self.onmessage = (message) => {
  run(message.data).then(
    (result) => self.postMessage(result),
    (error) => self.postMessage({ error: String(error && error.stack ? error.stack : error) }),
  );
};
