// Writes the end-to-end fixtures into e2e/.fixtures/ before the tests run: one small file per
// input shape (from the seeded event generator, so the content is the same on every run), a
// gzipped archive and an archive folder, and damaged inputs that must be rejected or annotated
// without freezing the page. manifest.json records what each fixture should load as.
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateEvents, routineDayBefore } from '../scripts/generator/generate-events';
import { SAMPLE_OPTIONS } from '../scripts/generator/sample-options';
import { Rng } from '../scripts/generator/prng';
import { SHAPES, writeShape } from '../scripts/generator/shapes';
import type { ShapeName } from '../scripts/generator/shapes';
import type { GeneratedEvent } from '../scripts/generator/types';
import type { FixtureExpectation, FixtureManifest } from './helpers/app-page';
import { hostileCorpus } from './helpers/hostile-corpus';
import { SAMPLE_BASELINE } from './helpers/sample-data';
import { wideTreeNdjson } from './helpers/wide-tree';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '.fixtures');
const SEED = 7;
const COUNT = 50;
const TEN_MB = 10 * 1024 * 1024;
const NESTING_DEPTH = 5000;

const SHAPE_FILES: Readonly<Record<ShapeName, string>> = {
  ndjson: 'shape-ndjson.ndjson',
  array: 'shape-array.json',
  concatenated: 'shape-concatenated.json',
  'logs-v2': 'shape-logs-v2.json',
  'logs-v2-ndjson': 'shape-logs-v2-ndjson.ndjson',
  signals: 'shape-signals.json',
  archive: 'shape-archive.json',
  'logs-v1': 'shape-logs-v1.json',
  intake: 'shape-intake.json',
  flattened: 'shape-flattened.json',
};

function events(count = COUNT, seed = SEED): GeneratedEvent[] {
  return [...generateEvents({ seed, count, storyline: false })];
}

function text(shape: ShapeName, list: readonly GeneratedEvent[]): string {
  return [...writeShape(shape, list)].join('');
}

/** NDJSON lines of event bodies, without line breaks. */
function bodyLines(count: number, seed: number): string[] {
  return text('ndjson', events(count, seed))
    .split('\n')
    .filter((line) => line !== '');
}

function ndjson(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

/** Deterministic bytes with plenty of NULs and no structure. */
function binaryBytes(length: number): Uint8Array {
  const rng = new Rng(SEED);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = i % 7 === 0 ? 0 : rng.int(256);
  return bytes;
}

class FixtureWriter {
  readonly fixtures: Record<string, FixtureExpectation> = {};

  async file(
    name: string,
    content: string | Uint8Array,
    expectation: Omit<FixtureExpectation, 'path'>,
  ): Promise<void> {
    const path = join(OUT_DIR, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    this.fixtures[name] = { path: name, ...expectation };
  }

  async folder(
    name: string,
    files: Readonly<Record<string, string | Uint8Array>>,
    expectation: Omit<FixtureExpectation, 'path' | 'files'>,
  ): Promise<void> {
    for (const [file, content] of Object.entries(files)) {
      const path = join(OUT_DIR, name, file);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    }
    const paths = Object.keys(files).map((file) => `${name}/${file}`);
    this.fixtures[name] = { path: name, files: paths, ...expectation };
  }
}

async function writeShapes(out: FixtureWriter): Promise<void> {
  const list = events();
  for (const shape of SHAPES) {
    await out.file(SHAPE_FILES[shape], text(shape, list), {
      description: `${COUNT} events in the ${shape} shape`,
      events: list.length,
      rejected: 0,
      records: list.length,
    });
  }
  await out.file('archive.json.gz', gzipSync(text('archive', list)), {
    description: `log-archive lines, gzipped (${COUNT} events)`,
    events: list.length,
    rejected: 0,
    records: list.length,
  });
  const half = Math.floor(list.length / 2);
  await out.folder(
    'archive-folder',
    {
      'dt=20261120/hour=08/archive_1.json.gz': gzipSync(text('archive', list.slice(0, half))),
      'dt=20261120/hour=09/archive_2.json.gz': gzipSync(text('archive', list.slice(half))),
    },
    {
      description: 'two gzipped archive files of one archive folder, opened together',
      events: list.length,
      rejected: 0,
      records: list.length,
    },
  );
}

async function writeDamaged(out: FixtureWriter): Promise<void> {
  const good = bodyLines(30, SEED + 1);
  const take = (from: number, n: number): string[] => good.slice(from, from + n);

  const cut = good[10] ?? '';
  await out.file(
    'bad-truncated-line.ndjson',
    ndjson([...take(0, 10), cut.slice(0, Math.floor(cut.length / 2)), ...take(11, 10)]),
    {
      description: 'a JSON line cut in half (line 11) amid 20 good lines',
      events: 20,
      rejected: 1,
      records: 21,
    },
  );

  await out.file(
    'bad-non-json.ndjson',
    ndjson([
      ...take(0, 5),
      'this is not json',
      ...take(5, 5),
      '<html><body>502 Bad Gateway</body></html>',
      "{not: 'json'}",
      ...take(10, 5),
    ]),
    {
      description: 'three non-JSON lines (6, 12, 13) amid 15 good lines',
      events: 15,
      rejected: 3,
      records: 18,
    },
  );

  await out.file(
    'bad-not-objects.ndjson',
    ndjson([...take(0, 5), '42', ...take(5, 5), '"str"', '[1]', 'null', ...take(10, 5)]),
    {
      description: 'JSON values that are not objects (42, "str", [1], null) amid 15 good lines',
      events: 15,
      rejected: 4,
      records: 19,
    },
  );

  // Invalid UTF-8 (a lone continuation byte and a truncated two-byte sequence) inside the title
  // string of the 5th of 10 events. A decoder that replaces bad bytes keeps the event.
  const utf8Lines = take(0, 10).map((line) => Buffer.from(`${line}\n`, 'utf8'));
  const target = utf8Lines[4];
  if (target !== undefined) {
    const at = target.indexOf('"title":"') + '"title":"'.length;
    utf8Lines[4] = Buffer.concat([
      target.subarray(0, at),
      Buffer.from([0x80, 0xc3, 0x28, 0xff]),
      target.subarray(at),
    ]);
  }
  await out.file('bad-invalid-utf8.ndjson', Buffer.concat(utf8Lines), {
    description: 'invalid UTF-8 bytes inside a string of event 5 of 10',
    records: 10,
  });

  const archive = gzipSync(text('archive', events()));
  await out.file('bad-truncated.json.gz', archive.subarray(0, Math.floor(archive.length / 2)), {
    description: `a gzipped archive of ${COUNT} events cut in half`,
    maxEvents: COUNT,
    mayFail: true,
  });

  await out.file('bad-empty.ndjson', '', {
    description: 'an empty file',
    events: 0,
    rejected: 0,
    records: 0,
  });

  const huge = JSON.parse(good[0] ?? '{}') as { process?: { args?: string[] } };
  huge.process = { ...huge.process, args: [...(huge.process?.args ?? []), 'x'.repeat(TEN_MB)] };
  await out.file(
    'bad-huge-arg.ndjson',
    ndjson([...take(1, 3), JSON.stringify(huge), ...take(4, 3)]),
    {
      description: 'a valid event with a 10 MB process argument (line 4) amid 6 good lines',
      records: 7,
    },
  );

  // Garbage first, so that content detection has to look past it.
  const unit = 'GARBAGE \u0001<not json> ';
  const garbage = unit.repeat(Math.ceil(TEN_MB / unit.length)).slice(0, TEN_MB);
  await out.file('bad-huge-garbage-line.ndjson', ndjson([garbage, ...take(0, 10)]), {
    description: '10 MB of garbage on line 1, then 10 good lines',
    events: 10,
    rejected: 1,
    records: 11,
  });

  const deep = `${'{"a":'.repeat(NESTING_DEPTH)}1${'}'.repeat(NESTING_DEPTH)}`;
  await out.file('bad-deep-nesting.ndjson', ndjson([...take(0, 5), deep, ...take(5, 5)]), {
    description: `an object nested ${NESTING_DEPTH} levels deep (line 6) amid 10 good lines`,
    records: 11,
  });

  await out.file('bad-binary.dat', binaryBytes(64 * 1024), {
    description: '64 KiB of deterministic random bytes with NULs',
    events: 0,
    mayFail: true,
  });

  // BOM, CRLF line ends and one blank line (after line 25).
  const crlf = events();
  const crlfLines = text('ndjson', crlf)
    .split('\n')
    .filter((line) => line !== '');
  crlfLines.splice(25, 0, '');
  await out.file('bad-crlf-bom.ndjson', `\uFEFF${crlfLines.join('\r\n')}\r\n`, {
    description: `NDJSON with a byte-order mark, CRLF line ends and one blank line (${COUNT} events)`,
    events: crlf.length,
    rejected: 0,
    records: crlf.length,
    blank: 1,
  });
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export default async function globalSetup(): Promise<void> {
  // Several test runs side by side (E2E_PORT / E2E_DIST) share one fixture folder: with
  // E2E_KEEP_FIXTURES set, a folder already written is kept instead of rewritten under them.
  if (
    process.env.E2E_KEEP_FIXTURES !== undefined &&
    (await exists(join(OUT_DIR, 'manifest.json')))
  ) {
    return;
  }
  await rm(OUT_DIR, { recursive: true, force: true });
  await mkdir(OUT_DIR, { recursive: true });
  const out = new FixtureWriter();
  await writeShapes(out);
  await writeDamaged(out);
  const wide = wideTreeNdjson();
  await out.file('wide-tree.ndjson', wide.text, {
    description: 'one process with hundreds of descendants beside the selected one',
    events: wide.events,
    rejected: 0,
  });
  const hostile = hostileCorpus();
  await out.file('hostile.ndjson', hostile.text, {
    description:
      'events whose attacker-controlled strings and keys are hostile (hostile-corpus.ts)',
    events: hostile.cases.length,
    rejected: 0,
    records: hostile.cases.length,
  });
  const routineDay = [...generateEvents(routineDayBefore(SAMPLE_OPTIONS))];
  await out.file(SAMPLE_BASELINE, gzipSync(text('archive', routineDay)), {
    description: 'the sample’s hosts on a routine day before the intrusion: its baseline',
    events: routineDay.length,
    rejected: 0,
    records: routineDay.length,
  });
  const manifest: FixtureManifest = { seed: SEED, fixtures: out.fixtures };
  await writeFile(join(OUT_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
