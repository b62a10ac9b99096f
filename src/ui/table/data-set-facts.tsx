/** Quiet facts about the open data set: files, blank lines, index memory. */
import { formatBytes, formatCount } from '../../lib/format';
import { useIngestStore } from '../../state/ingest-store';

export function DataSetFacts() {
  const files = useIngestStore((s) => s.progress.sources.length);
  const blankLines = useIngestStore((s) => s.progress.counts.blankLines);
  const indexBytes = useIngestStore((s) => s.progress.indexBytes);
  return (
    <span className="data-set-facts">
      <span title="Files in the data set">{formatCount(files, 'file')}</span>
      <span title="Blank lines, counted apart from records">
        {formatCount(blankLines, 'blank line')}
      </span>
      {indexBytes > 0 && (
        <span title="Memory held by the index (estimate)">index {formatBytes(indexBytes)}</span>
      )}
    </span>
  );
}
