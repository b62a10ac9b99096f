// Property tests of a whole file's ingest: generated NDJSON files whose every line has a known
// fate load with exactly the expected events, rejected records and blank lines (records =
// events + rejected) whatever the chunk boundaries, plain or gzipped; arbitrary bytes never
// throw and ingest alike in any chunking; the hostile corpus loads whole without pollution.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANCESTOR_COUNT,
  ARG_COUNT,
  hostileCorpus,
  LONG_LENGTH,
} from '../../e2e/helpers/hostile-corpus';
import type { Problem } from '../protocol/messages';
import { ingestFile } from './ingest-file';
import type { IngestedEvent } from './ingest-file';
import { fuzzParams } from '../test-support/fuzz-params';

const PARAMS = fuzzParams(150, 0x1ce);

const encoder = new TextEncoder();

/** A file whose stream hands over exactly the given chunks, as a browser's reader might. */
class ChunkedBlob extends Blob {
  private readonly parts: readonly Uint8Array<ArrayBuffer>[];

  constructor(parts: readonly Uint8Array<ArrayBuffer>[]) {
    super([...parts]);
    this.parts = parts;
  }

  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const parts = [...this.parts];
    return new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull(controller) {
        const next = parts.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(next.slice());
      },
    });
  }
}

function chunksOf(bytes: Uint8Array, cuts: readonly number[]): Uint8Array<ArrayBuffer>[] {
  const at = cuts.map((c) => Math.min(c, bytes.length)).sort((a, b) => a - b);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let from = 0;
  for (const cut of [...at, bytes.length]) {
    chunks.push(bytes.slice(from, cut));
    from = cut;
  }
  return chunks;
}

interface Ingested {
  readonly events: ReadonlyArray<Omit<IngestedEvent, 'body' | 'envelope'>>;
  readonly problems: readonly Problem[];
  readonly blank: number;
  readonly format: string;
  readonly fingerprint: string;
  readonly outcome: string;
}

async function ingest(parts: readonly Uint8Array<ArrayBuffer>[]): Promise<Ingested> {
  const events: Ingested['events'][number][] = [];
  const problems: Problem[] = [];
  let blank = 0;
  // Every record gets exactly one ordinal, as an event or as a rejected record.
  let outcomes = 0;
  const result = await ingestFile(new ChunkedBlob(parts), 'fuzz.json', {
    event: ({ body: _body, envelope: _envelope, ...event }) => {
      outcomes++;
      expect(event.ordinal).toBe(outcomes);
      events.push(event);
    },
    problem: (p) => {
      if (p.kind === 'record') outcomes++;
      problems.push(p);
    },
    blankLine: () => blank++,
    bytesRead: () => undefined,
    cancelled: () => false,
    spooling: () => undefined,
  });
  return { events, problems, blank, ...result };
}

const rejectedOf = (o: Ingested) => o.problems.filter((p) => p.kind === 'record').length;

// ---- a file whose every line has a known fate ---------------------------------------

interface Line {
  readonly text: string;
  readonly events: number;
  readonly rejected: number;
  readonly blank: number;
  /** A value cut short: the next line must not look like its continuation. */
  readonly cut?: boolean;
}

const text = fc.string({
  unit: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom('a', 'Z', '0', ' ', 'é', '✓', '😀', '\u202e') },
    { weight: 2, arbitrary: fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', '\t') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 16,
});

const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(text, tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** An object that is one event whatever its content (no envelope or response keys). */
const eventObject = fc
  .tuple(
    fc.dictionary(
      text.map((k) => `k_${k}`),
      value,
      { maxKeys: 4 },
    ),
    fc.boolean(),
  )
  .map(([fields, withEvt]) =>
    withEvt ? { evt: { name: 'open', category: 'File Activity' }, ...fields } : fields,
  );

const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
);

const objectLine: fc.Arbitrary<Line> = eventObject.map((o) => ({
  text: JSON.stringify(o),
  events: 1,
  rejected: 0,
  blank: 0,
}));

const otherLine: fc.Arbitrary<Line> = fc.oneof(
  { weight: 4, arbitrary: objectLine },
  {
    weight: 1,
    arbitrary: eventObject.map((o) => ({
      text: JSON.stringify(o, null, 2),
      events: 1,
      rejected: 0,
      blank: 0,
    })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(eventObject, { minLength: 2, maxLength: 3 }), fc.constantFrom('', ' '))
      .map(([list, sep]) => ({
        text: list.map((o) => JSON.stringify(o)).join(sep),
        events: list.length,
        rejected: 0,
        blank: 0,
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(fc.oneof(eventObject, scalar), { maxLength: 4 }), fc.boolean())
      .map(([items, pretty]) => {
        const objects = items.filter((i) => typeof i === 'object' && i !== null).length;
        return {
          text: pretty ? JSON.stringify(items, null, 2) : JSON.stringify(items),
          events: objects,
          rejected: items.length === 0 ? 1 : items.length - objects,
          blank: 0,
        };
      }),
  },
  {
    weight: 1,
    arbitrary: scalar.map((s) => ({ text: JSON.stringify(s), events: 0, rejected: 1, blank: 0 })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x', 'G', 'q', '<'), text)
      // Raw control bytes would make the file sniff as binary (never read at all).
      .filter(([, rest]) => !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(rest))
      .map(([first, rest]) => ({ text: first + rest, events: 0, rejected: 1, blank: 0 })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(eventObject, fc.double({ min: 0, max: 1, noNaN: true })).map(([o, at]) => {
      const whole = JSON.stringify(o);
      const cut = whole.slice(0, 1 + Math.floor((whole.length - 2) * at));
      return { text: cut, events: 0, rejected: 1, blank: 0, cut: true };
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', ' ', '\t ').map((t) => ({
      text: t,
      events: 0,
      rejected: 0,
      blank: 1,
    })),
  },
);

/** Lines before the first object (which decides line mode): blank, garbage or scalars. */
const leadLine: fc.Arbitrary<Line> = otherLine.filter(
  (l) =>
    l.blank === 1 ||
    (l.events === 0 && l.cut !== true && !l.text.startsWith('[') && !l.text.startsWith('{')),
);

const knownFile = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    lead: fc.array(leadLine, { maxLength: 3 }),
    first: objectLine,
    rest: fc.array(otherLine, { maxLength: 14 }),
  })
  .map(({ bom, eol, lead, first, rest }) => {
    // A line cut short swallows the blank lines after it (a pretty value may hold them).
    const lines: Line[] = [];
    for (const line of [...lead, first, ...rest]) {
      if (!(line.blank === 1 && lines.at(-1)?.cut === true)) lines.push(line);
    }
    const sum = (key: 'events' | 'rejected' | 'blank') =>
      lines.reduce((n, line) => n + line[key], 0);
    const body = lines.map((l) => `${l.text.replaceAll('\n', eol)}${eol}`).join('');
    return {
      bytes: encoder.encode(`${bom ? '\ufeff' : ''}${body}`),
      events: sum('events'),
      rejected: sum('rejected'),
      blank: sum('blank'),
    };
  });

const cuts = fc.array(fc.nat(8192), { maxLength: 20 });

describe('ingestFile (fuzz)', () => {
  it('loads a file of known lines with exactly the expected counts, in any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(knownFile, cuts, async (file, at) => {
        const whole = await ingest([file.bytes.slice()]);
        expect(whole.events).toHaveLength(file.events);
        expect(rejectedOf(whole)).toBe(file.rejected);
        expect(whole.blank).toBe(file.blank);
        expect(whole.problems.filter((p) => p.kind === 'file')).toEqual([]);
        const chunked = await ingest(chunksOf(file.bytes, at));
        expect(chunked).toEqual(whole);
      }),
      PARAMS,
    );
  });

  it('loads the same file gzipped with the same counts and events', async () => {
    await fc.assert(
      fc.asyncProperty(knownFile, cuts, async (file, at) => {
        const plain = await ingest([file.bytes.slice()]);
        const zipped = await ingest(chunksOf(gzipSync(file.bytes), at));
        expect(zipped.events).toEqual(plain.events);
        expect(zipped.problems).toEqual(plain.problems);
        expect(zipped.blank).toBe(plain.blank);
        expect(zipped.format).toBe(`${plain.format} (gzip)`);
      }),
      { ...PARAMS, numRuns: Math.ceil((PARAMS.numRuns ?? 100) / 2) },
    );
  });

  it('never throws on arbitrary or damaged bytes, and ingests them alike in any chunking', async () => {
    const damaged = fc
      .tuple(knownFile, fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 6 }))
      .map(([file, damage]) => {
        const bytes = file.bytes.slice();
        for (const [where, b] of damage) if (bytes.length > 0) bytes[where % bytes.length] = b;
        return bytes;
      });
    const input = fc.oneof(fc.uint8Array({ maxLength: 2048 }), damaged);
    await fc.assert(
      fc.asyncProperty(input, cuts, async (bytes, at) => {
        const whole = await ingest([bytes.slice()]);
        expect(await ingest(chunksOf(bytes, at))).toEqual(whole);
        if (whole.format === 'binary' || whole.format === 'utf16' || whole.format === 'empty') {
          expect(whole.events).toEqual([]);
        }
        for (const p of whole.problems) {
          expect(p.byteOffset).toBeGreaterThanOrEqual(0);
          expect(p.byteOffset).toBeLessThanOrEqual(bytes.length);
        }
      }),
      PARAMS,
    );
  });
});

describe('ingestFile: the hostile corpus', () => {
  it('loads every hostile event, keeps prototype keys as data and pollutes nothing', async () => {
    const corpus = hostileCorpus();
    const bodies: Record<string, unknown>[] = [];
    const problems: Problem[] = [];
    const started = performance.now();
    await ingestFile(new Blob([corpus.text]), 'hostile.ndjson', {
      event: (e) => bodies.push(e.body),
      problem: (p) => problems.push(p),
      blankLine: () => undefined,
      bytesRead: () => undefined,
      cancelled: () => false,
      spooling: () => undefined,
    });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(problems).toEqual([]);
    expect(bodies).toHaveLength(corpus.cases.length);

    const probe: Record<string, unknown> = {};
    expect(probe['polluted']).toBeUndefined();
    expect(probe['isAdmin']).toBeUndefined();
    expect(typeof probe.toString).toBe('function');
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Function.prototype).not.toHaveProperty('polluted');
    for (const body of bodies) {
      expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    }

    const byRule = (rule: string) =>
      bodies.find((b) => (b['agent'] as { rule_id?: string } | undefined)?.rule_id === rule);
    // `__proto__` arrives as an own key holding data, never as the prototype.
    for (const rule of ['hostile_proto', 'hostile_proto_flat']) {
      const body = byRule(rule) ?? {};
      expect(Object.hasOwn(body, '__proto__'), rule).toBe(true);
      expect(Object.getOwnPropertyDescriptor(body, '__proto__')?.value).toMatchObject({
        polluted: 'yes',
      });
    }
    const args = (byRule('hostile_many_args')?.['process'] as { args: unknown[] }).args;
    expect(args).toHaveLength(ARG_COUNT);
    const lineage = byRule('hostile_deep_lineage')?.['process'] as { ancestors: unknown[] };
    expect(lineage.ancestors).toHaveLength(ANCESTOR_COUNT);
    const path = (byRule('hostile_long')?.['file'] as { path: string }).path;
    expect(path).toHaveLength(LONG_LENGTH);
  });
});
