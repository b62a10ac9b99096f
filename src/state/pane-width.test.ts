import { describe, expect, it } from 'vitest';
import {
  PANE_KEEP_PX,
  PANE_MIN_PX,
  clampPaneWidth,
  paneMaxWidth,
  readPaneWidth,
} from './pane-width';

describe('pane width bounds', () => {
  it('leaves the facets and the table their room', () => {
    expect(paneMaxWidth(1500)).toBe(1500 - PANE_KEEP_PX);
    expect(clampPaneWidth(2000, 1500)).toBe(1500 - PANE_KEEP_PX);
  });

  it('never goes below the narrowest panel, even in a small window', () => {
    expect(clampPaneWidth(120, 1500)).toBe(PANE_MIN_PX);
    expect(paneMaxWidth(800)).toBe(PANE_MIN_PX);
    expect(clampPaneWidth(500, 800)).toBe(PANE_MIN_PX);
  });

  it('keeps a width within bounds, in whole pixels', () => {
    expect(clampPaneWidth(412.6, 1500)).toBe(413);
  });
});

describe('readPaneWidth', () => {
  it('reads a stored width', () => {
    expect(readPaneWidth(420)).toBe(420);
  });

  it('falls back to the default width for anything else', () => {
    for (const stored of [undefined, null, '420', Number.NaN, 12, 1e9, { width: 420 }]) {
      expect(readPaneWidth(stored)).toBeUndefined();
    }
  });
});
