/**
 * What an export asks the engine for, gathered on the main thread: the table's visible
 * columns in display order (for CSV), the stars and notes kept in this browser, and the file
 * names (from the opened file's name, never from its content).
 */
import type {
  ExportAnnotation,
  ExportColumn,
  ExportFormat,
  ExportRedaction,
  ExportRequest,
} from '../../protocol/messages';
import { listAnnotations } from '../../share/annotations';
import type { TableLayout } from '../../state/table-layout';
import { isBuiltInColumn } from '../../state/table-layout';
import { columnLabel } from '../table/column-labels';

/** The visible columns in display order; a field's header is the field without its `@`. */
export function visibleColumns(layout: TableLayout): ExportColumn[] {
  const hidden = new Set(layout.hidden);
  return layout.order
    .filter((id) => !hidden.has(id))
    .map((id) => ({ id, header: isBuiltInColumn(id) ? columnLabel(id) : id.replace(/^@/, '') }));
}

/** Stars and notes of this browser by event id (annotated events only; none when storage is off). */
export function storedAnnotations(): Record<string, ExportAnnotation> {
  const byId: Record<string, ExportAnnotation> = {};
  try {
    for (const a of listAnnotations(window.localStorage)) {
      Object.defineProperty(byId, a.eventId, {
        value: { starred: a.starred, note: a.note },
        enumerable: true,
      });
    }
  } catch {
    // Storage disabled by the browser: there are no annotations to carry.
  }
  return byId;
}

const EXTENSIONS = /(\.(gz|gzip|json|ndjson|jsonl|log|txt))+$/i;

/** `investigation.json.gzip` → `investigation-export.ndjson` (by format); several files → `events-…`. */
export function exportFileName(sourceNames: readonly string[], format: ExportFormat): string {
  const only = sourceNames.length === 1 ? (sourceNames[0] ?? '') : '';
  const stem =
    only
      .replace(/^.*[\\/]/, '')
      .replace(EXTENSIONS, '')
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .slice(0, 80) || 'events';
  switch (format) {
    case 'ndjson-bodies':
      return `${stem}-export.ndjson`;
    case 'ndjson-envelopes':
      return `${stem}-export-envelopes.ndjson`;
    case 'csv':
      return `${stem}-export.csv`;
  }
}

/** The manifest's name beside the file: `x-export.ndjson` → `x-export.manifest.json`. */
export function manifestFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]*$/, '')}.manifest.json`;
}

export function exportRequest(
  format: ExportFormat,
  redact: readonly ExportRedaction[],
  layout: TableLayout,
  fileName: string,
): ExportRequest {
  return {
    format,
    redact,
    columns: format === 'csv' ? visibleColumns(layout) : [],
    annotations: storedAnnotations(),
    fileName,
  };
}
