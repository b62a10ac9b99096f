import { describe, expect, it } from 'vitest';
import type { EventRow } from '../../protocol/messages';
import { cellTarget } from './cell-value';

const row: EventRow = {
  rowIndex: 0,
  key: 7,
  eventId: 'AQAAA1',
  timeMs: Date.UTC(2024, 0, 2, 3, 4, 5, 678),
  type: 'open',
  category: 'File Activity',
  outcome: 'success',
  processName: 'curl',
  pid: 42,
  executable: '/usr/bin/curl',
  target: '/etc/passwd',
  user: 'root',
  container: 'abc123',
  host: 'web-1',
  validity: 'valid',
  source: 'a.json',
  fields: { '@file.mode': '420', '@process.args': 'curl -s x', '@file.uid': '' },
};

describe('cellTarget', () => {
  it('takes the field behind a built-in column and the raw value', () => {
    expect(cellTarget(row, 'process')).toEqual({
      column: 'process',
      field: '@process.comm',
      value: 'curl',
      canFilter: true,
    });
    expect(cellTarget(row, 'executable').field).toBe('@process.executable.path');
    expect(cellTarget(row, 'validity').value).toBe('valid');
  });

  it('cannot filter on columns without a field, but still has a value to copy', () => {
    const target = cellTarget(row, 'target');
    expect(target.field).toBeUndefined();
    expect(target.canFilter).toBe(false);
    expect(target.value).toBe('/etc/passwd');
    expect(cellTarget(row, 'time').value).toMatch(/^2024-01-02/);
  });

  it('uses the column field of an added column', () => {
    expect(cellTarget(row, '@file.mode')).toEqual({
      column: '@file.mode',
      field: '@file.mode',
      value: '420',
      canFilter: true,
    });
  });

  it('does not filter on empty or list values', () => {
    expect(cellTarget(row, '@file.uid').canFilter).toBe(false);
    expect(cellTarget(row, '@missing').canFilter).toBe(false);
    expect(cellTarget(row, '@process.args').canFilter).toBe(false);
    expect(cellTarget({ ...row, user: '' }, 'user').canFilter).toBe(false);
  });
});
