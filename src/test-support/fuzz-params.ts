/**
 * Run settings of the property tests (`*.fuzz.test.ts`): a small fixed-seed run in `npm test`,
 * `FUZZ_RUNS` cases with a fresh seed for long runs (`npm run fuzz`), `FUZZ_SEED` to replay a
 * reported failure.
 */
import type fc from 'fast-check';

export function fuzzParams(defaultRuns: number, defaultSeed: number): fc.Parameters<unknown> {
  const runs = Number(process.env['FUZZ_RUNS']) || defaultRuns;
  const seed = process.env['FUZZ_SEED'];
  const explore = process.env['FUZZ_RUNS'] !== undefined && seed === undefined;
  return {
    numRuns: runs,
    ...(explore ? {} : { seed: seed === undefined ? defaultSeed : Number(seed) }),
  };
}
