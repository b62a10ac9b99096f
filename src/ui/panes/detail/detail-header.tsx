/**
 * Header of the event pane: event type and category, time, outcome, validity, the event id
 * (copyable), where the record was read (file, line, byte offset), and the analyst's star
 * and note.
 */
import type { EventDetail } from '../../../protocol/messages';
import { formatInt, formatUtcTime } from '../../../lib/format';
import { visibleText, visibleTitle } from '../../../lib/visible-text';
import { OutcomeLabel, ValidityBadge } from '../../common/badges';
import { CopyButton } from '../../common/copy-button';
import { EventAnnotation } from './event-annotation';

export function DetailHeader({ detail }: { readonly detail: EventDetail }) {
  const { row } = detail;
  return (
    <header className="detail-header">
      <div className="detail-title">
        <h2 className="detail-type" title={visibleTitle(row.type)}>
          {row.type === '' ? 'Event' : visibleText(row.type, 120).text}
        </h2>
        {row.category !== '' && <span className="tag">{visibleText(row.category, 60).text}</span>}
        <OutcomeLabel outcome={row.outcome} />
        <ValidityBadge validity={row.validity} />
      </div>
      <dl className="detail-facts">
        <dt>Time</dt>
        <dd className="mono">{formatUtcTime(row.timeMs)} UTC</dd>
        <dt>Event id</dt>
        <dd className="detail-id">
          <span className="mono" title={visibleTitle(row.eventId)}>
            {visibleText(row.eventId, 120).text}
          </span>
          <CopyButton text={row.eventId} what="event id" />
        </dd>
        <dt>Source</dt>
        <dd title={`byte offset ${formatInt(detail.byteOffset)}`}>
          <span className="mono">{visibleText(detail.source, 200).text}</span>
          {detail.line > 0 && <span className="dim"> · line {formatInt(detail.line)}</span>}
        </dd>
      </dl>
      <EventAnnotation key={row.eventId} eventId={row.eventId} />
    </header>
  );
}
