/**
 * The page's view as a link and back: `currentLink` reads the stores (search spec, table
 * layout, selection, panel and tab, open files); `applyLink` puts a decoded link into them.
 * What cannot apply yet (an event to select, files to compare) waits in the link store.
 */
import { DEFAULT_SORT } from '../protocol/messages';
import type { IngestProgress } from '../protocol/messages';
import type { FileRef, ViewLink } from '../share/view-link';
import { useCompareStore } from '../state/compare-store';
import { isServerSource } from '../state/engine';
import { useIngestStore } from '../state/ingest-store';
import { replaceLanes, useLanesStore } from '../state/lanes-store';
import {
  addLinkNotice,
  awaitSelection,
  expectBaseline,
  expectFiles,
  useLinkStore,
} from '../state/link-store';
import { replaceSpec, useSearchStore } from '../state/search-store';
import { DEFAULT_LAYOUT } from '../state/table-layout';
import { useTableLayoutStore } from '../state/table-layout-store';
import { DETAIL_TABS, selectEvent, showDetailTab, useViewStore } from '../state/view-store';
import type { DetailTab } from '../state/view-store';
import { closeSidePanel, openSidePanel, useLayoutStore } from '../ui/common/layout-store';

/** The pane a link names: the side panel's content, or `none` when it is closed. */
const PANES = ['detail', 'problems', 'none'] as const;

/** The open files as a link names them: those whose content hash is known. */
export function openFileRefs(progress: IngestProgress): FileRef[] {
  return progress.sources.flatMap((s) =>
    s.fingerprint === undefined
      ? []
      : [{ name: s.path, size: s.sizeBytes, fingerprint: s.fingerprint }],
  );
}

export function currentLink(): ViewLink {
  const { spec } = useSearchStore.getState();
  const view = useViewStore.getState();
  const { isSidePanelOpen } = useLayoutStore.getState();
  const waiting = useLinkStore.getState();
  // A server source is named by its own keys, not by the (many) files loaded into it.
  const open = isServerSource() ? [] : openFileRefs(useIngestStore.getState().progress);
  const selected = view.selectedId ?? waiting.pendingSelection;
  const files = open.length > 0 ? open : waiting.expectedFiles;
  const openBaseline = openFileRefs(useCompareStore.getState().baseline);
  const baseline = openBaseline.length > 0 ? openBaseline : waiting.expectedBaseline;
  const pane = isSidePanelOpen ? view.sidePanel : 'none';
  const lanes = useLanesStore.getState();
  return {
    query: spec.query,
    ...(spec.range === undefined ? {} : { range: spec.range }),
    sort: spec.sort,
    mode: spec.mode,
    rule: spec.rule,
    starredOnly: spec.starredOnly,
    layout: useTableLayoutStore.getState(),
    lanes: {
      ...(lanes.window === undefined ? {} : { window: lanes.window }),
      pinned: lanes.pinned,
      ...(lanes.fullWidth === undefined ? {} : { fullWidth: lanes.fullWidth }),
    },
    ...(selected === undefined ? {} : { selected }),
    ...(pane === 'detail' ? {} : { pane }),
    ...(view.detailTab === 'fields' ? {} : { tab: view.detailTab }),
    ...(files === undefined ? {} : { files }),
    ...(baseline === undefined ? {} : { baseline }),
  };
}

function isDetailTab(tab: string): tab is DetailTab {
  return (DETAIL_TABS as readonly string[]).includes(tab);
}

/**
 * Puts `link` in force. The selection is kept when the link names the selected event;
 * otherwise it waits for the data (see `useLinkRestore`). `notices` (from decoding) are shown
 * with anything this adds.
 */
export function applyLink(link: ViewLink, notices: readonly string[]): void {
  const lines = [...notices];
  replaceSpec({
    query: link.query,
    range: link.range,
    sort: link.sort ?? DEFAULT_SORT,
    mode: link.mode ?? 'search',
    rule: link.rule ?? '',
    starredOnly: link.starredOnly === true,
  });
  useTableLayoutStore.setState(link.layout ?? DEFAULT_LAYOUT, true);
  // After the spec: a new time range drops the lanes' window, and the link's comes back.
  replaceLanes({
    window: link.lanes?.window,
    pinned: link.lanes?.pinned ?? [],
    fullWidth: link.lanes?.fullWidth,
  });
  // Before the pane: selecting shows the event panel.
  if (link.selected === undefined || link.selected !== useViewStore.getState().selectedId) {
    selectEvent(undefined);
    awaitSelection(link.selected);
  } else {
    awaitSelection(undefined);
  }
  const pane = link.pane ?? 'detail';
  if (pane === 'none') closeSidePanel();
  else if (pane === 'detail' || pane === 'problems') openSidePanel(pane);
  else lines.push(`pane: "${pane}" is not one of ${PANES.join(', ')} — ignored`);
  const tab = link.tab ?? 'fields';
  if (isDetailTab(tab)) showDetailTab(tab);
  else lines.push(`tab: "${tab}" is not a tab of the event panel — ignored`);
  expectFiles(link.files);
  expectBaseline(link.baseline);
  if (lines.length > 0) {
    addLinkNotice({
      tone: 'info',
      title: 'Parts of this link could not be used; the rest is applied.',
      lines,
    });
  }
}
