/**
 * Counts of the data set: events, matching, invalid, drift and rejected (each with
 * `data-value` = the plain integer, the test hooks). Rejected opens the problems panel.
 * Blank lines, files and index size are quieter and sit above the table (`data-set-facts`).
 */
import type { ReactNode } from 'react';
import { formatInt } from '../../lib/format';
import type { IngestCounts } from '../../protocol/messages';
import { useIngestStore } from '../../state/ingest-store';
import { useSearchStore } from '../../state/search-store';
import { openSidePanel } from '../common/layout-store';

interface StatProps {
  /** The page test hook, `stat-<name>` (see the page test contract). */
  readonly testId: string;
  readonly label: string;
  readonly value: number;
  readonly tone?: 'invalid' | 'drift' | 'rejected';
  readonly hint: string;
}

function StatBody({ label, value }: { readonly label: string; readonly value: number }): ReactNode {
  return (
    <>
      <span className="stat-value">{formatInt(value)}</span>
      <span className="stat-label">{label}</span>
    </>
  );
}

function Stat({ testId, label, value, tone, hint }: StatProps) {
  const className = `stat${tone !== undefined && value > 0 ? ` stat--${tone}` : ''}`;
  return (
    <span className={className} data-testid={testId} data-value={value} title={hint}>
      <StatBody label={label} value={value} />
    </span>
  );
}

/**
 * One snapshot of every counter: the view's answer carries the counts it was computed
 * against, so while loading, matching is never above events. Until the data set's first
 * answer arrives the load's own progress is shown, with nothing matching yet.
 */
function useCounterSnapshot(): { readonly counts: IngestCounts; readonly matching: number } {
  const progress = useIngestStore((s) => s.progress.counts);
  const datasetId = useIngestStore((s) => s.progress.datasetId);
  const summary = useSearchStore((s) => s.summary);
  return summary?.datasetId === datasetId
    ? { counts: summary.counts, matching: summary.matching }
    : { counts: progress, matching: 0 };
}

export function StatsBar() {
  const { counts, matching } = useCounterSnapshot();
  const rejectedClass = `stat stat--button${counts.rejected > 0 ? ' stat--rejected' : ''}`;
  return (
    <div className="stats" role="group" aria-label="Counts">
      <Stat testId="stat-events" label="events" value={counts.events} hint="Events loaded" />
      <Stat
        testId="stat-matching"
        label="matching"
        value={matching}
        hint="Events matching the current view"
      />
      <Stat
        testId="stat-invalid"
        label="invalid"
        value={counts.invalid}
        tone="invalid"
        hint="Events whose body breaks the schema"
      />
      <Stat
        testId="stat-drift"
        label="drift"
        value={counts.drift}
        tone="drift"
        hint="Events with only unknown properties (newer agent)"
      />
      <button
        type="button"
        className={rejectedClass}
        data-testid="stat-rejected"
        data-value={counts.rejected}
        title="Records that are not JSON objects: open the problems list"
        onClick={() => openSidePanel('problems')}
      >
        <StatBody label="rejected" value={counts.rejected} />
      </button>
    </div>
  );
}
