/**
 * Why the submitted query was not applied: each error's message and position (1-based
 * character), the query text with the offending span marked, and the query whose results
 * stay on screen meanwhile. The query text is shown as visible text (control characters
 * made visible), never as HTML.
 */
import { visibleText } from '../../lib/visible-text';
import type { QueryErrorInfo } from '../../protocol/messages';
import { useSearchStore } from '../../state/search-store';

function Mirror({ query, error }: { readonly query: string; readonly error: QueryErrorInfo }) {
  const start = Math.max(0, Math.min(query.length, error.position));
  const end = Math.max(start, Math.min(query.length, start + error.length));
  const span = query.slice(start, end);
  return (
    <code className="query-mirror" aria-hidden="true">
      {visibleText(query.slice(0, start)).text}
      <mark className={span === '' ? 'query-mark query-mark--empty' : 'query-mark'}>
        {span === '' ? ' ' : visibleText(span).text}
      </mark>
      {visibleText(query.slice(end)).text}
    </code>
  );
}

export function QueryErrors({ id }: { readonly id: string }) {
  const errors = useSearchStore((s) => s.errors);
  const submitted = useSearchStore((s) => s.spec.query);
  const inForce = useSearchStore((s) => s.summary?.spec.query);
  if (errors.length === 0) return null;
  return (
    <div className="query-errors" id={id} role="alert" data-testid="query-errors">
      {errors.map((error) => (
        <div
          key={`${error.position}:${error.length}:${error.message}`}
          className="query-error"
          data-testid="query-error"
          data-position={error.position}
          data-length={error.length}
        >
          <Mirror query={submitted} error={error} />
          <p className="query-error-text">
            {error.message} <span className="dim">(at character {error.position + 1})</span>
          </p>
        </div>
      ))}
      {inForce !== undefined && (
        <p className="query-in-force" data-testid="query-in-force">
          Showing results for:{' '}
          {inForce === '' ? (
            <span className="dim">all events</span>
          ) : (
            <code>{visibleText(inForce).text}</code>
          )}
        </p>
      )}
    </div>
  );
}
