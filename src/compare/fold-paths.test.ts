import { describe, expect, it } from 'vitest';
import { FOLD_AT, foldPaths } from './fold-paths';
import { shapeGlob } from './pieces';

const temps = (n: number, tail = '') =>
  Array.from({ length: n }, (_, i) => `/tmp/tmp.${(i * 7919 + 104729).toString(36)}Qz${i}${tail}`);

describe('foldPaths', () => {
  it('folds a directory of many generated names into one pattern', () => {
    const paths = [...temps(FOLD_AT, '/out'), '/tmp/.x/payload', '/etc/passwd'];
    const folded = foldPaths(paths);
    expect(new Set(temps(FOLD_AT, '/out').map((p) => folded.get(p)?.text))).toEqual(
      new Set(['/tmp/*/out']),
    );
    expect(folded.get('/tmp/.x/payload')?.text).toBe('/tmp/.x/payload');
    expect(folded.get('/etc/passwd')?.text).toBe('/etc/passwd');
  });

  it('leaves a directory with few generated names as it is', () => {
    const paths = temps(FOLD_AT - 1);
    const folded = foldPaths(paths);
    for (const p of paths) expect(folded.get(p)?.text).toBe(p);
  });

  it('decides deeper directories on the folded prefix', () => {
    // Each container layer holds one generated file: only together are they many.
    const layers = Array.from(
      { length: FOLD_AT },
      (_, i) => `/var/lib/overlay/${(0xa1b2c3d4 + i * 977).toString(16)}/diff/run/sess${i}Zq8x1`,
    );
    const folded = foldPaths(layers);
    expect(new Set(layers.map((p) => folded.get(p)?.text))).toEqual(
      new Set(['/var/lib/overlay/*/diff/run/*']),
    );
  });

  it('keeps chosen names beside the folded ones, and /proc pids fold', () => {
    const pids = Array.from({ length: FOLD_AT + 2 }, (_, i) => `/proc/${100 + i}/status`);
    const folded = foldPaths([...pids, '/proc/sys/kernel/hostname']);
    expect(folded.get('/proc/101/status')?.text).toBe('/proc/*/status');
    expect(folded.get('/proc/sys/kernel/hostname')?.text).toBe('/proc/sys/kernel/hostname');
  });

  it('gives a wildcard pattern for the query', () => {
    const folded = foldPaths(temps(FOLD_AT, '/a b'));
    const any = folded.get(temps(1, '/a b')[0] as string);
    expect(shapeGlob(any?.pieces ?? [])).toBe('/tmp/*/a b');
  });
});

describe('foldPaths: numbered names', () => {
  it('folds names that differ only in their numbers, keeping their text', () => {
    const dir = '/var/lib/postgresql/15/main/base/pgsql_tmp';
    const paths = Array.from({ length: FOLD_AT }, (_, i) => `${dir}/pgsql_tmp${93900 + i * 7}.0`);
    const folded = foldPaths([...paths, `${dir}/PG_VERSION`]);
    expect(folded.get(paths[0] as string)?.text).toBe(`${dir}/pgsql_tmp*.*`);
    expect(folded.get(`${dir}/PG_VERSION`)?.text).toBe(`${dir}/PG_VERSION`);
    // The directory `15` is one name: alone, it is not folded.
    expect(folded.get(paths[0] as string)?.text.startsWith('/var/lib/postgresql/15/')).toBe(true);
  });

  it('folds the dates of dated names, however few', () => {
    const folded = foldPaths([
      '/var/backups/app-2026-11-20.sql.gz',
      '/var/log/export_20261119.log',
      '/opt/app/v2026.1/config',
    ]);
    expect(folded.get('/var/backups/app-2026-11-20.sql.gz')?.text).toBe(
      '/var/backups/app-*.sql.gz',
    );
    expect(folded.get('/var/log/export_20261119.log')?.text).toBe('/var/log/export_*.log');
    expect(folded.get('/opt/app/v2026.1/config')?.text).toBe('/opt/app/v2026.1/config');
  });

  it('splits Windows paths at backslashes', () => {
    const paths = Array.from(
      { length: FOLD_AT },
      (_, i) => `C:\\ProgramData\\Shop\\exports\\orders-0${30259 + i * 311}.csv`,
    );
    const folded = foldPaths(paths);
    expect(folded.get(paths[0] as string)?.text).toBe(
      'C:\\ProgramData\\Shop\\exports\\orders-*.csv',
    );
  });
});
