/**
 * Files refused as too large for the tab, said before anything is read: the estimate, the
 * tab's limit, what to do instead, and "Open anyway" for the analyst who knows better.
 */
import { formatBytes, formatCompact, formatInt } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import { dismissRefusal, openFiles } from '../../state/actions';
import { openBaseline } from '../../state/compare-actions';
import type { LoadRefusal } from '../../state/ingest-store';

export function LoadRefusalNotice({ refusal }: { readonly refusal: LoadRefusal }) {
  const { files, estimate, asBaseline = false } = refusal;
  const open = asBaseline ? openBaseline : openFiles;
  const what =
    files.length === 1
      ? visibleText(files[0]?.path ?? '', 120).text
      : `These ${formatInt(files.length)} files`;
  const sizeBytes = files.reduce((sum, f) => sum + f.file.size, 0);
  return (
    <div className="notice notice--warn" role="alert">
      <p>
        <strong>Too large for this tab:</strong> {what} ({formatBytes(sizeBytes)}) would hold about{' '}
        {formatCompact(estimate.events)} events and need about {formatBytes(estimate.memoryBytes)}{' '}
        of memory{asBaseline ? ' as the baseline' : ''}; this tab can use about{' '}
        {formatBytes(estimate.budgetBytes)} (of its {formatBytes(estimate.limitBytes)} limit)
        {estimate.heldBytes > 0 &&
          `, of which the data set it would be compared with holds ${formatBytes(estimate.heldBytes)}`}
        . Past it the browser closes the tab. Open fewer files or a smaller time slice.
      </p>
      <p>
        <button
          type="button"
          className="button button--small"
          // Not awaited: the load reports through the progress strip.
          onClick={() => void open(files, { force: true })}
        >
          Open anyway
        </button>{' '}
        <button type="button" className="button button--small" onClick={dismissRefusal}>
          Don’t open
        </button>
      </p>
    </div>
  );
}
