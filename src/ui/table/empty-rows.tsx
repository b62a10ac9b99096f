/** What the table body says when it has no rows: still loading, or nothing but problems. */
import { formatInt } from '../../lib/format';
import { useIngestStore } from '../../state/ingest-store';
import { openSidePanel } from '../common/layout-store';

export function EmptyRows({ isLoading }: { readonly isLoading: boolean }) {
  const problems = useIngestStore((s) => s.progress.counts.problems);
  if (isLoading) {
    return (
      <div className="et-empty" role="status">
        Waiting for the first events…
      </div>
    );
  }
  return (
    <div className="et-empty" role="status">
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
