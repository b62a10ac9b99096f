import { describe, expect, it } from 'vitest';
import { barPaths } from './bar-paths';

describe('barPaths', () => {
  it('stacks categories bin by bin, scaled to the tallest bin', () => {
    const paths = barPaths(
      {
        bins: 2,
        counts: [
          [2, 0],
          [2, 1],
        ],
      },
      4,
      100,
      40,
    );
    expect(paths).toEqual(['M0 20h49v20h-49z', 'M0 0h49v20h-49zM50 30h49v10h-49z']);
  });

  it('keeps a lone event visible and leaves empty categories empty', () => {
    const [tiny, empty] = barPaths({ bins: 1, counts: [[1], [0]] }, 10_000, 3, 40);
    expect(tiny).toBe('M0 39h3v1h-3z');
    expect(empty).toBe('');
  });
});
