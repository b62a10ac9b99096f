// Runs the property tests (`src/**/*.fuzz.test.ts`) long: many cases per property with fresh
// random seeds (`npm test` runs them briefly with fixed seeds). A failure prints its seed and
// path; `--seed` replays it. Options: --runs N (cases per property, default 20000),
// --seed S (replay), --minutes M (repeat with new seeds until M minutes have passed), and a
// part of a file path to run only some files (`npm run fuzz -- --runs 1e5 visible-text`).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

interface Options {
  readonly runs: number;
  readonly seed: string | undefined;
  readonly minutes: number;
  readonly filter: string;
}

function usage(message: string): never {
  console.error(`${message}\nusage: npm run fuzz -- [--runs N] [--seed S] [--minutes M] [filter]`);
  process.exit(2);
}

function parseOptions(argv: readonly string[]): Options {
  let runs = 20_000;
  let seed: string | undefined;
  let minutes = 0;
  let filter = '';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) usage(`${arg} needs a value`);
      return next;
    };
    if (arg === '--runs') runs = Number(value());
    else if (arg === '--seed') seed = value();
    else if (arg === '--minutes') minutes = Number(value());
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else filter = arg;
  }
  if (!Number.isSafeInteger(runs) || runs < 1) usage('--runs must be a positive integer');
  if (!Number.isFinite(minutes) || minutes < 0) usage('--minutes must be a number');
  if (seed !== undefined && !/^-?\d+$/.test(seed)) usage('--seed must be an integer');
  return { runs, seed, minutes, filter };
}

/** The property test files whose path contains `filter`. */
function fuzzFiles(filter: string): string[] {
  return readdirSync('src', { recursive: true, encoding: 'utf8' })
    .map((path) => `src/${path}`)
    .filter((path) => path.endsWith('.fuzz.test.ts') && path.includes(filter))
    .sort();
}

function runOnce(options: Options, files: readonly string[]): number {
  const env: NodeJS.ProcessEnv = { ...process.env, FUZZ_RUNS: String(options.runs) };
  if (options.seed !== undefined) env['FUZZ_SEED'] = options.seed;
  else delete env['FUZZ_SEED'];
  const result = spawnSync(
    'npx',
    ['vitest', 'run', '--testTimeout=0', '--hookTimeout=0', ...files],
    { stdio: 'inherit', env },
  );
  return result.status ?? 1;
}

const options = parseOptions(process.argv.slice(2));
const files = fuzzFiles(options.filter);
if (files.length === 0) usage(`no src/**/*.fuzz.test.ts file matches "${options.filter}"`);
const deadline = Date.now() + options.minutes * 60_000;
let round = 0;
let status: number;
do {
  round++;
  console.log(
    `fuzz round ${round}: ${options.runs} cases per property, ` +
      (options.seed === undefined ? 'fresh random seeds' : `seed ${options.seed}`),
  );
  status = runOnce(options, files);
} while (status === 0 && options.seed === undefined && Date.now() < deadline);
process.exit(status);
