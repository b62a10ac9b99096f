// The pool gives the data set one reading of the files would: the same events, keys, ids,
// lines, byte offsets, validity, problems, counts, field values and process forest, for any
// number of workers answering in any order and any shard size, over generated files of every
// input shape, the hostile corpus, gzip, blank lines, CRLF, a byte-order mark, broken records
// and several files at once.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hostileCorpus } from '../../../e2e/helpers/hostile-corpus';
import { generateEvents } from '../../../scripts/generator/generate-events';
import { writeShape, type ShapeName } from '../../../scripts/generator/shapes';
import type { OpenFile } from '../../protocol/messages';
import { loadSequentially } from '../../test-support/sequential-load';
import { DataSet } from '../data-set';
import { loadDataSet } from '../ingest-job';
import { parseShard } from './parse-shard';
import type { ParsePool } from './parse-pool';
import type { ShardResult, ShardTask } from './shard';

/** A pool of `size` workers whose answers come back in a scrambled order. */
function scrambledPool(size: number, seed: number): ParsePool {
  let state = seed;
  const delay = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % 7;
  };
  return {
    size,
    run: async (task: ShardTask): Promise<ShardResult> => {
      const result = await parseShard(task);
      for (let i = delay(); i > 0; i--) await new Promise((r) => setTimeout(r, 0));
      return result;
    },
    warm: () => undefined,
    close: () => undefined,
  };
}

function generated(shape: ShapeName, count: number, seed: number): string {
  return [...writeShape(shape, generateEvents({ seed, count, agents: 'mixed' }))].join('');
}

function file(path: string, content: string | Uint8Array): OpenFile {
  return { file: new File([content as BlobPart], path), path };
}

/** Everything a view, a facet, a search or a link can read from a data set. */
function snapshot(data: DataSet) {
  const { index, forest } = data;
  const names = [...index.fields.namesWithValues()].sort();
  const rows = Array.from({ length: index.count }, (_, key) => ({
    id: data.eventId(key),
    row: index.row(key, key, data.eventId(key), data.sourceName(key)),
    location: index.location(key),
    schema: index.schema[key],
    fields: names.map((name) => JSON.stringify(index.fields.get(name)?.value(key))),
    node: forest.eventNode[key] === 0 ? '' : forest.keyOf(forest.eventNode[key] as number),
  }));
  const nodes = Array.from({ length: forest.nodeCount }, (_, id) => ({
    key: forest.keyOf(id),
    parent: forest.parent[id] === 0 ? '' : forest.keyOf(forest.parent[id] as number),
    children: forest.childrenOf(id).map((c) => forest.keyOf(c)),
    args: forest.nodes.argsOf(id),
    own: forest.nodes.ownEvents[id],
  }));
  const { elapsedMs: _e, ...progress } = data.progress();
  // How far a file cut short was read past its last record is a matter of chunking.
  const bytesRead = progress.partial ? 0 : progress.bytesRead;
  const all = {
    progress: { ...progress, bytesRead, indexBytes: 0 },
    problems: data.problems,
    names,
    rows,
    nodes,
  };
  // A file cut short is hashed as far as it was read: how far is a matter of timing.
  return JSON.parse(JSON.stringify(all).replace(/partial-[0-9a-f]{32}/g, 'partial')) as typeof all;
}

async function both(
  files: readonly OpenFile[],
  workers: number,
  shardSize: number,
  limit?: number,
) {
  const reference = new DataSet(1, files, limit);
  await loadSequentially(reference);
  const pooled = new DataSet(1, files, limit);
  await loadDataSet(
    pooled,
    () => undefined,
    scrambledPool(workers, shardSize),
    () => shardSize,
  );
  pooled.state = 'ready';
  return { reference: snapshot(reference), pooled: snapshot(pooled), data: pooled };
}

describe(
  'a pool of parsing workers reads what one reading of the files would',
  { timeout: 60_000 },
  () => {
    it('over every generated input shape, cut into many shards, with 1, 2 and 5 workers', async () => {
      const files = (
        [
          'ndjson',
          'logs-v2-ndjson',
          'archive',
          'flattened',
          'array',
          'logs-v2',
          'concatenated',
          'signals',
          'intake',
          'logs-v1',
        ] as const
      ).map((shape, i) => file(`${i}-${shape}.json`, generated(shape, 300, i + 1)));
      for (const workers of [1, 2, 5]) {
        const { reference, pooled, data } = await both(files, workers, 2_000 + workers * 997);
        expect(data.counts.events).toBeGreaterThan(2_500);
        expect(pooled).toEqual(reference);
      }
    });

    it('over the hostile corpus, blank lines, CRLF, a byte-order mark and broken records', async () => {
      const lines = generated('ndjson', 400, 9).split('\n');
      const messy = lines
        .map((line, i) => (i % 37 === 5 ? `${line.slice(0, 40)}` : line))
        .map((line, i) =>
          i % 29 === 3 ? `${line}\r\n` : i % 31 === 7 ? `${line}\n\n   \n` : `${line}\n`,
        )
        .map((line, i) => (i % 43 === 11 ? `${line.trim()}${line.trim()}\n` : line))
        .join('');
      const pretty = JSON.stringify(JSON.parse(lines[0] as string), null, 2);
      const files = [
        file('a-hostile.ndjson', hostileCorpus().text),
        file('b-messy.ndjson', `\uFEFF${messy}`),
        file(
          'c-pretty-inside.ndjson',
          `${lines.slice(1, 60).join('\n')}\n${pretty}\n${lines.slice(60, 200).join('\n')}`,
        ),
        file('d-truncated.ndjson', `${lines.slice(0, 100).join('\n')}\n{"evt": {"name": "op`),
        file('e-empty.json', ''),
        file('f-binary.bin', new Uint8Array([0, 1, 2, 3, 0, 255])),
      ];
      for (const size of [700, 3_001, 50_000]) {
        const { reference, pooled } = await both(files, 3, size);
        expect(pooled).toEqual(reference);
      }
    });

    it('over gzip files, line mode and structural, whole and broken off', async () => {
      const files = [
        file('a.ndjson.gz', gzipSync(generated('ndjson', 500, 4))),
        file('c-array.json.gz', gzipSync(generated('array', 200, 5))),
        file('d-array-cut.json.gz', gzipSync(generated('logs-v2', 200, 6)).subarray(0, 5_000)),
      ];
      const { reference, pooled } = await both(files, 2, 4_000);
      expect(pooled).toEqual(reference);
    });

    it('keeps the text of a broken-off gzip file up to where it broke, in order', async () => {
      // How much of the text before the break a decompressor hands over depends on how fast
      // it is read, in one reading as in the pool: the events kept are the same first ones.
      const zipped = gzipSync(generated('ndjson', 500, 4));
      const files = [file('b-cut.ndjson.gz', zipped.subarray(0, Math.floor(zipped.length * 0.6)))];
      const { reference, pooled, data } = await both(files, 2, 4_000);
      const kept = data.counts.events;
      expect(kept).toBeGreaterThan(250);
      expect(pooled.rows).toEqual(reference.rows.slice(0, kept));
      expect(pooled.problems.map((p) => p.reason.slice(0, 40))).toEqual(
        reference.problems.map((p) => p.reason.slice(0, 40)),
      );
    });

    it('stops at the same record as one reading would when a record limit is set', async () => {
      const files = [
        file('a.ndjson', `${generated('ndjson', 300, 2)}\n\n{"broken\n`),
        file('b.ndjson', generated('ndjson', 300, 3)),
      ];
      for (const limit of [1, 137, 301, 302, 450]) {
        const { reference, pooled } = await both(files, 2, 1_500, limit);
        expect(pooled).toEqual(reference);
      }
    });
  },
);
