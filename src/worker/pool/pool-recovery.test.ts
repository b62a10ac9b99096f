// What keeps working with the pool: a parsing worker that fails is replaced and its shard read
// again (the data set is as if nothing happened); a shard that fails twice ends the load with
// the shards before it kept and an error saying why; a field added while shards are being
// read gets its values for every row, those of shards read without it included.
import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../../scripts/generator/generate-events';
import { writeShape } from '../../../scripts/generator/shapes';
import type { OpenFile } from '../../protocol/messages';
import { loadSequentially } from '../../test-support/sequential-load';
import { DataSet } from '../data-set';
import { FieldIndexing } from '../field-indexing';
import { loadDataSet } from '../ingest-job';
import { ShardError, type ParsePool } from './parse-pool';
import { parseShard } from './parse-shard';
import type { ShardTask } from './shard';

const TEXT = [
  ...writeShape('ndjson', generateEvents({ seed: 3, count: 1_500, agents: 'mixed' })),
].join('');
const SHARD_BYTES = 40_000;

function files(): OpenFile[] {
  return [{ file: new File([TEXT], 'a.ndjson'), path: 'a.ndjson' }];
}

/** A pool whose `failing`-th shard (counted by offset) fails `times` times (a worker stopped). */
function failingPool(failing: number, times: number): ParsePool {
  const offsets: number[] = [];
  let failures = 0;
  return {
    size: 2,
    run: async (task: ShardTask) => {
      if (!offsets.includes(task.offset)) offsets.push(task.offset);
      if (offsets.indexOf(task.offset) === failing && failures < times) {
        failures++;
        throw new ShardError({ message: 'a parsing worker stopped', outOfMemory: false });
      }
      return parseShard(task);
    },
    warm: () => undefined,
    close: () => undefined,
  };
}

async function reference(): Promise<DataSet> {
  const data = new DataSet(1, files());
  await loadSequentially(data);
  return data;
}

function ids(data: DataSet): string[] {
  return Array.from({ length: data.index.count }, (_, key) => data.eventId(key));
}

describe('the pool when a worker fails or a field is added mid-load', { timeout: 60_000 }, () => {
  it('reads a failed shard again and ends with the same data set', async () => {
    const pool = failingPool(3, 1);
    const data = new DataSet(1, files());
    await loadDataSet(
      data,
      () => undefined,
      pool,
      () => SHARD_BYTES,
    );
    const expected = await reference();
    expect(data.error).toBeUndefined();
    expect(ids(data)).toEqual(ids(expected));
    expect(data.counts).toEqual(expected.counts);
    expect(data.forest.nodeCount).toBe(expected.forest.nodeCount);
  });

  it('ends with the shards before a twice-failed one kept, marked partial, saying why', async () => {
    const data = new DataSet(1, files());
    await loadDataSet(
      data,
      () => undefined,
      failingPool(3, 2),
      () => SHARD_BYTES,
    );
    // The file was not read to its end: its ids name a partial fingerprint, same ordinals.
    const ordinals = (d: DataSet) => ids(d).map((id) => id.split(':')[1]);
    const expected = ordinals(await reference());
    const kept = ordinals(data);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(expected.length);
    expect(kept).toEqual(expected.slice(0, kept.length));
    expect(data.error).toMatch(
      /^reading a\.ndjson failed at byte \d+ \(a parsing worker stopped\)/,
    );
    data.state = 'error';
    expect(data.progress().sources[0]?.state).toBe('failed');
    expect(data.progress().partial).toBe(true);
  });

  it('fills a field added while loading for every row', async () => {
    const data = new DataSet(1, files());
    const adding = new FieldIndexing(data, () => undefined);
    let added: Promise<void> | undefined;
    const pool: ParsePool = {
      size: 2,
      run: async (task) => {
        const result = await parseShard(task);
        // Once the first shards are in, the field is asked for while the rest are read.
        if (task.offset > 0 && added === undefined) added = adding.add(['process.envs']);
        return result;
      },
      warm: () => undefined,
      close: () => undefined,
    };
    await loadDataSet(
      data,
      () => undefined,
      pool,
      () => SHARD_BYTES,
    );
    await added;
    const expected = await reference();
    await new FieldIndexing(expected, () => undefined).add(['process.envs']);
    const values = (d: DataSet) =>
      Array.from({ length: d.index.count }, (_, key) =>
        JSON.stringify(d.index.fields.get('@process.envs')?.value(key)),
      );
    expect(values(data).filter((v) => v !== undefined).length).toBeGreaterThan(100);
    expect(values(data)).toEqual(values(expected));
  });
});
