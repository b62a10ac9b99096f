/**
 * Counts of the data set: events, matching, invalid, drift and rejected (each with
 * `data-value` = the plain integer, the test hooks). Invalid and drift filter the view to
 * their class (a second click takes the filter out); rejected opens the problems panel.
 * Blank lines, files and index size are quieter and sit above the table (`data-set-facts`).
 */
import type { ReactNode } from 'react';
import { formatInt } from '../../lib/format';
import type { IngestCounts } from '../../protocol/messages';
import { useIngestStore } from '../../state/ingest-store';
import { filterBy, useSearchStore } from '../../state/search-store';
import { openSidePanel } from '../common/layout-store';

interface StatProps {
  /** The page test hook, `stat-<name>` (see the page test contract). */
  readonly testId: string;
  readonly label: string;
  readonly value: number;
  readonly tone?: 'invalid' | 'drift' | 'rejected';
  readonly hint: string;
  /** What a click does; without it the count is plain text. */
  readonly onClick?: () => void;
}

function StatBody({ label, value }: { readonly label: string; readonly value: number }): ReactNode {
  return (
    <>
      <span className="stat-value">{formatInt(value)}</span>
      <span className="stat-label">{label}</span>
    </>
  );
}

function Stat({ testId, label, value, tone, hint, onClick }: StatProps) {
  const toneClass = tone !== undefined && value > 0 ? ` stat--${tone}` : '';
  if (onClick === undefined) {
    return (
      <span className={`stat${toneClass}`} data-testid={testId} data-value={value} title={hint}>
        <StatBody label={label} value={value} />
      </span>
    );
  }
  return (
    <button
      type="button"
      className={`stat stat--button${toneClass}`}
      data-testid={testId}
      data-value={value}
      title={hint}
      onClick={onClick}
    >
      <StatBody label={label} value={value} />
    </button>
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
        hint="Events whose body breaks the schema: show only them (again: show all)"
        onClick={() => filterBy('@validity', 'invalid', false)}
      />
      <Stat
        testId="stat-drift"
        label="drift"
        value={counts.drift}
        tone="drift"
        hint="Events with only unknown properties (newer agent): show only them (again: show all)"
        onClick={() => filterBy('@validity', 'drift', false)}
      />
      <Stat
        testId="stat-rejected"
        label="rejected"
        value={counts.rejected}
        tone="rejected"
        hint="Records that are not JSON objects: open the problems list"
        onClick={() => openSidePanel('problems')}
      />
    </div>
  );
}
