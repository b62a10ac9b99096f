/**
 * The page shell: theme, layout and the page-wide behaviours (drop anywhere, `?` help,
 * `#open=sample`). The root carries the test hooks `data-testid="app"`,
 * `data-load-state`, `data-index-bytes` and `data-view-id` (the view in force).
 *
 * Layout: top bar, progress strip while loading (or after a partial load), then either the
 * empty state (nothing open) or the event table with the side panel on its right.
 */
import { memo, useEffect } from 'react';
import { useIngestStore } from '../state/ingest-store';
import { useViewStore } from '../state/view-store';
import { Announcer } from '../ui/common/announcer';
import { DropOverlay } from '../ui/empty/drop-overlay';
import { FilePickers } from '../ui/common/file-pickers';
import { PageNotice } from '../ui/common/page-notice';
import { LinkNotices } from '../ui/share/link-notices';
import { ShortcutsOverlay } from '../ui/help/shortcuts-overlay';
import { ProgressStrip } from '../ui/progress/progress-strip';
import { TopBar } from '../ui/top-bar/top-bar';
import { MainArea } from './main-area';
import { useGlobalKeys } from './use-global-keys';
import { useOpenFromHash } from './use-open-from-hash';
import { usePageDrop } from './use-page-drop';
import { useSearchStore } from '../state/search-store';
import { useViewSync } from '../state/use-view-sync';
import { useBaselineRestore } from './use-baseline-restore';
import { useLinkRestore } from './use-link-restore';
import { useUrlState } from './url-state';

// The root re-renders on every progress tick (index size); the page below it does not.
const Page = memo(function Page() {
  return (
    <>
      <FilePickers />
      <TopBar />
      <ProgressStrip />
      <PageNotice />
      <LinkNotices />
      <MainArea />
      <DropOverlay />
      <ShortcutsOverlay />
      <Announcer />
    </>
  );
});

export function App() {
  const loadState = useIngestStore((s) => s.progress.state);
  const indexBytes = useIngestStore((s) => s.progress.indexBytes);
  const theme = useViewStore((s) => s.theme);
  const viewId = useSearchStore((s) => s.summary?.viewId);

  useOpenFromHash();
  usePageDrop();
  useGlobalKeys();
  useViewSync();
  useUrlState();
  useLinkRestore();
  useBaselineRestore();
  useEffect(() => {
    // The page background and native controls (scrollbars) follow the theme too.
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div
      className="app"
      data-testid="app"
      data-load-state={loadState}
      data-index-bytes={indexBytes}
      data-view-id={viewId}
      data-theme={theme}
    >
      <Page />
    </div>
  );
}
