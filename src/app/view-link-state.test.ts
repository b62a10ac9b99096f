import { beforeEach, describe, expect, it } from 'vitest';
import { canonicalView, type ViewLink } from '../share/view-link';
import { useLinkStore } from '../state/link-store';
import { DEFAULT_LAYOUT } from '../state/table-layout';
import { selectEvent, useViewStore } from '../state/view-store';
import { applyLink, currentLink } from './view-link-state';

const link: ViewLink = {
  query: '@evt.name:open -host:web-2',
  range: { fromMs: 1_700_000_000_000, toMs: 1_700_000_600_000 },
  sort: { column: '@file.path', descending: true },
  layout: { ...DEFAULT_LAYOUT, hidden: ['host'], widths: { process: 222 }, density: 'comfortable' },
  selected: 'abc:12',
  pane: 'problems',
  tab: 'raw',
  files: [{ name: 'a.json', size: 10, fingerprint: 'f00d' }],
  mode: 'rules',
  rule: 'open.file.path == "/etc/shadow"',
  starredOnly: true,
};

beforeEach(() => {
  useLinkStore.setState({ expectedFiles: undefined, pendingSelection: undefined, notices: [] });
  selectEvent(undefined);
});

describe('applyLink / currentLink', () => {
  it('puts every part of a link in the stores and reads the same link back', () => {
    applyLink(link, []);
    expect(canonicalView(currentLink())).toEqual(canonicalView(link));
    // Nothing is open yet: the selection and the files wait for the data.
    expect(useLinkStore.getState()).toMatchObject({
      pendingSelection: 'abc:12',
      expectedFiles: link.files,
      notices: [],
    });
  });

  it('falls back to the defaults for what a link leaves out', () => {
    applyLink(link, []);
    applyLink({ query: '' }, []);
    expect(canonicalView(currentLink())).toEqual({ query: '' });
    expect(useViewStore.getState()).toMatchObject({ detailTab: 'fields', sidePanel: 'detail' });
  });

  it('keeps a selection the link names already, and shows the decoder notices', () => {
    selectEvent({ key: 4, eventId: 'abc:12' });
    applyLink({ query: '', selected: 'abc:12', tab: 'nope' }, ['sort: "-" is not a column']);
    expect(useViewStore.getState().selectedKey).toBe(4);
    expect(useLinkStore.getState().pendingSelection).toBeUndefined();
    expect(useLinkStore.getState().notices[0]?.lines).toEqual([
      'sort: "-" is not a column',
      'tab: "nope" is not a tab of the event panel — ignored',
    ]);
  });
});
