// Makes sure a system Chromium is available to drive the end-to-end tests and benchmarks, and
// prints its path. As root on Debian or Ubuntu it installs the distribution package; elsewhere it
// explains how to provide one. The browser is never downloaded from anywhere else.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { CHROMIUM_CANDIDATES, findChromium } from './chromium-path.mjs';

function isDebianLike() {
  if (!existsSync('/etc/os-release')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function installWithApt() {
  console.log('No Chromium found; installing the distribution package with apt-get.');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', 'chromium'], {
    stdio: 'inherit',
    env,
  });
}

function versionOf(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

const configured = process.env.CHROMIUM_PATH;
if (configured !== undefined && configured !== '' && findChromium() !== configured) {
  console.warn(`CHROMIUM_PATH=${configured} is not an executable file; looking elsewhere.`);
}

let path = findChromium();
if (path === undefined && isRoot() && isDebianLike() && hasAptGet()) {
  installWithApt();
  path = findChromium();
}

if (path === undefined) {
  console.error(
    [
      'No Chromium or Chrome found. Looked at $CHROMIUM_PATH and ' +
        `${CHROMIUM_CANDIDATES.join(', ')}.`,
      'Install one, for example:',
      '  Debian:  sudo apt-get update && sudo apt-get install -y chromium',
      '  Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium-browser',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}

const version = versionOf(path);
console.log(`Using Chromium at ${path}${version === undefined ? '' : ` (${version})`}`);
