/** What a finished export wrote: events, size, what was redacted, and the manifest to save. */
import type { ExportResult } from '../../protocol/messages';
import { formatBytes, formatCount, formatInt } from '../../lib/format';
import { REDACTIONS } from './export-options';

interface Props {
  readonly result: Extract<ExportResult, { outcome: 'done' }>;
  readonly fileName: string;
}

export function ExportSummary({ result, fileName }: Props) {
  const redacted = REDACTIONS.filter((r) => result.redacted[r.id] > 0);
  return (
    <div className="export-summary" role="status">
      <p>
        Saved <strong>{formatInt(result.events)}</strong> events ({formatBytes(result.data.size)})
        as <code>{fileName}</code>.
      </p>
      {result.skipped > 0 && (
        <p className="export-warning">
          {formatCount(result.skipped, 'event')} could not be read back from their file and were
          left out (the manifest counts them).
        </p>
      )}
      {redacted.length > 0 && (
        <p className="dim">
          Redacted:{' '}
          {redacted
            .map((r) => `${formatInt(result.redacted[r.id])} ${r.label.toLowerCase()}`)
            .join(', ')}
          .
        </p>
      )}
      {result.annotated > 0 && (
        <p className="dim">{formatInt(result.annotated)} starred or noted events carried along.</p>
      )}
    </div>
  );
}
