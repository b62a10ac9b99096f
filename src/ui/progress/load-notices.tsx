/**
 * What went wrong with a load, said plainly: the error (role=alert), how the data set was
 * reopened after the engine stopped, and, when only part of the data was loaded, how much
 * there is and which files failed.
 */
import type { IngestProgress } from '../../protocol/messages';
import { formatCount, formatInt } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import { openSidePanel } from '../common/layout-store';

const NAMES_SHOWN = 3;

export function LoadNotices({
  progress,
  recoveryNote,
}: {
  readonly progress: IngestProgress;
  /** The engine stopped and the data set was reopened: what happened. */
  readonly recoveryNote: string | undefined;
}) {
  const failed = progress.sources.filter((s) => s.state === 'failed').map((s) => s.path);
  const isFailure = progress.error !== undefined || failed.length > 0;
  const names = failed.slice(0, NAMES_SHOWN).map((name) => visibleText(name, 120).text);
  if (failed.length > NAMES_SHOWN) names.push(`${formatInt(failed.length - NAMES_SHOWN)} more`);
  return (
    <>
      {progress.error !== undefined && (
        <p className="notice notice--error" role="alert">
          <strong>Loading failed:</strong> {visibleText(progress.error, 2000).text}
        </p>
      )}
      {recoveryNote !== undefined && (
        <p className="notice notice--warn" role="alert">
          <strong>{progress.partial ? 'Partial data set:' : 'Engine restarted:'}</strong>{' '}
          {visibleText(recoveryNote, 2000).text}
        </p>
      )}
      {progress.partial && progress.state !== 'loading' && recoveryNote === undefined && (
        <p className="notice notice--warn" role="status">
          <strong>Partial data set:</strong> loading was{' '}
          {isFailure ? 'stopped by a failure' : 'cancelled'} after{' '}
          {formatCount(progress.counts.events, 'event')}
          {names.length > 0 && ` (failed: ${names.join(', ')})`}. What is shown is only part of the{' '}
          {progress.sources.length > 1 ? 'files' : 'file'}.
          {progress.counts.problems > 0 && (
            <>
              {' '}
              <button
                type="button"
                className="link-button"
                onClick={() => openSidePanel('problems')}
              >
                See the problems
              </button>
            </>
          )}
        </p>
      )}
    </>
  );
}
