/**
 * One value of a facet with its count (`facet-value`, with `data-field`, `data-value`,
 * `data-count` and `data-state` = in / out / none). A click requires the value; Alt- or
 * Ctrl/Cmd-click, or the − button, excludes it; doing it again takes the term out. The value
 * is log content: shown as visible text, never as HTML.
 */
import type { CSSProperties, MouseEvent } from 'react';
import { formatInt } from '../../lib/format';
import { visibleText, visibleTitle } from '../../lib/visible-text';
import type { TermState } from '../../query/compose';
import { filterBy } from '../../state/search-store';

interface FacetValueRowProps {
  readonly field: string;
  readonly value: string;
  readonly count: number;
  /** Share of the facet's top count, 0–1, drawn as a bar behind the row. */
  readonly share: number;
  readonly state: TermState;
}

const MARKS: Record<'in' | 'out', string> = { in: '✓', out: '⊘' };

function wantsExclude(event: MouseEvent): boolean {
  return event.altKey || event.ctrlKey || event.metaKey;
}

export function FacetValueRow({ field, value, count, share, state }: FacetValueRowProps) {
  const text = visibleText(value, 160);
  const title = value === '' ? '(empty)' : visibleTitle(value);
  const action = state === 'in' ? 'Remove the filter' : 'Show only this value';
  return (
    <li
      className={`facet-value facet-value--${state ?? 'none'}`}
      data-testid="facet-value"
      data-field={field}
      data-value={value}
      data-count={count}
      data-state={state ?? 'none'}
      style={{ '--share': share } as CSSProperties}
    >
      <button
        type="button"
        className="facet-value-main"
        title={`${title}\n${action} (Alt/Ctrl-click: exclude it)`}
        aria-pressed={state === 'in'}
        onClick={(event) => filterBy(field, value, wantsExclude(event))}
      >
        <span className="facet-value-mark" aria-hidden="true">
          {state === undefined ? '' : MARKS[state]}
        </span>
        <span className="facet-value-text mono">
          {value === '' ? <span className="dim">(empty)</span> : text.text}
          {text.truncated && '…'}
        </span>
        <span className="facet-value-count">{formatInt(count)}</span>
      </button>
      <button
        type="button"
        className="facet-value-exclude"
        data-testid="facet-exclude"
        aria-label={state === 'out' ? `Stop excluding ${title}` : `Exclude ${title}`}
        aria-pressed={state === 'out'}
        title={state === 'out' ? 'Stop excluding this value' : 'Exclude this value'}
        onClick={() => filterBy(field, value, true)}
      >
        −
      </button>
    </li>
  );
}
