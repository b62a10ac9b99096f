import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT } from '../state/table-layout';
import { isHistoryStep } from './history-step';
import type { ViewLink } from './view-link';

const base: ViewLink = { query: '@evt.name:open', layout: DEFAULT_LAYOUT };

describe('isHistoryStep', () => {
  it('counts query, range, sort, mode, rule, starred-only, columns, pane and full-width lanes as steps', () => {
    const steps: ViewLink[] = [
      { ...base, query: 'other' },
      { ...base, range: { fromMs: 0, toMs: 10 } },
      { ...base, sort: { column: 'time', descending: true } },
      { ...base, mode: 'rules' },
      { ...base, rule: 'open.file.path == "/x"' },
      { ...base, starredOnly: true },
      { ...base, layout: { ...DEFAULT_LAYOUT, hidden: ['host'] } },
      { ...base, pane: 'problems' },
      { ...base, lanes: { fullWidth: { kind: 'view' } } },
    ];
    for (const after of steps) expect(isHistoryStep(base, after)).toBe(true);
  });

  it('rewrites the entry for selection, tab, widths, files and the lanes zoom and pins', () => {
    const quiet: ViewLink[] = [
      { ...base, selected: 'abc:1' },
      { ...base, tab: 'raw' },
      { ...base, layout: { ...DEFAULT_LAYOUT, widths: { host: 321 } } },
      { ...base, files: [{ name: 'a', size: 1, fingerprint: 'f' }] },
      { ...base, lanes: { window: { fromMs: 0, toMs: 10 }, pinned: ['k'] } },
      base,
    ];
    for (const after of quiet) expect(isHistoryStep(base, after)).toBe(false);
  });
});
