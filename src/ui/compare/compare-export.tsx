/**
 * Export of the whole comparison (every item, not only those listed) as CSV or JSON: the text
 * is built in the worker and handed to the browser as a download.
 */
import { useState } from 'react';
import type { CompareExportFormat } from '../../protocol/messages';
import { comparisonText } from '../../state/compare-actions';
import { downloadBlob } from '../common/download';

const TYPES: Readonly<Record<CompareExportFormat, string>> = {
  csv: 'text/csv',
  json: 'application/json',
};

export function CompareExport({ baseName }: { readonly baseName: string }) {
  const [error, setError] = useState<string | undefined>(undefined);
  const save = async (format: CompareExportFormat) => {
    try {
      const text = await comparisonText(format);
      setError(undefined);
      downloadBlob(new Blob([text], { type: TYPES[format] }), `${baseName}-comparison.${format}`);
    } catch (e) {
      setError(String(e));
    }
  };
  return (
    <span className="compare-export">
      {(['csv', 'json'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button button--small"
          title={`Save every compared value as ${format.toUpperCase()}`}
          // Not awaited: a failure is shown beside the buttons.
          onClick={() => void save(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
      {error !== undefined && (
        <span className="compare-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
