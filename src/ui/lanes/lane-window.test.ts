// The lanes' window arithmetic: the whole span with a margin, zooming around a point that
// stays put, panning, and the bounds every move keeps.
import { describe, expect, it } from 'vitest';
import { MIN_SPAN_MS, fullWindow, panBy, zoomAround } from './lane-window';

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
});
