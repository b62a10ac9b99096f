/**
 * One event's detail once it has arrived: header, the event in one sentence, schema findings
 * and the views. The body is read once here and shared by the summary and every view.
 */
import { useMemo } from 'react';
import type { EventDetail } from '../../../protocol/messages';
import { RuleMatch } from '../../rules/rule-match';
import { DetailHeader } from './detail-header';
import { DetailTabs } from './detail-tabs';
import { FindingsList } from './findings-list';
import { useParsedBody } from './parsed-body';
import { summarize } from './summary/summarize';
import { SummaryLine } from './summary/summary-line';

interface EventDetailViewProps {
  readonly detail: EventDetail;
  readonly idPrefix: string;
}

export function EventDetailView({ detail, idPrefix }: EventDetailViewProps) {
  const parsed = useParsedBody(detail.bodyJson);
  const summary = useMemo(
    () => (parsed.node === undefined ? undefined : summarize(parsed.node)),
    [parsed],
  );
  return (
    <>
      <DetailHeader detail={detail} />
      {summary !== undefined && <SummaryLine summary={summary} />}
      <FindingsList
        findings={detail.findings}
        validity={detail.row.validity}
        schema={detail.schema}
        isBestFit={detail.schemaBestFit}
      />
      <RuleMatch eventKey={detail.row.key} />
      <DetailTabs detail={detail} parsed={parsed} idPrefix={idPrefix} />
    </>
  );
}
