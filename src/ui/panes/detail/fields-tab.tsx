/**
 * The "Fields" view of one event: the typed sections, with "Expand all" (every lineage
 * entry's details, every long list) and "Collapse all". Changing either remounts the
 * sections so each part takes the chosen state again.
 */
import { useState } from 'react';
import type { Finding } from '../../../protocol/messages';
import type { JsonNode } from './json-model';
import { EventFields } from './sections/event-fields';

interface FieldsTabProps {
  readonly body: JsonNode;
  readonly findings: readonly Finding[];
  /** The envelope's host (empty when the export gives none). */
  readonly host: string;
}

export function FieldsTab({ body, findings, host }: FieldsTabProps) {
  const [view, setView] = useState({ expandAll: false, generation: 0 });
  const choose = (expandAll: boolean) =>
    setView((v) => ({ expandAll, generation: v.generation + 1 }));
  return (
    <div className="fields-tab">
      <div className="jt-actions">
        <button type="button" className="link-button" onClick={() => choose(true)}>
          Expand all
        </button>
        <button type="button" className="link-button" onClick={() => choose(false)}>
          Collapse all
        </button>
      </div>
      <EventFields
        key={view.generation}
        body={body}
        findings={findings}
        expandAll={view.expandAll}
        host={host}
      />
    </div>
  );
}
