// The search benchmark's baseline: a plain scan over parsed objects. Parses the NDJSON file
// into event objects and times the benchmark's queries as hand-written filters over them,
// facet counts as plain Map counting over the matching objects, and sorts with
// Array.prototype.sort. A million parsed events do not fit one V8 heap (4 GB here), so events
// are held and scanned in chunks of CHUNK_EVENTS and each scan's times are summed over the
// chunks (a scan is linear, so the sum is the time of one pass over all of them); sorts run
// once over one small object per event holding its sort keys. Prints one JSON object.
//
// Usage: node --max-old-space-size=4096 <tsx> bench/search-baseline.ts FILE [--runs N]
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { BENCH_FACET_PATHS, BENCH_QUERIES, facetFilter } from './search-scenario';

/* eslint-disable @typescript-eslint/no-explicit-any -- untyped parsed JSON */

export interface BaselineTimes {
  readonly events: number;
  readonly parseMs: number;
  /** Per query, every run's milliseconds. */
  readonly queryMs: Record<string, number[]>;
  readonly counts: Record<string, number>;
  readonly facetMs: number[];
  readonly sortTimeMs: number[];
  readonly sortStringMs: number[];
}

function get(e: any, path: readonly string[]): unknown {
  let v = e;
  for (const p of path) v = v?.[p];
  return v;
}

const CHUNK_EVENTS = 200_000;

/** Reads the file in chunks of parsed events. */
async function* chunks(file: string): AsyncGenerator<any[]> {
  let chunk: any[] = [];
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    chunk.push(JSON.parse(line));
    if (chunk.length === CHUNK_EVENTS) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

const sum = (values: number[], i: number, ms: number): void => {
  values[i] = (values[i] ?? 0) + ms;
};

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '5' } },
  });
  const file = positionals[0];
  if (file === undefined) throw new Error('usage: search-baseline.ts FILE [--runs N]');
  const runs = Number(values.runs);
  const paths = BENCH_FACET_PATHS.map((p) => p.split('.'));
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');

  const queryMs: Record<string, number[]> = {};
  const counts: Record<string, number> = {};
  const facetMs: number[] = [];
  const keys: { date: string; exe: string }[] = [];
  let events = 0;
  let parseMs = 0;
  let parseStarted = performance.now();
  for await (const chunk of chunks(file)) {
    parseMs += performance.now() - parseStarted;
    events += chunk.length;
    for (let run = 0; run < runs; run++) {
      for (const { query, filter } of BENCH_QUERIES) {
        const t0 = performance.now();
        let n = 0;
        for (const e of chunk) if (filter(e)) n++;
        sum((queryMs[query] ??= []), run, performance.now() - t0);
        if (run === 0) counts[query] = (counts[query] ?? 0) + n;
      }
      const t0 = performance.now();
      const maps = paths.map(() => new Map<unknown, number>());
      for (const e of chunk) {
        if (!facetFilter(e)) continue;
        for (let f = 0; f < paths.length; f++) {
          const v = get(e, paths[f] as string[]);
          if (v === undefined) continue;
          const map = maps[f] as Map<unknown, number>;
          map.set(v, (map.get(v) ?? 0) + 1);
        }
      }
      for (const map of maps) [...map].sort((a, b) => b[1] - a[1]).slice(0, 10);
      sum(facetMs, run, performance.now() - t0);
    }
    for (const e of chunk)
      keys.push({ date: text(e.date), exe: text(e.process?.executable?.path) });
    parseStarted = performance.now();
  }

  const sortTimeMs: number[] = [];
  const sortStringMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    let t0 = performance.now();
    [...keys].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    sortTimeMs.push(performance.now() - t0);
    t0 = performance.now();
    [...keys].sort((a, b) => (a.exe < b.exe ? -1 : a.exe > b.exe ? 1 : 0));
    sortStringMs.push(performance.now() - t0);
  }

  const result: BaselineTimes = {
    events,
    parseMs,
    queryMs,
    counts,
    facetMs,
    sortTimeMs,
    sortStringMs,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
