/**
 * The export dialog (a modal `<dialog>`: focus stays inside, Esc closes it): format, redaction
 * and the file name, then a progress bar with Cancel while the engine writes the file, then
 * what was saved and the manifest to save beside it. Closing the dialog cancels a running job.
 */
import { useEffect, useRef, useState } from 'react';
import type { ExportFormat, ExportRedaction } from '../../protocol/messages';
import { formatBytes, formatInt } from '../../lib/format';
import { useTableLayoutStore } from '../../state/table-layout-store';
import { downloadBlob } from '../common/download';
import { ExportOptions, REDACTIONS } from './export-options';
import { exportRequest, manifestFileName, visibleColumns } from './export-request';
import { ExportSummary } from './export-summary';
import { wrapTab } from './focus-trap';
import { useExportJob } from './use-export-job';

interface Props {
  readonly matching: number;
  readonly fileNameOf: (format: ExportFormat) => string;
  readonly onClose: () => void;
}

export function ExportDialog({ matching, fileNameOf, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<ExportFormat>('ndjson-bodies');
  const [redact, setRedact] = useState<ReadonlySet<ExportRedaction>>(new Set());
  const layout = useTableLayoutStore();
  const job = useExportJob();
  const { state } = job;
  const fileName = fileNameOf(format);

  useEffect(() => {
    // Every way out goes through `close()`, which gives focus back to the Export button; an
    // unmounted dialog leaves the top layer with its element.
    if (dialog.current?.open === false) dialog.current.showModal();
  }, []);

  const close = () => dialog.current?.close();
  const start = () => {
    const categories = REDACTIONS.map((r) => r.id).filter((id) => redact.has(id));
    // Not awaited: the job's state drives what the dialog shows.
    void job.start(exportRequest(format, categories, layout, fileName));
  };
  const toggle = (category: ExportRedaction, on: boolean) =>
    setRedact((current) => {
      const next = new Set(current);
      if (on) next.add(category);
      else next.delete(category);
      return next;
    });

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby="export-title"
      onClose={onClose}
      onKeyDown={(e) => {
        // Page-wide keys (`?`, the table's) must not act behind the dialog.
        e.stopPropagation();
        wrapTab(e);
      }}
    >
      <div className="overlay-head">
        <h2 id="export-title">Export {formatInt(matching)} matching events</h2>
        <button type="button" className="icon-button" aria-label="Close (Esc)" onClick={close}>
          ×
        </button>
      </div>
      {state.phase === 'running' ? (
        <div className="export-running">
          <progress
            className="export-progress"
            aria-label="Export progress"
            max={Math.max(1, state.progress.total)}
            value={state.progress.done}
          />
          <p className="dim" aria-live="polite">
            {formatInt(state.progress.done)} / {formatInt(state.progress.total)} events ·{' '}
            {formatBytes(state.progress.bytes)}
          </p>
          <div className="export-actions">
            <button type="button" className="button" autoFocus onClick={job.cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : state.phase === 'done' ? (
        <>
          <ExportSummary result={state.result} fileName={state.fileName} />
          <div className="export-actions">
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadBlob(
                  new Blob([state.result.manifestJson], { type: 'application/json' }),
                  manifestFileName(state.fileName),
                )
              }
            >
              Save manifest
            </button>
            <button type="button" className="button" onClick={job.reset}>
              Export again
            </button>
            <button type="button" className="button button--primary" autoFocus onClick={close}>
              Close
            </button>
          </div>
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          <ExportOptions
            format={format}
            onFormat={setFormat}
            redact={redact}
            onRedact={toggle}
            columnCount={visibleColumns(layout).length}
          />
          <p className="export-file">
            File: <code>{fileName}</code>
            <span className="export-hint">
              The manifest (view, counts, files, what was redacted, stars and notes) can be saved
              beside it once the export is done.
            </span>
          </p>
          {state.phase === 'cancelled' && <p className="dim">The export was cancelled.</p>}
          {state.phase === 'failed' && (
            <p className="export-warning" role="alert">
              The export failed: {state.message}
            </p>
          )}
          <div className="export-actions">
            <button type="button" className="button" onClick={close}>
              Close
            </button>
            <button type="submit" className="button button--primary">
              Start
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
