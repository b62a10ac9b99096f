import { describe, expect, it } from 'vitest';
import { makeOpenBody } from '../ingest/test/fixtures';
import { DataSet } from './data-set';
import { loadDataSet } from './ingest-job';

describe('DataSet', () => {
  it('counts the index (field columns included) and the forest once each', async () => {
    const text = Array.from({ length: 500 }, () => JSON.stringify(makeOpenBody({}))).join('\n');
    const data = new DataSet(1, [{ file: new File([text], 'x.ndjson'), path: 'x.ndjson' }]);
    await loadDataSet(data, () => undefined);
    const { index, forest } = data;
    expect(index.byteLength).toBeGreaterThan(index.fields.byteLength);
    expect(data.progress().indexBytes).toBe(index.byteLength + forest.byteLength);
  });

  it('stops its jobs once closed', () => {
    const data = new DataSet(1, [{ file: new File(['{}'], 'x.ndjson'), path: 'x.ndjson' }]);
    expect(data.isStopped).toBe(false);
    data.close();
    expect([data.closed, data.isPastEnd, data.isStopped]).toEqual([true, true, true]);
  });
});
