/**
 * The views of one event: typed field sections (the default), the process tree around it,
 * the process lanes of its family (when each process ran and what it did),
 * the field tree of the body, the body as pretty JSON (with copy), the envelope the export
 * wrapped it in (when there is one) and the record exactly as read from the file. The tabs
 * that do not fit the panel's width wait in a "More" menu (`detail-tab-row.tsx`).
 */
import type { EventDetail } from '../../../protocol/messages';
import { showDetailTab, useViewStore, type DetailTab } from '../../../state/view-store';
import { BlockText } from '../../common/block-text';
import { CopyButton } from '../../common/copy-button';
import { LanesTab } from '../../lanes/lanes-tab';
import { ProcessTreeTab } from '../process/process-tree-view';
import { DetailTabRow } from './detail-tab-row';
import { FieldsTab } from './fields-tab';
import { JsonTree } from './json-tree';
import type { ParsedBody } from './parsed-body';
import { RawJsonTab } from './raw/raw-json-tab';

const TAB_LABELS: Readonly<Record<DetailTab, string>> = {
  fields: 'Fields',
  processes: 'Process tree',
  lanes: 'Lanes',
  tree: 'Tree',
  raw: 'Raw JSON',
  envelope: 'Envelope',
  record: 'Record',
};

interface DetailTabsProps {
  readonly detail: EventDetail;
  readonly parsed: ParsedBody;
  readonly idPrefix: string;
}

export function DetailTabs({ detail, parsed, idPrefix }: DetailTabsProps) {
  const chosen = useViewStore((s) => s.detailTab);
  const tabs: DetailTab[] = ['fields', 'processes', 'lanes', 'tree', 'raw'];
  if (detail.envelopeJson !== undefined) tabs.push('envelope');
  tabs.push('record');
  // An event without an envelope falls back to the fields when "Envelope" was chosen before.
  const tab = tabs.includes(chosen) ? chosen : 'fields';

  return (
    <section className="detail-tabs">
      <DetailTabRow
        tabs={tabs}
        labels={TAB_LABELS}
        chosen={tab}
        idPrefix={idPrefix}
        onChoose={showDetailTab}
      />
      <div
        // Remounted per event: expansion and "show all" state belong to one event.
        key={detail.row.key}
        className="tab-panel"
        role="tabpanel"
        id={`${idPrefix}-panel`}
        aria-labelledby={`${idPrefix}-tab-${tab}`}
      >
        {tab === 'fields' &&
          (parsed.node === undefined ? (
            <p className="notice notice--warn">
              The event body could not be read into fields ({parsed.error}). The Raw JSON tab shows
              it as text.
            </p>
          ) : (
            <FieldsTab body={parsed.node} findings={detail.findings} host={detail.row.host} />
          ))}
        {tab === 'processes' && <ProcessTreeTab eventKey={detail.row.key} />}
        {tab === 'lanes' && <LanesTab eventKey={detail.row.key} />}
        {tab === 'tree' && <JsonTree parsed={parsed} />}
        {tab === 'raw' && <RawJsonTab bodyJson={detail.bodyJson} body={parsed.node} />}
        {tab === 'envelope' && detail.envelopeJson !== undefined && (
          <>
            <div className="block-actions">
              <span className="dim">Fields of the export around the event body.</span>
              <CopyButton text={detail.envelopeJson} what="envelope JSON" />
            </div>
            <BlockText value={detail.envelopeJson} label="Envelope JSON" />
          </>
        )}
        {tab === 'record' && (
          <>
            <div className="block-actions">
              <span className="dim">
                {detail.rawTruncated
                  ? 'The record is longer than what was kept: only its beginning is shown.'
                  : 'The record exactly as read from the file.'}
              </span>
              <CopyButton text={detail.rawText} what="record" />
            </div>
            <BlockText value={detail.rawText} label="Record as read" />
          </>
        )}
      </div>
    </section>
  );
}
