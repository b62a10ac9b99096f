/**
 * The event in one sentence, above its fields: time, who did what to what, and the outcome
 * when it was not a success (styled by tone). Values are log content: visible text, cut when
 * long (the whole value on hover), each naming its field on hover.
 */
import { visibleText, visibleTitle } from '../../../../lib/visible-text';
import { fieldHint } from '../body/schema-info';
import type { Summary, SummaryPart } from './summary-parts';

/** Characters of one value shown in the sentence. */
const VALUE_CUT = 160;

function Part({ part }: { readonly part: SummaryPart }) {
  switch (part.kind) {
    case 'text':
      return <>{visibleText(part.text).text}</>;
    case 'value': {
      const shown = visibleText(part.text, VALUE_CUT);
      return (
        <span
          className="summary-value"
          data-summary-field={part.path}
          title={visibleTitle(`${part.text}\n\n${fieldHint(part.path)}`, 1000)}
        >
          {shown.truncated ? `${shown.text}…` : shown.text}
        </span>
      );
    }
    case 'alert':
      return <strong className="summary-alert">{part.text}</strong>;
    case 'outcome':
      return (
        <span className={`outcome outcome--${part.tone}`}>{visibleText(part.text, 60).text}</span>
      );
  }
}

export function SummaryLine({ summary }: { readonly summary: Summary }) {
  return (
    <p className="event-summary" data-testid="event-summary">
      {summary.time !== undefined && (
        <time className="summary-time">{visibleText(summary.time, 60).text}</time>
      )}
      <span className="summary-sentence">
        {summary.parts.map((part, i) => (
          <Part key={i} part={part} />
        ))}
      </span>
    </p>
  );
}
