/**
 * What the page shows before anything is open: a large drop zone that says what can be
 * opened, with buttons for files, a folder and the bundled sample.
 */
import { openSample } from '../../state/actions';
import { pickFiles, pickFolder } from '../common/file-pickers';
import { ExpectedFiles } from '../share/expected-files';

export function EmptyState() {
  return (
    <section className="empty-state" aria-label="Open a log">
      <ExpectedFiles />
      <div className="drop-zone">
        <p className="drop-title">Drop CWS event logs here</p>
        <p className="drop-sub">files or whole folders · nothing leaves this browser tab</p>
        <div className="drop-actions">
          <button type="button" className="button button--primary" onClick={pickFiles}>
            Open files…
          </button>
          <button type="button" className="button" onClick={pickFolder}>
            Open folder…
          </button>
          <button
            type="button"
            className="button"
            // Not awaited: progress and errors arrive through the ingest store.
            onClick={() => void openSample()}
          >
            Try the sample investigation
          </button>
        </div>
        <div className="drop-formats">
          <h2>What can be opened</h2>
          <ul>
            <li>
              <strong>Logs API exports</strong>: v2 search responses (<code>data[]</code>), v1
              responses, or their items as NDJSON / JSON arrays from downloader scripts
            </li>
            <li>
              <strong>Log archives</strong>: <code>archive_*.json.gz</code> files, or a whole{' '}
              <code>dt=…/hour=…</code> folder
            </li>
            <li>
              <strong>Security Signals</strong> dumps
            </li>
            <li>
              <strong>Copies from the Datadog UI</strong>: one event JSON, or many as NDJSON
            </li>
            <li>Plain or gzip-compressed (detected from the content, not the file name)</li>
          </ul>
          <p className="dim">
            Several files merge into one timeline; every event keeps its source file and line.
          </p>
        </div>
      </div>
    </section>
  );
}
