// Benchmark inputs: synthetic NDJSON logs (and their gzip) written by the event generator CLI
// into bench/.data/, and the same fleet's routine day (`--routine-day`: no intrusion, a day
// earlier) as the baseline of the comparison benchmark. A file is reused when its marker (what was asked for, and the size written)
// still matches it, since the 1M-event file takes minutes to write.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';

export interface Dataset {
  /** e.g. "100k ndjson". */
  readonly label: string;
  readonly path: string;
  readonly count: number;
  readonly gzip: boolean;
  readonly sizeBytes: number;
  /** Size of the NDJSON text (the file itself, or what the gzip holds). */
  readonly textBytes: number;
}

/** The incident run, or the same fleet's routine day before it (a comparison's baseline). */
export type DatasetVariant = 'incident' | 'routine-day';

interface Marker {
  readonly variant?: DatasetVariant;
  readonly count: number;
  readonly seed: number;
  readonly shape: string;
  readonly gzip: boolean;
  readonly sizeBytes: number;
  readonly textBytes: number;
}

export const SEED = 1;
const SHAPE = 'ndjson';

function run(command: string, args: readonly string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? String(code)})`)),
    );
  });
}

async function readMarker(path: string): Promise<Marker | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Marker;
  } catch {
    return undefined;
  }
}

/** Counts the bytes a gzip file decompresses to (streaming: files can be gigabytes). */
async function gunzippedSize(path: string): Promise<number> {
  let bytes = 0;
  for await (const chunk of createReadStream(path).pipe(createGunzip())) {
    bytes += (chunk as Buffer).byteLength;
  }
  return bytes;
}

function sizeLabel(count: number): string {
  return count % 1_000_000 === 0 ? `${count / 1_000_000}m` : `${count / 1_000}k`;
}

/**
 * Returns the dataset of `count` events (gzipped or not), generating it first unless an
 * up-to-date copy is already in `dataDir`. `textBytes`, when known (the plain NDJSON of the same
 * count and seed is the same text), saves decompressing a fresh gzip to measure it.
 */
export async function ensureDataset(
  root: string,
  dataDir: string,
  count: number,
  gzip: boolean,
  textBytes?: number,
  variant: DatasetVariant = 'incident',
): Promise<Dataset> {
  await mkdir(dataDir, { recursive: true });
  const day = variant === 'routine-day' ? '-routine-day' : '';
  const name = `events-${sizeLabel(count)}${day}.${SHAPE}${gzip ? '.gz' : ''}`;
  const path = join(dataDir, name);
  const markerPath = `${path}.marker.json`;
  const label = `${sizeLabel(count)}${day} ${SHAPE}${gzip ? '.gz' : ''}`;

  const marker = await readMarker(markerPath);
  if (
    marker !== undefined &&
    (marker.variant ?? 'incident') === variant &&
    marker.count === count &&
    marker.seed === SEED &&
    marker.shape === SHAPE &&
    marker.gzip === gzip &&
    existsSync(path) &&
    (await stat(path)).size === marker.sizeBytes
  ) {
    return { label, path, count, gzip, sizeBytes: marker.sizeBytes, textBytes: marker.textBytes };
  }

  console.log(`Generating ${label} → ${path}`);
  await rm(markerPath, { force: true });
  const partial = `${path}.partial`;
  const args = [
    join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    join(root, 'scripts', 'generator', 'cli.ts'),
    '--count',
    String(count),
    '--shape',
    SHAPE,
    '--seed',
    String(SEED),
    ...(gzip ? ['--gzip'] : []),
    ...(variant === 'routine-day' ? ['--routine-day'] : []),
    '--out',
    partial,
  ];
  const started = Date.now();
  await run(process.execPath, args, root);
  await rename(partial, path);
  const sizeBytes = (await stat(path)).size;
  const written: Marker = {
    variant,
    count,
    seed: SEED,
    shape: SHAPE,
    gzip,
    sizeBytes,
    textBytes: gzip ? (textBytes ?? (await gunzippedSize(path))) : sizeBytes,
  };
  await writeFile(markerPath, `${JSON.stringify(written, null, 2)}\n`);
  console.log(
    `  ${(sizeBytes / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { label, path, count, gzip, sizeBytes, textBytes: written.textBytes };
}
