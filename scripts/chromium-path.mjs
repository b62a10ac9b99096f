// Locates a Chromium or Chrome binary for end-to-end tests and benchmarks. The browser is
// never downloaded: the system one is used, so runs work without internet access.
import { accessSync, constants } from 'node:fs';

/** Places looked at, in order, after the CHROMIUM_PATH environment variable. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Flags every launch of the system Chromium needs here: no sandbox (runs as root), and no
 * background networking, component updates, sync or QUIC (the machine has no internet, and
 * the app must be seen making no request of its own).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
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
