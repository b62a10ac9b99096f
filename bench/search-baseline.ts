// The search benchmark's baseline: a plain scan over parsed objects. Reads the NDJSON file into
// an array of parsed event bodies (kept in memory, as a naive explorer would), then times the
// benchmark's queries as hand-written filters, facet counts as plain Map counting over the
// matching objects, and sorts with Array.prototype.sort. Prints one JSON object on stdout.
//
// Usage: node --max-old-space-size=16384 <tsx> bench/search-baseline.ts FILE [--runs N]
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

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '5' } },
  });
  const file = positionals[0];
  if (file === undefined) throw new Error('usage: search-baseline.ts FILE [--runs N]');
  const runs = Number(values.runs);

  const started = performance.now();
  const events: any[] = [];
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line !== '') events.push(JSON.parse(line));
  const parseMs = performance.now() - started;

  const queryMs: Record<string, number[]> = {};
  const counts: Record<string, number> = {};
  for (let run = 0; run < runs; run++) {
    for (const { query, filter } of BENCH_QUERIES) {
      const t0 = performance.now();
      let n = 0;
      for (const e of events) if (filter(e)) n++;
      (queryMs[query] ??= []).push(performance.now() - t0);
      counts[query] = n;
    }
  }

  const paths = BENCH_FACET_PATHS.map((p) => p.split('.'));
  const facetMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    const maps = paths.map(() => new Map<unknown, number>());
    for (const e of events) {
      if (!facetFilter(e)) continue;
      for (let f = 0; f < paths.length; f++) {
        const v = get(e, paths[f] as string[]);
        if (v === undefined) continue;
        const map = maps[f] as Map<unknown, number>;
        map.set(v, (map.get(v) ?? 0) + 1);
      }
    }
    for (const map of maps) [...map].sort((a, b) => b[1] - a[1]).slice(0, 10);
    facetMs.push(performance.now() - t0);
  }

  const sortTimeMs: number[] = [];
  const sortStringMs: number[] = [];
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  for (let run = 0; run < runs; run++) {
    let t0 = performance.now();
    [...events].sort((a, b) =>
      text(a.date) < text(b.date) ? 1 : text(a.date) > text(b.date) ? -1 : 0,
    );
    sortTimeMs.push(performance.now() - t0);
    t0 = performance.now();
    [...events].sort((a, b) => {
      const x = text(a.process?.executable?.path);
      const y = text(b.process?.executable?.path);
      return x < y ? -1 : x > y ? 1 : 0;
    });
    sortStringMs.push(performance.now() - t0);
  }

  const result: BaselineTimes = {
    events: events.length,
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
