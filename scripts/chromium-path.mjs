// Locates a Chromium or Chrome binary for end-to-end tests and benchmarks. The browser is
// never downloaded: the system one is used, so runs work without internet access.
import { accessSync, constants } from 'node:fs';

/** Places looked at, in order, after the CHROMIUM_PATH environment variable. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the path of the first executable Chromium found (CHROMIUM_PATH first), or undefined.
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '' && isExecutable(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find(isExecutable);
}
