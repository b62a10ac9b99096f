// What every benchmark run shares: where the data lives, the sizes it can generate, how long
// a run may take, and how headless Chromium is launched.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../scripts/chromium-path.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = join(ROOT, 'bench', '.data');
export const RUN_TIMEOUT_MS = 20 * 60_000;
/** Sizes run by default; `--only 5m` runs five million events (about 17 GB, NDJSON only). */
export const SIZES: Readonly<Record<string, number>> = { '100k': 100_000, '1m': 1_000_000 };
export const LARGE_SIZES: Readonly<Record<string, number>> = { '5m': 5_000_000 };

export const LAUNCH_ARGS = [
  ...CHROMIUM_ARGS,
  // Keep a hidden or backgrounded headless tab running at full speed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
