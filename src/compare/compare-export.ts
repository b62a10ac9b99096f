/**
 * The comparison as a file: CSV (one row per item, through the export's CSV writer, so cells
 * are quoted and guarded against spreadsheet formulas like the event export's) or JSON (the
 * data sets compared and every item). Times are ISO 8601 in UTC, empty when unknown.
 */
import { createCsvWriter } from '../export/csv-writer';
import type { CompareExportFormat, CompareItem } from '../protocol/compare';

export interface CompareExportInput {
  readonly items: readonly CompareItem[];
  readonly incidentEvents: number;
  readonly baselineEvents: number;
}

const COLUMNS = [
  'kind',
  'value',
  'status',
  'incident_count',
  'baseline_count',
  'factor',
  'first_seen',
  'last_seen',
  'query',
] as const;

function iso(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}

function row(item: CompareItem): (string | number)[] {
  return [
    item.kind,
    item.value,
    item.status,
    item.incident,
    item.baseline,
    item.status === 'rare' ? Math.round(item.factor * 10) / 10 : '',
    iso(item.firstMs),
    iso(item.lastMs),
    item.query,
  ];
}

export function compareExportText(input: CompareExportInput, format: CompareExportFormat): string {
  if (format === 'csv') {
    const writer = createCsvWriter(COLUMNS.map((id) => ({ id })));
    return writer.write(input.items.map(row)) + writer.end();
  }
  const items = input.items.map((item) => {
    const cells = row(item);
    return Object.fromEntries(
      COLUMNS.map((column, i) => [column, cells[i] === '' ? null : cells[i]]),
    );
  });
  return `${JSON.stringify(
    { incidentEvents: input.incidentEvents, baselineEvents: input.baselineEvents, items },
    null,
    2,
  )}\n`;
}
