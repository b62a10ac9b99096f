/**
 * The views of one event: field tree of the body, the body as pretty JSON, the envelope the
 * export wrapped it in (when there is one) and the record exactly as read from the file.
 */
import { useState } from 'react';
import type { EventDetail } from '../../../protocol/messages';
import { BlockText } from '../../common/block-text';
import { CopyButton } from '../../common/copy-button';
import { JsonTree } from './json-tree';

type DetailTab = 'tree' | 'raw' | 'envelope' | 'record';

const TAB_LABELS: Readonly<Record<DetailTab, string>> = {
  tree: 'Tree',
  raw: 'Raw JSON',
  envelope: 'Envelope',
  record: 'Record',
};

export function DetailTabs({
  detail,
  idPrefix,
}: {
  readonly detail: EventDetail;
  readonly idPrefix: string;
}) {
  const [chosen, setChosen] = useState<DetailTab>('tree');
  const tabs: DetailTab[] = ['tree', 'raw'];
  if (detail.envelopeJson !== undefined) tabs.push('envelope');
  tabs.push('record');
  // An event without an envelope falls back to the tree when "Envelope" was chosen before.
  const tab = tabs.includes(chosen) ? chosen : 'tree';

  return (
    <section className="detail-tabs">
      <div className="tab-list" role="tablist" aria-label="Event views">
        {tabs.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${t}`}
            aria-selected={t === tab}
            aria-controls={`${idPrefix}-panel`}
            className="tab"
            onClick={() => setChosen(t)}
          >
            {TAB_LABELS[t]}
          </button>
        ))}
      </div>
      <div
        // Remounted per event: expansion and "show all" state belong to one event.
        key={detail.row.key}
        className="tab-panel"
        role="tabpanel"
        id={`${idPrefix}-panel`}
        aria-labelledby={`${idPrefix}-tab-${tab}`}
      >
        {tab === 'tree' && <JsonTree json={detail.bodyJson} />}
        {tab === 'raw' && (
          <>
            <div className="block-actions">
              <CopyButton text={detail.bodyJson} what="event body JSON" />
            </div>
            <BlockText value={detail.bodyJson} label="Event body JSON" />
          </>
        )}
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
