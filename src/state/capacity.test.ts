import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMIT_BYTES,
  GZIP_EXPANSION,
  MEMORY_BYTES_PER_EVENT,
  TEXT_BYTES_PER_EVENT,
  USABLE_SHARE,
  describeFile,
  estimateLoad,
  tabMemoryLimit,
} from './capacity';

const GIB = 1024 ** 3;
const GB = 1e9;

describe('estimateLoad', () => {
  it('counts events from the text size and memory from the events', () => {
    const e = estimateLoad([{ sizeBytes: 2 * GB, isGzip: false }], 4 * GIB);
    expect(e.events).toBe(Math.ceil((2 * GB) / TEXT_BYTES_PER_EVENT));
    expect(e.memoryBytes).toBe(e.events * MEMORY_BYTES_PER_EVENT);
    expect(e.budgetBytes).toBe(Math.floor(4 * GIB * USABLE_SHARE));
    expect(e.fits).toBe(true);
  });

  it('counts what a data set that stays open holds against the same budget', () => {
    const files = [{ sizeBytes: 2 * GB, isGzip: false }];
    const alone = estimateLoad(files, 4 * GIB);
    expect(alone.heldBytes).toBe(0);
    const room = alone.budgetBytes - alone.memoryBytes;
    expect(estimateLoad(files, 4 * GIB, room).fits).toBe(true);
    const beside = estimateLoad(files, 4 * GIB, room + 1);
    expect(beside).toMatchObject({ fits: false, heldBytes: room + 1 });
  });

  it('counts gzip input at its expansion, and sums several files', () => {
    const plain = estimateLoad([{ sizeBytes: 100e6, isGzip: false }], 4 * GIB);
    const gzip = estimateLoad([{ sizeBytes: 100e6, isGzip: true }], 4 * GIB);
    expect(gzip.events).toBe(plain.events * GZIP_EXPANSION);
    const both = estimateLoad(
      [
        { sizeBytes: 100e6, isGzip: false },
        { sizeBytes: 100e6, isGzip: true },
      ],
      4 * GIB,
    );
    expect(both.events).toBe(plain.events + gzip.events);
  });

  it('lets the benchmark files through and refuses what would not fit', () => {
    // The 1M-event benchmark files loaded in a tab with a 4 GiB heap (README, "Performance").
    expect(estimateLoad([{ sizeBytes: 3.48 * GB, isGzip: false }], 4 * GIB).fits).toBe(true);
    expect(estimateLoad([{ sizeBytes: 287e6, isGzip: true }], 4 * GIB).fits).toBe(true);
    expect(estimateLoad([{ sizeBytes: 40 * GB, isGzip: false }], 4 * GIB).fits).toBe(false);
    expect(estimateLoad([{ sizeBytes: 2 * GB, isGzip: true }], 4 * GIB).fits).toBe(false);
    // Five million benchmark events (17.4 GB of NDJSON) fit a tab of an 8 GiB device.
    expect(estimateLoad([{ sizeBytes: 17.4 * GB, isGzip: false }], 8 * GIB).fits).toBe(true);
    // The same file fits a larger tab and not a smaller one.
    const file = [{ sizeBytes: 12 * GB, isGzip: false }];
    expect(estimateLoad(file, 4 * GIB).fits).toBe(false);
    expect(estimateLoad(file, 16 * GIB).fits).toBe(true);
  });

  it('fits nothing into nothing, and an empty file anywhere', () => {
    expect(estimateLoad([{ sizeBytes: 0, isGzip: false }], 1).fits).toBe(true);
    expect(estimateLoad([], 0).fits).toBe(true);
    expect(estimateLoad([{ sizeBytes: 1, isGzip: false }], 0).fits).toBe(false);
  });
});

describe('tabMemoryLimit', () => {
  it("takes the device's memory: the index is not held in one heap", () => {
    expect(tabMemoryLimit({ jsHeapSizeLimit: 4.3e9, deviceMemoryGiB: 8 })).toBe(8 * GIB);
    expect(tabMemoryLimit({ jsHeapSizeLimit: 4.3e9, deviceMemoryGiB: 2 })).toBe(2 * GIB);
  });

  it('falls back on the heap limit, then the usual one, where the browser does not say', () => {
    expect(tabMemoryLimit({ jsHeapSizeLimit: 4.3e9 })).toBe(4.3e9);
    expect(tabMemoryLimit({})).toBe(DEFAULT_LIMIT_BYTES);
    expect(tabMemoryLimit({ jsHeapSizeLimit: 0, deviceMemoryGiB: 0 })).toBe(DEFAULT_LIMIT_BYTES);
    expect(tabMemoryLimit({ deviceMemoryGiB: 1 })).toBe(GIB);
  });
});

describe('describeFile', () => {
  it('tells gzip by its magic bytes, not by its name', async () => {
    expect(await describeFile(new File([new Uint8Array([0x1f, 0x8b, 8])], 'a.json'))).toEqual({
      sizeBytes: 3,
      isGzip: true,
    });
    expect(await describeFile(new File(['{"a":1}'], 'a.json.gz'))).toEqual({
      sizeBytes: 7,
      isGzip: false,
    });
    expect(await describeFile(new File([], 'empty'))).toEqual({ sizeBytes: 0, isGzip: false });
  });
});
