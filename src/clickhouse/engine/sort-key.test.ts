import { describe, expect, it } from 'vitest';
import { ParamBag } from '../sql/params';
import { keysetAfter, orderBySql, sortKey } from './sort-key';

const noFields = () => {
  throw new Error('no field sort here');
};

describe('sort keys', () => {
  it('orders by time with untimed events last and ingest order as the tie-break', () => {
    const key = sortKey({ column: 'time', descending: true }, noFields, new ParamBag());
    expect(orderBySql(key)).toBe('timed = 0 ASC, time_ms DESC, source_path ASC, ordinal ASC');
    expect(orderBySql(key, true)).toBe(
      'timed = 0 DESC, time_ms ASC, source_path DESC, ordinal DESC',
    );
  });

  it('orders a field sort by the texts of the field', () => {
    const bag = new ParamBag();
    const key = sortKey(
      { column: '@file.path', descending: false },
      (field, b) => `values(${b.bind(field, 'String')})`,
      bag,
    );
    expect(key[1]?.expression).toBe("arrayStringConcat(values({p0:String}), ' ')");
    expect(bag.params()).toEqual({ p0: '@file.path' });
  });

  it('writes "after this key" lexicographically with bound values and mixed directions', () => {
    const bag = new ParamBag();
    const key = sortKey({ column: 'host', descending: true }, noFields, bag).slice(0, 3);
    expect(keysetAfter(key, [0, 'web-1', 0], bag)).toBe(
      "(((host = '') > {p0:UInt8}) OR ((host = '') = {p0:UInt8} AND (host) < {p1:String}) OR " +
        "((host = '') = {p0:UInt8} AND (host) = {p1:String} AND (timed = 0) > {p2:UInt8}))",
    );
    expect(bag.params()).toEqual({ p0: 0, p1: 'web-1', p2: 0 });
  });
});
