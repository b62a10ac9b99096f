/**
 * Installs the local engine's package (`clickhouse/local-engine/`, chdb and its ~550 MB
 * library) with npm, once, where it is used: by `npm run clickhouse:install`, by the first
 * `npm run clickhouse:serve`, and by CI.
 */
import { spawnSync } from 'node:child_process';
import { isLocalEngineInstalled, LOCAL_ENGINE_DIR } from './chdb-engine';

/** Installs the local engine unless it is there; returns whether it is installed after. */
export function ensureLocalEngine(say: (line: string) => void): boolean {
  if (isLocalEngineInstalled()) return true;
  say(`Installing the local ClickHouse engine (chdb, about 550 MB) into ${LOCAL_ENGINE_DIR} …`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    ['install', '--prefix', LOCAL_ENGINE_DIR, '--no-audit', '--no-fund'],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0 || !isLocalEngineInstalled()) {
    say(
      'The local engine could not be installed. Run `npm run clickhouse:install` when the npm ' +
        'registry is reachable, or point the explorer at a ClickHouse server of your own.',
    );
    return false;
  }
  return true;
}
