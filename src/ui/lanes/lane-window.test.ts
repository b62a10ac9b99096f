// The lanes' window arithmetic: the whole span with a margin, zooming around a point that
// stays put, panning, and the bounds every move keeps.
import { describe, expect, it } from 'vitest';
import type { Lane, LaneSet, TimeRange } from '../../protocol/messages';
import { MIN_SPAN_MS, fullWindow, panBy, startWindow, zoomAround } from './lane-window';

const EXTENT = { fromMs: 1000, toMs: 2000 };

describe('lane window', () => {
  it('shows the whole span with a margin, and a point as a second around it', () => {
    expect(fullWindow(EXTENT)).toEqual({ fromMs: 970, toMs: 2030 });
    expect(fullWindow({ fromMs: 5000, toMs: 5000 })).toEqual({ fromMs: 4500, toMs: 5500 });
  });

  it('zooms around the anchor, which keeps its place', () => {
    const window = { fromMs: 1000, toMs: 2000 };
    const zoomed = zoomAround(window, 1250, 2, EXTENT);
    expect(zoomed).toEqual({ fromMs: 1125, toMs: 1625 });
    const share = (w: typeof window) => (1250 - w.fromMs) / (w.toMs - w.fromMs);
    expect(share(zoomed)).toBeCloseTo(share(window));
  });

  it('never zooms narrower than the minimum nor wider than the whole span', () => {
    let window = fullWindow(EXTENT);
    for (let i = 0; i < 60; i++) window = zoomAround(window, 1500, 2, EXTENT);
    expect(window.toMs - window.fromMs).toBe(MIN_SPAN_MS);
    for (let i = 0; i < 60; i++) window = zoomAround(window, 1500, 0.5, EXTENT);
    expect(window).toEqual(fullWindow(EXTENT));
  });

  it('pans and stops at the edges of the span', () => {
    const window = { fromMs: 1200, toMs: 1400 };
    expect(panBy(window, 100, EXTENT)).toEqual({ fromMs: 1300, toMs: 1500 });
    expect(panBy(window, -10_000, EXTENT)).toEqual({ fromMs: 970, toMs: 1170 });
    expect(panBy(window, 10_000, EXTENT)).toEqual({ fromMs: 1830, toMs: 2030 });
  });

  it('opens on the focus lane and what lies below it, not on the long-lived root', () => {
    const lane = (startMs: number, endMs: number, descendants: number, from: number, to: number) =>
      ({ startMs, endMs, descendants, eventFrom: from, eventTo: to }) as Lane;
    const set = {
      extent: { fromMs: 0, toMs: 1_000_000 },
      focusLane: 1,
      lanes: [lane(0, 1_000_000, 2, 0, 1), lane(5000, 5100, 1, 1, 2), lane(5050, 5060, 0, 2, 3)],
      events: { timeMs: Float64Array.from([900_000, 5010, 5200]) },
    } as unknown as LaneSet & { extent: TimeRange };
    expect(startWindow(set)).toEqual(fullWindow({ fromMs: 5000, toMs: 5200 }));
    // A view's lanes open on their events, not on the root's lifetime.
    expect(startWindow({ ...set, focusLane: -1 })).toEqual(
      fullWindow({ fromMs: 5010, toMs: 900_000 }),
    );
    const silent = { ...set, focusLane: -1, events: { timeMs: new Float64Array(0) } };
    expect(startWindow(silent as typeof set)).toEqual(fullWindow(set.extent));
  });
});
