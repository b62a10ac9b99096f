/**
 * The generator options of the bundled sample investigation (`scripts/make-sample.ts`): five
 * hosts of a mixed fleet with the intrusion. Tests that need the sample's routine day (the
 * baseline to compare it with) derive it from these (`routineDayBefore`).
 */
import type { GenerateOptions } from './types';

export const SAMPLE_OPTIONS: GenerateOptions = { seed: 1, count: 6000, agents: 'mixed' };
