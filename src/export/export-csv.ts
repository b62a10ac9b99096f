/**
 * The cells of a CSV export: the visible columns as the table shows them (time in UTC,
 * process as `comm (pid)`, field columns as their text, lists joined by spaces), but whole:
 * never cut, container ids in full. With redaction, each cell is redacted by the field its
 * column shows (the user column is `process.user`, a `@process.envs` column holds
 * environment entries), and every cell is searched for IP addresses.
 */
import type { EventRow, ExportColumn, TableColumnId } from '../protocol/messages';
import { COLUMN_FIELDS, TABLE_COLUMNS } from '../protocol/messages';
import { builtInColumnText } from '../lib/row-text';
import { createRedactor, type Redactor } from './redact';
import type { RedactionCategory } from './redaction-rules';
import { categoryBelow } from './redaction-rules';

const BUILT_IN: ReadonlySet<string> = new Set(TABLE_COLUMNS);

function processLabel(row: EventRow): string {
  if (row.pid < 0) return row.processName;
  return row.processName === '' ? `(${row.pid})` : `${row.processName} (${row.pid})`;
}

function builtInText(row: EventRow, column: TableColumnId): string {
  return column === 'process' ? processLabel(row) : builtInColumnText(row, column);
}

/** The text of each column for one event. */
export function csvCells(
  columns: readonly ExportColumn[],
  row: EventRow,
  fieldText: (field: string) => string,
): string[] {
  return columns.map((c) =>
    BUILT_IN.has(c.id) ? builtInText(row, c.id as TableColumnId) : fieldText(c.id),
  );
}

/** The body path a column's cells are redacted by (`process.user`, `time`). */
function redactionKey(column: string): string {
  const field = BUILT_IN.has(column) ? COLUMN_FIELDS[column as TableColumnId] : column;
  return (field ?? column).replace(/^@/, '');
}

export interface CellRedactor {
  /** Cells of one row (columns as given to `createCellRedactor`), redacted. */
  redact(cells: readonly string[]): string[];
  readonly redactor: Redactor;
}

/**
 * Redacts the cells of a row, each by its key (`columnKeys`, then `note` for the annotation
 * column). A cell of environment entries is split at spaces first, so each entry keeps its
 * name (`PATH=[redacted] HOME=[redacted]`); a value holding a space is hidden all the same.
 */
export function createCellRedactor(
  keys: readonly string[],
  categories: readonly RedactionCategory[],
): CellRedactor {
  const redactor = createRedactor(categories);
  const enabled: ReadonlySet<RedactionCategory> = new Set(categories);
  const isEnvs = keys.map(
    (key) => categoryBelow(undefined, undefined, key, enabled).category === 'envs',
  );
  return {
    redactor,
    redact: (cells) =>
      cells.map((cell, i) => {
        const key = keys[i] ?? 'cell';
        if (cell === '') return cell;
        const value = isEnvs[i] === true ? cell.split(' ') : cell;
        const redacted = (redactor.redact({ [key]: value }) as Record<string, unknown>)[key];
        return Array.isArray(redacted) ? redacted.join(' ') : String(redacted);
      }),
  };
}

/** The redaction keys of the columns. */
export function columnKeys(columns: readonly ExportColumn[]): string[] {
  return columns.map((c) => redactionKey(c.id));
}
