/**
 * Load progress under the top bar: a bar of bytes read, a one-line summary
 * (`412 MB of 3.1 GB · 1.2M events · 180k events/s · 12 s`), a Cancel button, and per-file
 * states when several files load. Stays after a partial load (cancelled or failed) and on
 * error, with a notice saying what is missing; shows files refused as too large for the tab.
 */
import {
  formatBytes,
  formatCompact,
  formatDuration,
  formatPercent,
  formatRate,
} from '../../lib/format';
import { useIngestStore } from '../../state/ingest-store';
import { cancelLoad } from '../../state/actions';
import { LoadNotices } from './load-notices';
import { LoadRefusalNotice } from './load-refusal';
import { SourceList } from './source-list';

export function ProgressStrip() {
  const progress = useIngestStore((s) => s.progress);
  const refusal = useIngestStore((s) => s.refusal);
  const recoveryNote = useIngestStore((s) => s.recoveryNote);
  const isLoading = progress.state === 'loading';
  const hasNotice = progress.partial || progress.error !== undefined || recoveryNote !== undefined;
  if (!isLoading && !hasNotice && refusal === undefined) return null;

  const fraction = progress.bytesTotal > 0 ? progress.bytesRead / progress.bytesTotal : 0;
  const summary = [
    progress.bytesTotal > 0
      ? `${formatBytes(progress.bytesRead)} of ${formatBytes(progress.bytesTotal)}`
      : formatBytes(progress.bytesRead),
    `${formatCompact(progress.counts.events)} events`,
    progress.elapsedMs > 0 ? formatRate(progress.counts.events, progress.elapsedMs, 'events') : '',
    progress.elapsedMs > 0 ? formatDuration(progress.elapsedMs) : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');

  return (
    <section className="progress-strip" aria-label="Loading">
      {isLoading && (
        <div className="progress-row">
          <div
            className="progress-bar"
            role="progressbar"
            aria-label="Bytes read"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(fraction * 100)}
          >
            <span
              className="progress-fill"
              style={{ transform: `scaleX(${Math.min(1, fraction)})` }}
            />
          </div>
          <span className="progress-text">
            <strong>{formatPercent(fraction)}</strong> · {summary}
          </span>
          <button
            type="button"
            className="button button--small"
            // Not awaited: the engine answers with a progress snapshot.
            onClick={() => void cancelLoad()}
          >
            Cancel
          </button>
        </div>
      )}
      {!isLoading && progress.partial && <p className="progress-text dim">{summary}</p>}
      {progress.sources.length > 1 && <SourceList sources={progress.sources} />}
      <LoadNotices progress={progress} recoveryNote={isLoading ? undefined : recoveryNote} />
      {refusal !== undefined && <LoadRefusalNotice refusal={refusal} />}
    </section>
  );
}
