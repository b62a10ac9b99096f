// Edit distance (optimal string alignment) and the "did you mean" ranking built on it.
import { describe, expect, it } from 'vitest';
import { editDistance, nearestNames } from './nearest-names';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one edit each', () => {
    expect(editDistance('open.file.path', 'open.file.path')).toBe(0);
    expect(editDistance('open.filepath', 'open.file.path')).toBe(1);
    expect(editDistance('open.file.pathh', 'open.file.path')).toBe(1);
    expect(editDistance('open.file.paht', 'open.file.path')).toBe(1);
    expect(editDistance('open.file.pith', 'open.file.path')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('stops past the bound, answering bound + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 3)).toBe(4);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
});

describe('nearestNames', () => {
  const names = ['open.file.path', 'open.file.name', 'open.flags', 'exec.file.path', 'process.pid'];

  it('offers the closest names, closest first', () => {
    expect(nearestNames('open.filepath', names)).toEqual(['open.file.path']);
    expect(nearestNames('exec.file.pat', names)).toEqual(['exec.file.path']);
    expect(nearestNames('proces.pid', names)).toEqual(['process.pid']);
  });

  it('offers nothing when every name is far, and never the word itself', () => {
    expect(nearestNames('network.destination.ip', names)).toEqual([]);
    expect(nearestNames('open.file.path', names)).not.toContain('open.file.path');
  });

  it('keeps names within one edit of the best, at most `limit`', () => {
    expect(nearestNames('xpen.file.path', names)).toEqual(['open.file.path']);
    expect(nearestNames('abcdefghij', ['abcdefghiX', 'abcdefghYX', 'abcdefgZYX'])).toEqual([
      'abcdefghiX',
      'abcdefghYX',
    ]);
    expect(nearestNames('abcde', ['abcdX', 'abcdY', 'abcdZ', 'xyz'], 2)).toEqual([
      'abcdX',
      'abcdY',
    ]);
  });
});
