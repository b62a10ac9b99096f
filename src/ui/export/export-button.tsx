/**
 * The top bar's "Export…" button: opens the export dialog for the events matching the view
 * in force; disabled while nothing matches or a load is running.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ExportFormat } from '../../protocol/messages';
import { formatInt } from '../../lib/format';
import { useIngestStore } from '../../state/ingest-store';
import { useSearchStore } from '../../state/search-store';
import { ExportDialog } from './export-dialog';
import { exportFileName } from './export-request';

export function ExportButton() {
  const [isOpen, setOpen] = useState(false);
  const isReady = useIngestStore((s) => s.progress.state === 'ready');
  const datasetId = useIngestStore((s) => s.progress.datasetId);
  const sourceNames = useIngestStore(useShallow((s) => s.progress.sources.map((x) => x.name)));
  // What is exported is the view: in rules mode, the rule's matches and undecided events.
  const matching = useSearchStore((s) =>
    s.summary?.datasetId === datasetId ? s.summary.matching + s.summary.undecided : 0,
  );
  const canExport = isReady && matching > 0;
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={!canExport}
        title={
          canExport
            ? `Export the ${formatInt(matching)} matching events`
            : 'Nothing to export: no events match'
        }
        onClick={() => setOpen(true)}
      >
        Export…
      </button>
      {isOpen && (
        <ExportDialog
          matching={matching}
          fileNameOf={(format: ExportFormat) => exportFileName(sourceNames, format)}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
