/**
 * What the table body says when it has no rows: still loading; a data set with no events
 * (only problems, or nothing at all); or events that the view in force hides — then it says
 * how many events there are, what narrows them (query, rule, time range, starred only) and
 * offers to lift each, so a query left from another data set never looks like an empty file.
 */
import { formatCount, formatInt } from '../../lib/format';
import { useIngestStore } from '../../state/ingest-store';
import {
  applyQuery,
  applyRule,
  setStarredOnly,
  setTimeRange,
  useSearchStore,
} from '../../state/search-store';
import { openSidePanel } from '../common/layout-store';

interface Restriction {
  readonly what: string;
  readonly clear: string;
  readonly lift: () => void;
}

function useRestrictions(): readonly Restriction[] {
  const spec = useSearchStore((s) => s.summary?.spec);
  const mode = useSearchStore((s) => s.spec.mode);
  const starredOnly = useSearchStore((s) => s.spec.starredOnly);
  const out: Restriction[] = [];
  if (spec === undefined) return out;
  if (spec.query !== '') {
    out.push({ what: 'the query', clear: 'Clear the query', lift: () => applyQuery('') });
  }
  if (mode === 'rules' && spec.rule !== undefined) {
    out.push({ what: 'the rule', clear: 'Clear the rule', lift: () => applyRule('') });
  }
  if (spec.range !== undefined) {
    out.push({
      what: 'the time range',
      clear: 'Clear the time range',
      lift: () => setTimeRange(undefined),
    });
  }
  if (starredOnly) {
    out.push({
      what: 'starred only',
      clear: 'Show all, not only starred',
      lift: () => setStarredOnly(false),
    });
  }
  return out;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

function NothingMatches({ events }: { readonly events: number }) {
  const restrictions = useRestrictions();
  const narrowedBy =
    restrictions.length === 0 ? 'the view' : joinWords(restrictions.map((r) => r.what));
  return (
    <div className="et-empty" role="status" data-testid="empty-view">
      <p>
        0 of {formatCount(events, 'event')} {events === 1 ? 'matches' : 'match'} {narrowedBy}.
      </p>
      {restrictions.length > 0 && (
        <p className="et-empty-actions">
          {restrictions.map((r) => (
            <button key={r.what} type="button" className="button button--small" onClick={r.lift}>
              {r.clear}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}

export function EmptyRows({
  isLoading,
  events,
}: {
  readonly isLoading: boolean;
  /** Events of the data set in the view's snapshot. */
  readonly events: number;
}) {
  const problems = useIngestStore((s) => s.progress.counts.problems);
  if (events > 0) return <NothingMatches events={events} />;
  if (isLoading) {
    return (
      <div className="et-empty" role="status">
        Waiting for the first events…
      </div>
    );
  }
  return (
    <div className="et-empty" role="status" data-testid="empty-view">
      <p>No events in this data set.</p>
      {problems > 0 && (
        <p>
          {formatInt(problems)} {problems === 1 ? 'problem was' : 'problems were'} found.{' '}
          <button type="button" className="link-button" onClick={() => openSidePanel('problems')}>
            See the problems
          </button>
        </p>
      )}
    </div>
  );
}
