/**
 * What a table cell stands for when the analyst acts on it (filter in or out, add as a
 * column, copy): the field behind its column (`COLUMN_FIELDS` for built-in columns, the
 * column's own field for added ones) and the cell's value as the event holds it, not as it
 * is drawn (the process column draws `comm (pid)` but filters on `comm`).
 */
import { COLUMN_FIELDS } from '../../protocol/messages';
import type { EventRow, TableColumnId } from '../../protocol/messages';
import { builtInColumnText } from '../../lib/row-text';
import { isBuiltInColumn } from '../../state/table-layout';
import { isListField } from '../common/field-catalog';

export interface CellTarget {
  /** Column id the value was taken from. */
  readonly column: string;
  /** Field in query syntax, when the column has one. */
  readonly field: string | undefined;
  /** The value (raw, untrusted text). */
  readonly value: string;
  /** Whether `field:value` is a term that finds this value (not for list or empty cells). */
  readonly canFilter: boolean;
}

export function cellTarget(row: EventRow, column: string): CellTarget {
  if (isBuiltInColumn(column)) {
    const id = column as TableColumnId;
    const field = COLUMN_FIELDS[id];
    const value = builtInColumnText(row, id);
    return { column, field, value, canFilter: field !== undefined && value !== '' };
  }
  const value = row.fields[column] ?? '';
  // List values arrive joined by spaces: no single term matches the joined text.
  return { column, field: column, value, canFilter: value !== '' && !isListField(column) };
}
