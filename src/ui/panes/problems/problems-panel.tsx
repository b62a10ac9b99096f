/**
 * The problems panel: rejected records and file problems of the data set, a page of at most
 * `PAGE_SIZE` at a time, asked of the engine with `useProblems`.
 */
import { memo, useState } from 'react';
import { formatInt } from '../../../lib/format';
import { useProblems } from '../../../state/use-problems';
import { ProblemItem } from './problem-item';

export const PAGE_SIZE = 500;

// Memoized: the side panel re-renders on load progress, this pane only on its own data.
export const ProblemsPanel = memo(function ProblemsPanel() {
  const [page, setPage] = useState(0);
  const result = useProblems(page * PAGE_SIZE, PAGE_SIZE);
  const total = result?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = page * PAGE_SIZE;
  const shownTo = Math.min(total, first + (result?.problems.length ?? 0));

  return (
    <section className="problems" data-testid="problems" aria-label="Problems">
      <header className="problems-header">
        <h2 className="section-title">
          Problems <span className="dim">{formatInt(total)}</span>
        </h2>
        <p className="dim problems-intro">
          Records that are not JSON objects are rejected and listed here with where they were found;
          the rest of the file is still loaded.
        </p>
        {total > PAGE_SIZE && (
          <nav className="pager" aria-label="Problem pages">
            <button
              type="button"
              className="button button--small"
              disabled={page === 0}
              onClick={() => setPage(page - 1)}
            >
              ‹ Previous
            </button>
            <span>
              {formatInt(first + 1)}–{formatInt(shownTo)} of {formatInt(total)}
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={page + 1 >= pages}
              onClick={() => setPage(page + 1)}
            >
              Next ›
            </button>
          </nav>
        )}
      </header>
      {result === undefined && <p className="pane-loading">Loading problems…</p>}
      {result !== undefined && total === 0 && <p className="pane-empty">No problems</p>}
      {result !== undefined && total > 0 && result.problems.length === 0 && (
        <p className="pane-empty">
          No problems on this page.{' '}
          <button type="button" className="link-button" onClick={() => setPage(0)}>
            Go to the first page
          </button>
        </p>
      )}
      {result !== undefined && result.problems.length > 0 && (
        <ol className="problem-list" start={first + 1}>
          {result.problems.map((problem, i) => (
            <ProblemItem key={first + i} problem={problem} />
          ))}
        </ol>
      )}
    </section>
  );
});
