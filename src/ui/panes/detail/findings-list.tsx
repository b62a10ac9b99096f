/**
 * Schema findings of the event: JSON pointer, keyword and message, under the event's class
 * (valid / drift / invalid) and the schema it was judged by (chosen from its agent's OS and
 * version, or the best fit when it names none). Pointers and messages can quote log
 * content: shown as text.
 */
import { useState } from 'react';
import type { Finding, Validity } from '../../../protocol/messages';
import { formatInt } from '../../../lib/format';
import { visibleText } from '../../../lib/visible-text';
import { ValidityBadge } from '../../common/badges';

const FINDINGS_SHOWN = 6;

interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly validity: Validity;
  readonly schema: string;
  readonly isBestFit: boolean;
}

function SchemaName({
  schema,
  isBestFit,
}: {
  readonly schema: string;
  readonly isBestFit: boolean;
}) {
  return (
    <span
      className="dim findings-schema"
      data-testid="event-schema"
      data-schema={schema}
      title={
        isBestFit
          ? 'The event names no agent version (agents before 7.53): the schema that fits it best'
          : 'The schema of the agent version and OS the event names (agent.version, agent.os)'
      }
    >
      against {schema}
      {isBestFit ? ' (best fit)' : ''}
    </span>
  );
}

export function FindingsList({ findings, validity, schema, isBestFit }: FindingsListProps) {
  const [isAll, setAll] = useState(false);
  const shown = isAll ? findings : findings.slice(0, FINDINGS_SHOWN);
  return (
    <section className="findings" aria-label="Findings">
      <h3 className="section-title">
        Findings <ValidityBadge validity={validity} />
        <span className="dim">{findings.length > 0 ? formatInt(findings.length) : ''}</span>
        <SchemaName schema={schema} isBestFit={isBestFit} />
      </h3>
      {findings.length === 0 ? (
        <p className="dim findings-none">
          {validity === 'valid'
            ? 'No findings: the body matches the schema.'
            : 'No findings were recorded for this event.'}
        </p>
      ) : (
        <ul className="findings-list">
          {shown.map((f, i) => (
            <li key={i} className="finding">
              <code className="finding-pointer">
                {f.pointer === '' ? '(body)' : visibleText(f.pointer, 300).text}
              </code>
              <span
                className={`finding-keyword finding-keyword--${f.keyword === 'additionalProperties' ? 'drift' : 'other'}`}
              >
                {visibleText(f.keyword, 60).text}
              </span>
              <span className="finding-message">{visibleText(f.message, 500).text}</span>
            </li>
          ))}
        </ul>
      )}
      {findings.length > FINDINGS_SHOWN && (
        <button type="button" className="link-button" onClick={() => setAll(!isAll)}>
          {isAll ? 'Show fewer' : `Show all ${formatInt(findings.length)} findings`}
        </button>
      )}
    </section>
  );
}
