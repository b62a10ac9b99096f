import { describe, expect, it } from 'vitest';
import { RecordSplitter, splitValues, type SplitRecord } from './record-splitter';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface Result {
  readonly records: Array<{ text: string; line: number; offset: number; defect?: string }>;
  readonly blank: number;
}

function split(
  input: string | Uint8Array,
  chunkSizes: readonly number[] = [],
  max = 1 << 20,
): Result {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  const records: Result['records'] = [];
  let blank = 0;
  const splitter = new RecordSplitter({
    maxRecordBytes: max,
    onRecord: (r: SplitRecord) =>
      records.push({
        text: decoder.decode(r.bytes),
        line: r.line,
        offset: r.offset,
        ...(r.defect === undefined ? {} : { defect: r.defect }),
      }),
    onBlankLine: () => blank++,
  });
  let at = 0;
  let k = 0;
  while (at < bytes.length) {
    const size =
      chunkSizes.length === 0 ? bytes.length : (chunkSizes[k++ % chunkSizes.length] ?? 1);
    splitter.push(bytes.subarray(at, at + size));
    at += size;
  }
  splitter.finish();
  return { records, blank };
}

const texts = (r: Result) => r.records.map((x) => x.text);

describe('RecordSplitter', () => {
  it('splits NDJSON lines, counting blank lines apart', () => {
    const r = split('{"a":1}\n\n{"b":2}\n   \n{"c":3}\n');
    expect(texts(r)).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
    expect(r.records.map((x) => x.line)).toEqual([1, 3, 5]);
    expect(r.blank).toBe(2);
  });

  it('keeps braces, quotes and escapes inside strings', () => {
    const line = '{"a":"x}{\\"y\\"]\\\\","b":"{"}';
    expect(texts(split(`${line}\n${line}\n`))).toEqual([line, line]);
    const pretty = `{\n "a": "}\\"{",\n "b": [1, "]"]\n}\n{\n "c": 2\n}`;
    const r = split(pretty);
    expect(texts(r)).toEqual(['{\n "a": "}\\"{",\n "b": [1, "]"]\n}', '{\n "c": 2\n}']);
    expect(r.records[1]?.line).toBe(5);
  });

  it('handles CRLF and a byte-order mark', () => {
    const r = split('\uFEFF{"a":1}\r\n{"b":2}\r\n\r\n');
    expect(texts(r).map((t) => t.trim())).toEqual(['{"a":1}', '{"b":2}']);
    expect(r.records[0]?.offset).toBe(3);
    expect(r.blank).toBe(1);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const input =
      '{"a":"x\\"}"}\n{"b":[1,2,{"c":"]"}]}\n\n{"d":"é✓"}\n' + '[{"e":1},\n {"f":"]"}]\n';
    const whole = split(input);
    for (const sizes of [[1], [2], [3], [5, 1, 7], [64]]) {
      expect(split(input, sizes)).toEqual(whole);
    }
  });

  it('makes the elements of a top-level array the records', () => {
    const r = split('[\n  {"a": 1},\n  {"b": [2]},\n  42, "s", null\n]\n');
    expect(texts(r)).toEqual(['{"a": 1}', '{"b": [2]}', '42', '"s"', 'null']);
    expect(r.records.map((x) => x.line)).toEqual([2, 3, 4, 4, 4]);
  });

  it('makes the items of a response object (data / logs) the records', () => {
    const v2 = JSON.stringify(
      {
        data: [
          { id: 'a', type: 'log' },
          { id: 'b', type: 'log' },
        ],
        links: { next: 'x' },
        meta: { page: { after: ']' } },
      },
      null,
      2,
    );
    expect(texts(split(v2)).map((t) => JSON.parse(t) as unknown)).toEqual([
      { id: 'a', type: 'log' },
      { id: 'b', type: 'log' },
    ]);
    const v1 = '{"nextLogId":"z","logs":[{"id":1},{"id":2}],"status":"done"}\n';
    expect(texts(split(v1))).toEqual(['{"id":1}', '{"id":2}']);
  });

  it('does not treat a nested data array as a response', () => {
    const body = '{"evt":{"data":[1]},"data2":[{"x":1}]}';
    expect(texts(split(`${body}\n`))).toEqual([body]);
  });

  it('cuts a truncated NDJSON line at its end without losing the next line', () => {
    const r = split('{"a":1}\n{"b":{"c":"tru\n{"d":4}\nx\n');
    expect(texts(r)).toEqual(['{"a":1}', '{"b":{"c":"tru\n', '{"d":4}', 'x']);
    expect(r.records[1]?.defect).toBe('unterminated');
  });

  it('reports an unterminated value at the end of a structural stream', () => {
    const r = split('{\n "a": {\n  "b": 1\n');
    expect(r.records).toHaveLength(1);
    expect(r.records[0]?.defect).toBe('unterminated');
  });

  it('reports oversize records without buffering them', () => {
    const big = `{"a":"${'x'.repeat(5000)}"}`;
    const r = split(`{"a":1}\n${big}\n{"b":2}\n`, [100], 1000);
    expect(r.records.map((x) => x.defect ?? 'ok')).toEqual(['ok', 'oversize', 'ok']);
    expect(r.records[2]?.text).toBe('{"b":2}');
  });

  it('lets non-JSON lines through as records of their own', () => {
    const r = split('hello world\n{"a":1}\n42\n');
    expect(texts(r)).toEqual(['hello world', '{"a":1}', '42']);
  });

  it('reads a bare-token first line in structural mode', () => {
    const r = split('garbage line\n{"a":1}\n');
    expect(texts(r)).toEqual(['garbage line', '{"a":1}']);
  });

  it('keeps every non-blank line in exactly one record (accounting)', () => {
    const lines = ['{"a":1}', 'x', '{"b":', '[1]', '"s"', '{"c":3}{"d":4}', ''];
    const r = split(lines.join('\n'));
    expect(r.records).toHaveLength(6);
  });
});

describe('splitValues', () => {
  it('splits back-to-back values', () => {
    const bytes = encoder.encode('{"a":"}{"}{"b":1} [2]');
    const ranges = splitValues(bytes) ?? [];
    expect(ranges.map(([s, e]) => decoder.decode(bytes.subarray(s, e)))).toEqual([
      '{"a":"}{"}',
      '{"b":1}',
      '[2]',
    ]);
  });
  it('refuses what does not split cleanly', () => {
    expect(splitValues(encoder.encode('{"a":1}'))).toBeUndefined();
    expect(splitValues(encoder.encode('{"a":1} x'))).toBeUndefined();
    expect(splitValues(encoder.encode('{"a":1}{"b"'))).toBeUndefined();
  });
});

describe('RecordSplitter: NDJSON mixed with pretty-printed values', () => {
  it('reads a pretty value after one-line records', () => {
    const pretty = '{\n  "a": {\n    "b": "}"\n  },\n  "c": [1,\n 2]\n}';
    const r = split(`{"x":1}\n${pretty}\n{"y":2}\n`);
    expect(texts(r)).toEqual(['{"x":1}', pretty, '{"y":2}']);
    expect(r.records.map((x) => x.line)).toEqual([1, 2, 9]);
    for (const sizes of [[1], [3], [7, 2]])
      expect(split(`{"x":1}\n${pretty}\n{"y":2}\n`, sizes)).toEqual(r);
  });

  it('cuts a truncated line when the next line starts a new value at column 0', () => {
    const r = split('{"x":1}\n{"a":{"b":\n{"y":2}\n');
    expect(texts(r)).toEqual(['{"x":1}', '{"a":{"b":\n', '{"y":2}']);
    expect(r.records[1]?.defect).toBe('unterminated');
  });

  it('reports a multi-line value still open at the end of the stream', () => {
    const r = split('{"x":1}\n{\n  "a": 1,\n');
    expect(r.records[1]?.defect).toBe('unterminated');
  });
});

describe('RecordSplitter: text of ASCII records', () => {
  function textsOf(input: Uint8Array, chunk: number): Array<string | undefined> {
    const out: Array<string | undefined> = [];
    const splitter = new RecordSplitter({
      maxRecordBytes: 1 << 20,
      onRecord: (r) => out.push(r.text),
      onBlankLine: () => undefined,
    });
    for (let at = 0; at < input.length; at += chunk) splitter.push(input.subarray(at, at + chunk));
    splitter.finish();
    return out;
  }

  it('hands over the decoded text of records inside one ASCII chunk, equal to the bytes', () => {
    const input = encoder.encode('{"a":1}\n{"b":"x"}\n{"c":[1,2]}\n');
    expect(textsOf(input, input.length)).toEqual(['{"a":1}', '{"b":"x"}', '{"c":[1,2]}']);
    // Records cut by a chunk boundary come without text (the bytes are decoded instead).
    const cut = textsOf(input, 12);
    expect(
      cut
        .filter((t) => t !== undefined)
        .every((t) => ['{"a":1}', '{"b":"x"}', '{"c":[1,2]}'].includes(t as string)),
    ).toBe(true);
    expect(cut).toContain(undefined);
  });

  it('gives no text for chunks with multi-byte or invalid bytes', () => {
    expect(textsOf(encoder.encode('{"a":"é"}\n{"b":1}\n'), 100)).toEqual([undefined, undefined]);
    const bad = encoder.encode('{"a":"x"}\n{"b":1}\n');
    bad[6] = 0xff;
    expect(textsOf(bad, 100)).toEqual([undefined, undefined]);
  });
});

describe('RecordSplitter.releaseChunk', () => {
  it('keeps an open record intact when the pushed chunk is reused afterwards', () => {
    const records: string[] = [];
    const splitter = new RecordSplitter({
      maxRecordBytes: 1 << 20,
      onRecord: (r) => records.push(decoder.decode(r.bytes)),
      onBlankLine: () => undefined,
    });
    const first = encoder.encode('{"a":1}\n{"b":"spans');
    splitter.push(first);
    splitter.releaseChunk();
    first.fill(0x20); // as if the chunk's memory had gone to another thread
    splitter.push(encoder.encode(' chunks"}\n'));
    splitter.finish();
    expect(records).toEqual(['{"a":1}', '{"b":"spans chunks"}']);
  });
});
