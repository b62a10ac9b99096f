// What building the process forest costs per event, over the first 50k events of the benchmark
// data set (`bench/.data`, made by the benchmark; skipped when it is absent). Only the forest's
// time is counted: lines are parsed in batches outside the timed part, so memory stays flat.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventHost } from '../query/process-identity';
import { ProcessForest } from './process-forest';

const DATA = 'bench/.data/events-100k.ndjson';
const EVENTS = 50_000;
const BATCH = 200;

/** Calls `batch` with the lines of the file, `BATCH` at a time, up to `limit` lines. */
function readLines(path: string, limit: number, batch: (lines: string[]) => void): void {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(4 << 20);
  let rest = '';
  let lines: string[] = [];
  let total = 0;
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      const parts = (rest + buffer.toString('utf8', 0, n)).split('\n');
      rest = n === 0 ? '' : (parts.pop() ?? '');
      for (const line of parts) {
        if (line === '' || total >= limit) continue;
        lines.push(line);
        total++;
        if (lines.length === BATCH) {
          batch(lines);
          lines = [];
        }
      }
      if (n === 0 || total >= limit) break;
    }
    if (lines.length > 0) batch(lines);
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!existsSync(DATA))('process forest cost', () => {
  it('adds an event in well under 2 µs on average', () => {
    const forest = new ProcessForest();
    let key = 0;
    let elapsedMs = 0;
    readLines(DATA, EVENTS, (lines) => {
      const bodies = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const started = performance.now();
      for (const body of bodies) forest.addEvent(key++, body, eventHost(body, undefined));
      elapsedMs += performance.now() - started;
    });
    const perEventUs = (elapsedMs * 1000) / key;
    console.log(
      `process forest: ${key} events, ${forest.nodeCount - 1} processes, ` +
        `${perEventUs.toFixed(2)} µs/event, ${(forest.byteLength / 1e6).toFixed(1)} MB`,
    );
    expect(key).toBe(EVENTS);
    // Loose bound: the figure above is the measurement; this only catches a gross regression.
    expect(perEventUs).toBeLessThan(10);
  }, 60_000);
});
