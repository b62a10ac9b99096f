// Runs the plain-scan baseline (bench/search-baseline.ts) in a Node process of its own, with
// the largest heap V8 allows here (4 GB: the baseline scans in chunks to stay within it).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { BaselineTimes } from './search-baseline';

const HEAP_MB = 4_096;

export function runSearchBaseline(
  root: string,
  file: string,
  runs: number,
): Promise<BaselineTimes> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        `--max-old-space-size=${HEAP_MB}`,
        join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(root, 'bench', 'search-baseline.ts'),
        file,
        '--runs',
        String(runs),
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`search baseline failed (${String(code)})`));
      else resolve(JSON.parse(out) as BaselineTimes);
    });
  });
}
