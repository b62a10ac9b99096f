/**
 * A button that replaces the query with a pivot ("events of this process", "same
 * destination"). The query it applies is shown on hover, so the analyst knows what the
 * table will hold, and lands in the search box where it can be edited further.
 */
import type { ReactNode } from 'react';
import { visibleTitle } from '../../lib/visible-text';
import { applyQuery } from '../../state/search-store';

interface PivotButtonProps {
  readonly query: string;
  readonly children: ReactNode;
}

export function PivotButton({ query, children }: PivotButtonProps) {
  return (
    <button
      type="button"
      className="pivot-button"
      data-testid="pivot"
      data-query={query}
      title={visibleTitle(`Search ${query}`)}
      onClick={() => applyQuery(query)}
    >
      {children}
    </button>
  );
}

/** A row of pivots under a heading such as "Show events of". */
export function PivotBar({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ReactNode;
}) {
  return (
    <div className="pivot-bar" role="group" aria-label={label}>
      <span className="pivot-label">{label}</span>
      {children}
    </div>
  );
}
