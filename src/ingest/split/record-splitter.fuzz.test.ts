// Property tests of the format sniffer and the streaming record splitter: arbitrary bytes and
// arbitrary JSON-ish texts (NDJSON, pretty values, arrays, responses, back-to-back objects,
// garbage, BOM, CRLF, multi-byte UTF-8) cut at arbitrary chunk boundaries split into the same
// records as in one piece, and every record is exactly the input bytes it claims to be.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffBytes } from '../read/sniff';
import { RecordSplitter } from './record-splitter';
import { fuzzParams } from '../../test-support/fuzz-params';

const PARAMS = fuzzParams(400, 0x5eed);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface SplitOutcome {
  readonly records: ReadonlyArray<{
    /** The record's bytes, one char per byte. */
    readonly bytes: string;
    readonly offset: number;
    readonly length: number;
    readonly line: number;
    readonly defect: string | undefined;
  }>;
  readonly blank: number;
}

/** Cuts `bytes` at the given positions (any order, repeats give empty chunks). */
function chunksOf(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const at = [...cuts.map((c) => Math.min(c, bytes.length))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const cut of at) {
    chunks.push(bytes.subarray(from, cut));
    from = cut;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
}

/**
 * Runs the splitter over `chunks`. With `release`, each chunk is pushed as a private copy that
 * is overwritten right after `releaseChunk()`, as when its memory is handed to another thread.
 */
function split(
  chunks: readonly Uint8Array[],
  options: { maxRecordBytes?: number; release?: boolean } = {},
): SplitOutcome {
  const records: SplitOutcome['records'][number][] = [];
  let blank = 0;
  const splitter = new RecordSplitter({
    maxRecordBytes: options.maxRecordBytes ?? 1 << 20,
    onRecord: (r) => {
      const bytes = Buffer.from(r.bytes).toString('latin1');
      if (r.text !== undefined) expect(r.text).toBe(decoder.decode(r.bytes));
      records.push({ bytes, offset: r.offset, length: r.length, line: r.line, defect: r.defect });
    },
    onBlankLine: () => blank++,
  });
  for (const chunk of chunks) {
    if (options.release === true) {
      const own = chunk.slice();
      splitter.push(own);
      splitter.releaseChunk();
      own.fill(0x7b); // `{`: stale views into the chunk would now read garbage
    } else {
      splitter.push(chunk);
    }
  }
  splitter.finish();
  return { records, blank };
}

/** Records are the input bytes they point at, in order, without overlap, on the right line. */
function expectFaithful(input: Uint8Array, outcome: SplitOutcome): void {
  const latin1 = Buffer.from(input).toString('latin1');
  let end = 0;
  for (const r of outcome.records) {
    expect(r.offset).toBeGreaterThanOrEqual(end);
    expect(r.offset + r.length).toBeLessThanOrEqual(input.length);
    if (r.defect !== 'oversize') {
      expect(r.bytes).toBe(latin1.slice(r.offset, r.offset + r.length));
      expect(r.length).toBeGreaterThan(0);
    } else {
      expect(r.bytes).toBe('');
    }
    let newlines = 0;
    for (let i = latin1.indexOf('\n'); i >= 0 && i < r.offset; i = latin1.indexOf('\n', i + 1))
      newlines++;
    expect(r.line).toBe(newlines + 1);
    end = r.offset + r.length;
  }
}

// ---- arbitraries ----------------------------------------------------------------------

/** Strings rich in what the scanner cares about: quotes, escapes, brackets, multi-byte text. */
const trickyText = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('a', 'z', '0', ' ', 'é', '✓', '😀', '日', '\u202e') },
    { weight: 2, arbitrary: fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':') },
    { weight: 1, arbitrary: fc.constantFrom('\t', '\r', '\u0000', '\u2028', '\ufeff') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 24,
});

const key = fc.oneof(
  { weight: 5, arbitrary: trickyText },
  {
    weight: 2,
    arbitrary: fc.constantFrom('data', 'logs', 'evt', 'attributes', '__proto__', 'meta', 'id'),
  },
);

const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    trickyText,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;

const object = fc.dictionary(key, jsonValue, { maxKeys: 5 });

/** One piece of a JSON-ish file: what exports, downloaders and broken pipes produce. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: object.map((o) => JSON.stringify(o)) },
  { weight: 2, arbitrary: object.map((o) => JSON.stringify(o, null, 2)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.array(object, { maxLength: 4 }), fc.boolean())
      .map(([list, pretty]) => (pretty ? JSON.stringify(list, null, 2) : JSON.stringify(list))),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('data', 'logs'), fc.array(object, { maxLength: 3 }), object)
      .map(([name, list, meta]) => JSON.stringify({ [name]: list, meta }, null, 1)),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.array(object, { minLength: 2, maxLength: 3 }), fc.constantFrom('', ' '))
      .map(([list, sep]) => list.map((o) => JSON.stringify(o)).join(sep)),
  },
  { weight: 2, arbitrary: trickyText },
  { weight: 1, arbitrary: jsonValue.map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\r') },
);

/** A whole file as text: optional BOM, pieces on LF or CRLF lines, some of them cut short. */
const jsonishText = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    pieces: fc.array(
      fc.tuple(piece, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 6 })),
      { maxLength: 12 },
    ),
    trailingEol: fc.boolean(),
  })
  .map(({ bom, eol, pieces, trailingEol }) => {
    const lines = pieces.map(([text, cut]) =>
      cut === null ? text : text.slice(0, Math.floor(text.length * cut)),
    );
    const body = lines.join(eol).replaceAll('\n', eol === '\n' ? '\n' : '\r\n');
    return `${bom ? '\ufeff' : ''}${body}${trailingEol ? eol : ''}`;
  });

/** Chunk boundaries for an input of up to `max` bytes (positions past the end are clamped). */
const cuts = (max: number) => fc.array(fc.nat(max), { maxLength: 24 });

/** Input bytes: raw, JSON-ish, or JSON-ish with a few bytes damaged. */
const inputBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc
    .tuple(fc.constantFrom(new Uint8Array(0), new Uint8Array([0xef, 0xbb, 0xbf])), fc.uint8Array())
    .map(([head, rest]) => new Uint8Array([...head, ...rest])),
  jsonishText.map((text) => encoder.encode(text)),
  fc
    .tuple(
      jsonishText,
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
    )
    .map(([text, damage]) => {
      const bytes = encoder.encode(text);
      for (const [at, value] of damage) if (bytes.length > 0) bytes[at % bytes.length] = value;
      return bytes;
    }),
);

/** Inputs that once broke a property, kept as fixed examples. */
const REGRESSIONS: Array<[Uint8Array, number[]]> = [
  // A byte-order mark cut by the first chunk boundary became a record of its own.
  [encoder.encode('\ufeff{"a":1}\n{"b":2}\n'), [1]],
  [encoder.encode('\ufeff{"a":1}\n'), [2, 2]],
  [new Uint8Array([0xef, 0xbb]), [1]],
  // A raw newline after a backslash inside a string was not counted as a line.
  [encoder.encode('{"data":[{"a":"x\\\n"},\n{"b":1}]}\n{"c":2}\n'), [7]],
];

// ---- properties -----------------------------------------------------------------------

describe('RecordSplitter (fuzz)', () => {
  it('gives the same records and blank lines whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(inputBytes, cuts(4096), (bytes, at) => {
        const whole = split([bytes]);
        expect(split(chunksOf(bytes, at))).toEqual(whole);
        expect(split(chunksOf(bytes, at), { release: true })).toEqual(whole);
        // One byte at a time is the hardest cut of all.
        if (bytes.length <= 200) {
          expect(split(chunksOf(bytes, [...bytes.keys()]))).toEqual(whole);
        }
      }),
      { ...PARAMS, examples: REGRESSIONS },
    );
  });

  it('emits every record as the exact bytes at its offset, in order, on its line', () => {
    fc.assert(
      fc.property(inputBytes, cuts(4096), (bytes, at) => {
        expectFaithful(bytes, split(chunksOf(bytes, at)));
      }),
      { ...PARAMS, examples: REGRESSIONS },
    );
  });

  it('reports oversize records the same way whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(inputBytes, cuts(4096), fc.integer({ min: 1, max: 64 }), (bytes, at, max) => {
        const whole = split([bytes], { maxRecordBytes: max });
        expect(split(chunksOf(bytes, at), { maxRecordBytes: max })).toEqual(whole);
        expectFaithful(bytes, whole);
        for (const r of whole.records) {
          expect(r.defect === 'oversize').toBe(r.length > max);
        }
      }),
      PARAMS,
    );
  });

  it('keeps every non-blank line of a line-mode file in exactly one record', () => {
    // A first one-line object decides line mode; after it, each line is its own record unless
    // it continues a value that is still open.
    const lineText = fc
      .tuple(
        object.filter((o) => !Object.hasOwn(o, 'data') && !Object.hasOwn(o, 'logs')),
        fc.array(
          fc.oneof(
            object.map((o) => JSON.stringify(o)),
            trickyText,
          ),
          { maxLength: 10 },
        ),
      )
      .map(([first, rest]) =>
        [JSON.stringify(first), ...rest.filter((l) => /^[a-z0-9{][^\n]*$/.test(l))].join('\n'),
      );
    fc.assert(
      fc.property(lineText, cuts(2048), (text, at) => {
        const lines = text.split('\n');
        const out = split(chunksOf(encoder.encode(text), at));
        // A line cut short keeps the newline that ended it.
        const unterminated = (r: SplitOutcome['records'][number]) =>
          r.defect === 'unterminated' ? r.bytes.replace(/\n$/, '') : r.bytes;
        expect(out.records.map(unterminated)).toEqual(
          lines.map((l) => Buffer.from(l, 'utf8').toString('latin1')),
        );
        expect(out.records.map((r) => r.line)).toEqual(lines.map((_, i) => i + 1));
        expect(out.blank).toBe(0);
      }),
      PARAMS,
    );
  });
});

describe('sniffBytes (fuzz)', () => {
  it('classifies any head without throwing, and knows gzip, UTF-16 and JSON text', () => {
    const kinds = ['gzip', 'text', 'binary', 'utf16', 'empty'];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), jsonishText, (bytes, text) => {
        const kind = sniffBytes(bytes);
        expect(kinds).toContain(kind);
        expect(kind === 'empty').toBe(bytes.length === 0);
        expect(sniffBytes(new Uint8Array([0x1f, 0x8b, ...bytes]))).toBe('gzip');
        expect(sniffBytes(new Uint8Array([0xff, 0xfe, ...bytes]))).toBe('utf16');
        // JSON-ish text with no NUL and few control bytes reads as text.
        const head = encoder.encode(text).subarray(0, 4096);
        const controls = [...head].filter(
          (b) => b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f,
        ).length;
        if (head.length > 0 && !head.includes(0) && controls * 10 <= head.length) {
          expect(sniffBytes(head)).toBe(head[0] === 0x1f && head[1] === 0x8b ? 'gzip' : 'text');
        }
      }),
      PARAMS,
    );
  });
});
