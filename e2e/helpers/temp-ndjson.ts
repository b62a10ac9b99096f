// Small NDJSON files a spec builds from the generated fixtures (events edited to make a
// point: a drifting one, a Windows one), written to a temporary folder removed afterwards.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from './app-page';

export interface TempFile {
  readonly path: string;
  remove(): Promise<void>;
}

/** The events of an NDJSON fixture, parsed. */
export async function fixtureEvents(name: string): Promise<Record<string, unknown>[]> {
  return (await readFile(fixturePath(name), 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Writes `events` as NDJSON named `name` in a new temporary folder. */
export async function writeTempNdjson(name: string, events: readonly unknown[]): Promise<TempFile> {
  const dir = await mkdtemp(join(tmpdir(), 'cws-e2e-'));
  const path = join(dir, name);
  await writeFile(path, events.map((e) => JSON.stringify(e)).join('\n'));
  return { path, remove: () => rm(dir, { recursive: true, force: true }) };
}
