/**
 * Why a submitted query or rule was not applied: each error's message and position (1-based
 * character), the text with the offending span marked, and what stays on screen meanwhile.
 * Text is shown as visible text (control characters made visible), never as HTML. Test hooks
 * are `<kind>-errors`, `<kind>-error` (`data-position`, `data-length`) and `<kind>-in-force`.
 */
import { visibleText } from '../../lib/visible-text';
import type { QueryErrorInfo } from '../../protocol/messages';

/** The text with the error's span marked. */
export function Mirror({
  query,
  error,
}: {
  readonly query: string;
  readonly error: QueryErrorInfo;
}) {
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

interface TextErrorsProps {
  readonly id: string;
  readonly kind: 'query' | 'rule';
  readonly errors: readonly QueryErrorInfo[];
  /** The text that was submitted (and did not apply). */
  readonly submitted: string;
  /** The text whose results stay on screen; undefined before any answer. */
  readonly inForce: string | undefined;
  /** What an empty text in force shows: "all events", "no rule". */
  readonly emptyLabel: string;
}

export function TextErrors({ id, kind, errors, submitted, inForce, emptyLabel }: TextErrorsProps) {
  if (errors.length === 0) return null;
  return (
    <div className="query-errors" id={id} role="alert" data-testid={`${kind}-errors`}>
      {errors.map((error) => (
        <div
          key={`${error.position}:${error.length}:${error.message}`}
          className="query-error"
          data-testid={`${kind}-error`}
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
        <p className="query-in-force" data-testid={`${kind}-in-force`}>
          Showing results for:{' '}
          {inForce === '' ? (
            <span className="dim">{emptyLabel}</span>
          ) : (
            <code>{visibleText(inForce).text}</code>
          )}
        </p>
      )}
    </div>
  );
}
