/**
 * What a screen reader is told without moving focus: two polite live regions, visually hidden.
 * One says how a load ended ("1,231 events loaded, 3 rejected"), the other how many events
 * the view in force matches ("12 matching"). Both texts are derived from the stores: a live
 * region speaks when its text changes, so a new query is announced by the second alone, and a
 * finished load by both. While loading, the first says so once and the second stays quiet,
 * so progress ticks are never read out.
 */
import { formatInt } from '../../lib/format';
import type { LoadState } from '../../protocol/messages';
import { useIngestStore } from '../../state/ingest-store';
import { useSearchStore } from '../../state/search-store';

function loadText(state: LoadState, events: number, rejected: number, partial: boolean): string {
  switch (state) {
    case 'loading':
      return 'Loading events';
    case 'ready':
      return `${formatInt(events)} ${events === 1 ? 'event' : 'events'} loaded, ${formatInt(rejected)} rejected${partial ? ' (partial)' : ''}`;
    case 'error':
      return 'Loading failed';
    case 'idle':
      return '';
  }
}

export function Announcer() {
  const state = useIngestStore((s) => s.progress.state);
  const datasetId = useIngestStore((s) => s.progress.datasetId);
  const partial = useIngestStore((s) => s.progress.partial);
  const summary = useSearchStore((s) =>
    s.summary?.datasetId === datasetId ? s.summary : undefined,
  );
  const isReady = state === 'ready' && summary !== undefined;
  const loaded = loadText(
    isReady || state !== 'ready' ? state : 'loading',
    summary?.counts.events ?? 0,
    summary?.counts.rejected ?? 0,
    partial,
  );
  let matching = '';
  if (isReady) {
    matching = `${formatInt(summary.matching)} matching`;
    if (summary.undecided > 0) matching += `, ${formatInt(summary.undecided)} undecided`;
  }
  return (
    <div className="visually-hidden">
      <p role="status" aria-atomic="true" data-testid="announce-load">
        {loaded}
      </p>
      <p role="status" aria-atomic="true" data-testid="announce-view">
        {matching}
      </p>
    </div>
  );
}
