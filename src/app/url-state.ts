/**
 * The URL fragment owns the view (DESIGN.md, "View state lives in the URL fragment"):
 * `restoreFromUrl` applies the fragment once at start-up, before the first render;
 * `useUrlState` then writes every view change back (a new history entry for a step, a
 * rewrite otherwise, see history-step.ts) and applies the fragment again when back or
 * forward changes it. Writes are batched to one per task, so a change touching several
 * stores makes one entry. With the bundled sample open, the fragment starts with the start-up
 * key `open=sample`, so that a reload or a shared link opens it again; connected to a
 * ClickHouse server, it starts with the keys naming the server instead (source-params.ts).
 */
import { useEffect } from 'react';
import type { IngestProgress } from '../protocol/messages';
import { isHistoryStep } from '../share/history-step';
import { decodeView, encodeView } from '../share/view-codec';
import { canonicalView, type ViewLink } from '../share/view-link';
import { isSampleOpen } from '../state/actions';
import { useCompareStore } from '../state/compare-store';
import { useIngestStore } from '../state/ingest-store';
import { useLanesStore } from '../state/lanes-store';
import { useLinkStore } from '../state/link-store';
import { useSearchStore } from '../state/search-store';
import { useTableLayoutStore } from '../state/table-layout-store';
import { useViewStore } from '../state/view-store';
import { useLayoutStore } from '../ui/common/layout-store';
import { connectFromLink } from '../state/source-actions';
import { useSourceStore } from '../state/source-store';
import { parseHashParams } from './hash-params';
import { SOURCE_KEYS, sourceFromHash, withSourceKeys } from './source-params';
import { applyLink, currentLink } from './view-link-state';

/** True when the fragment says more than its start-up keys (`open=sample`, the source). */
function hasViewParams(hash: string): boolean {
  return [...parseHashParams(hash).keys()].some(
    (key) => key !== 'open' && !SOURCE_KEYS.includes(key),
  );
}

function applyFragment(hash: string): ViewLink {
  const { link, notices } = decodeView(hash);
  applyLink(link, notices);
  return canonicalView(link);
}

export function restoreFromUrl(): void {
  if (hasViewParams(window.location.hash)) applyFragment(window.location.hash);
  const server = sourceFromHash(window.location.hash);
  if (server !== undefined) connectFromLink(server);
}

function fileKey(progress: IngestProgress): string {
  return progress.sources
    .map((source) => `${source.path}\u0000${source.fingerprint ?? ''}`)
    .join('\n');
}

/** The bundled sample is named by the start-up key, so that the link (or a reload) reopens it. */
function withSampleKey(fragment: string): string {
  if (!isSampleOpen()) return fragment;
  return fragment === '' ? 'open=sample' : `open=sample&${fragment}`;
}

function fragmentUrl(fragment: string): string {
  const { pathname, search } = window.location;
  return fragment === '' ? `${pathname}${search}` : `${pathname}${search}#${fragment}`;
}

export function useUrlState(): void {
  useEffect(() => {
    let written: ViewLink = canonicalView(decodeView(window.location.hash).link);
    // The first write (the start-up view) and the one after back / forward only rewrite.
    let rewriteNext = true;
    let scheduled = false;

    const write = () => {
      scheduled = false;
      const link = canonicalView(currentLink());
      // A link to a connected server names it instead of the files opened before.
      const source = useSourceStore.getState();
      const fragment =
        source.status === 'connected'
          ? withSourceKeys(encodeView(link), source.server)
          : withSampleKey(encodeView(link));
      if (fragment !== window.location.hash.replace(/^#/, '')) {
        const step = !rewriteNext && isHistoryStep(written, link);
        if (step) window.history.pushState(null, '', fragmentUrl(fragment));
        else window.history.replaceState(window.history.state, '', fragmentUrl(fragment));
      }
      written = link;
      rewriteNext = false;
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(write);
    };
    const onPopState = () => {
      written = applyFragment(window.location.hash);
      rewriteNext = true;
      schedule();
    };

    const unsubscribe = [
      useSearchStore.subscribe((s, prev) => s.spec !== prev.spec && schedule()),
      useTableLayoutStore.subscribe(schedule),
      useLanesStore.subscribe(schedule),
      useViewStore.subscribe(schedule),
      useLayoutStore.subscribe(
        (s, prev) => s.isSidePanelOpen !== prev.isSidePanelOpen && schedule(),
      ),
      useLinkStore.subscribe(schedule),
      useSourceStore.subscribe((s, prev) => s.status !== prev.status && schedule()),
      // Progress ticks ten times a second while loading; the link's files change only when a
      // file's fingerprint becomes known or other files are opened.
      useIngestStore.subscribe(
        (s, prev) => fileKey(s.progress) !== fileKey(prev.progress) && schedule(),
      ),
      useCompareStore.subscribe(
        (s, prev) => fileKey(s.baseline) !== fileKey(prev.baseline) && schedule(),
      ),
    ];
    window.addEventListener('popstate', onPopState);
    schedule();
    return () => {
      for (const stop of unsubscribe) stop();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
