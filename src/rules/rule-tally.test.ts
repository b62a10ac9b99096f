// Counting three-valued rule results: true is a match, unknown is undecided, false is neither;
// over every key or over the keys of a view.
import { describe, expect, it } from 'vitest';
import { Tri } from '../secl';
import { tallyResults } from './rule-tally';

const { True: T, False: F, Unknown: U } = Tri;

describe('tallyResults', () => {
  it('counts matched and undecided keys, never false ones', () => {
    expect(tallyResults(Uint8Array.of(T, F, U, U, F, T, T))).toEqual({ matched: 3, undecided: 2 });
    expect(tallyResults(Uint8Array.of(F, F))).toEqual({ matched: 0, undecided: 0 });
    expect(tallyResults(new Uint8Array(0))).toEqual({ matched: 0, undecided: 0 });
  });

  it('counts only the given keys', () => {
    const results = Uint8Array.of(T, F, U, U, F, T);
    expect(tallyResults(results, Uint32Array.of(0, 2, 4))).toEqual({ matched: 1, undecided: 1 });
    expect(tallyResults(results, Uint32Array.of(5, 3, 2))).toEqual({ matched: 1, undecided: 2 });
    expect(tallyResults(results, new Uint32Array(0))).toEqual({ matched: 0, undecided: 0 });
  });
});
