import { describe, expect, it } from 'vitest';
import { ANCHOR_EVERY, KeysetAnchors } from './keyset-anchors';

describe('keyset anchors', () => {
  it('reads the first window from the top with no key', () => {
    expect(new KeysetAnchors().plan(0, 50, 10_000)).toEqual({
      direction: 'forward',
      after: undefined,
      offset: 0,
      limit: 50,
    });
  });

  it('reads a window past an anchor from that anchor', () => {
    const anchors = new KeysetAnchors();
    anchors.record(ANCHOR_EVERY, ['a']);
    anchors.record(ANCHOR_EVERY + 1, ['not kept']);
    expect(anchors.plan(ANCHOR_EVERY + 10, ANCHOR_EVERY + 20, 100_000)).toEqual({
      direction: 'forward',
      after: ['a'],
      offset: 9,
      limit: 10,
    });
  });

  it('reads a window near the end backwards from the end', () => {
    expect(new KeysetAnchors().plan(9_990, 10_000, 10_000)).toEqual({
      direction: 'backward',
      after: undefined,
      offset: 0,
      limit: 10,
    });
  });

  it('reads backwards from the nearest anchor after the window', () => {
    const anchors = new KeysetAnchors();
    anchors.record(ANCHOR_EVERY * 40, ['b']);
    expect(anchors.plan(ANCHOR_EVERY * 40 - 30, ANCHOR_EVERY * 40 - 10, 1_000_000)).toEqual({
      direction: 'backward',
      after: ['b'],
      offset: 10,
      limit: 20,
    });
  });

  it('forgets its anchors when cleared', () => {
    const anchors = new KeysetAnchors();
    anchors.record(ANCHOR_EVERY, ['a']);
    anchors.clear();
    expect(anchors.plan(ANCHOR_EVERY + 1, ANCHOR_EVERY + 2, 100_000).after).toBeUndefined();
  });
});
