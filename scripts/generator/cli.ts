/**
 * Command line front end: generates events and writes them in one input shape, streaming.
 *
 *   tsx scripts/generator/cli.ts --count 100000 --shape ndjson --seed 1 [--gzip] --out FILE
 *
 * Other options: --hosts N, --agents seed|mixed (the fleet's agents, see agents.ts),
 * --start ISO-TIME, --no-storyline, --big-ids N, --signal-map attributes|custom,
 * --level 1-9 (gzip level), --routine-day (the same fleet a day earlier, without the intrusion:
 * a baseline to compare the run of the same options with).
 */
import { parseArgs } from 'node:util';
import { FLEETS, isFleet } from './agents';
import { generateEvents, routineDayBefore } from './generate-events';
import { SHAPES, isShape, writeShape } from './shapes';
import type { ShapeOptions } from './shapes';
import type { GenerateOptions } from './types';
import { writeChunks } from './write-output';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) fail(`--${name} must be an integer, got ${value}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      shape: { type: 'string', default: 'ndjson' },
      seed: { type: 'string' },
      hosts: { type: 'string' },
      agents: { type: 'string' },
      start: { type: 'string' },
      'no-storyline': { type: 'boolean', default: false },
      'routine-day': { type: 'boolean', default: false },
      'big-ids': { type: 'string' },
      'signal-map': { type: 'string' },
      gzip: { type: 'boolean', default: false },
      level: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'usage: cli.ts --count N --out FILE [--shape ' +
        SHAPES.join('|') +
        '] [--seed N] [--hosts N]\n' +
        '              [--agents ' +
        FLEETS.join('|') +
        ']\n' +
        '              [--start ISO] [--no-storyline] [--big-ids N] [--signal-map attributes|custom]\n' +
        '              [--gzip] [--level 1-9] [--routine-day]\n',
    );
    return;
  }
  const count = integer(values.count, 'count') ?? fail('--count is required');
  const out = values.out ?? fail('--out is required');
  const shape = values.shape;
  if (!isShape(shape)) fail(`unknown --shape ${shape}; one of ${SHAPES.join(', ')}`);

  let options: GenerateOptions = { count, storyline: !values['no-storyline'] };
  const seed = integer(values.seed, 'seed');
  if (seed !== undefined) options.seed = seed;
  const hosts = integer(values.hosts, 'hosts');
  if (hosts !== undefined) options.hosts = hosts;
  const agents = values.agents;
  if (agents !== undefined) {
    if (!isFleet(agents)) fail(`unknown --agents ${agents}; one of ${FLEETS.join(', ')}`);
    options.agents = agents;
  }
  const bigIds = integer(values['big-ids'], 'big-ids');
  if (bigIds !== undefined) options.bigIds = bigIds;
  if (values.start !== undefined) {
    const startMs = Date.parse(values.start);
    if (Number.isNaN(startMs)) fail(`--start must be an ISO time, got ${values.start}`);
    options.startMs = startMs;
  }
  if (values['routine-day']) options = routineDayBefore(options);
  const shapeOptions: ShapeOptions = {};
  const map = values['signal-map'];
  if (map !== undefined) {
    if (map !== 'attributes' && map !== 'custom') fail('--signal-map must be attributes or custom');
    shapeOptions.signalMap = map;
  }
  const writeOptions: { gzip: boolean; level?: number } = { gzip: values.gzip };
  const level = integer(values.level, 'level');
  if (level !== undefined) writeOptions.level = level;

  const started = performance.now();
  const result = await writeChunks(
    writeShape(shape, generateEvents(options), shapeOptions),
    out,
    writeOptions,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const text = values.gzip ? ` (${result.textBytes} bytes uncompressed)` : '';
  process.stdout.write(
    `${result.bytes} bytes written${text}: ${count} events, ${shape}, ${out}, ${seconds} s\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
