/**
 * What the rule in force decided over the view (`rule-counts`): its matches (the Matching
 * count above says the same) and the events it could not decide (`stat-undecided`, with
 * `data-value`). The view shows both; undecided rows carry a mark and are not matches.
 */
import { formatInt } from '../../lib/format';
import { useDatasetId } from '../../state/ingest-store';
import { useSearchStore } from '../../state/search-store';

export function RuleCounts() {
  const datasetId = useDatasetId();
  const summary = useSearchStore((s) =>
    s.summary?.datasetId === datasetId && s.summary.spec.rule !== undefined ? s.summary : undefined,
  );
  if (summary === undefined) return null;
  const { matching, undecided } = summary;
  return (
    <p className="rule-counts" data-testid="rule-counts" aria-live="polite">
      Rule in force:{' '}
      <strong className="rule-counts-matched">
        {formatInt(matching)} {matching === 1 ? 'match' : 'matches'}
      </strong>
      ,{' '}
      <strong
        className={`rule-counts-undecided${undecided > 0 ? ' is-nonzero' : ''}`}
        data-testid="stat-undecided"
        data-value={undecided}
      >
        {formatInt(undecided)} undecided
      </strong>
      {undecided > 0 && (
        <span className="dim">
          {' '}
          — events it could not decide are listed too, marked{' '}
          <span className="rule-undecided-tag" aria-hidden="true">
            ?
          </span>
          , and are not matches
        </span>
      )}
    </p>
  );
}
