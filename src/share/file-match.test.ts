import { describe, expect, it } from 'vitest';
import { compareFiles, describeFile } from './file-match';

const a = { name: 'a.json', size: 10, fingerprint: 'aaaa' };
const b = { name: 'b.json', size: 20, fingerprint: 'bbbb' };

describe('compareFiles', () => {
  it('matches by content hash, whatever the names and order', () => {
    expect(compareFiles([a, b], [{ ...b, name: 'renamed.json' }, a])).toEqual({
      same: true,
      missing: [],
      extra: [],
    });
  });

  it('names the missing and the extra files', () => {
    const other = { ...a, fingerprint: 'cccc' };
    expect(compareFiles([a, b], [other, b])).toEqual({ same: false, missing: [a], extra: [other] });
    expect(compareFiles([a], []).missing).toEqual([a]);
  });

  it('describes a file with its size and the start of its fingerprint', () => {
    expect(describeFile({ name: 'x', size: 12345, fingerprint: '0123456789abcdef' })).toBe(
      'x (12,345 bytes, 0123456789ab…)',
    );
  });
});
