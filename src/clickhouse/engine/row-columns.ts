/**
 * Table rows of a ClickHouse source: the columns a row window selects (the row texts the
 * loader stored, exactly as the tab's `EventRow` carries them) and the mapping of one answer
 * row back to an `EventRow`.
 */
import type { EventRow, Validity } from '../../protocol/messages';
import type { SqlRow } from './sql-client';

export const ROW_COLUMNS = [
  'event_id',
  'timed',
  'time_ms',
  'evt_name',
  'evt_category',
  'evt_outcome',
  'process_name',
  'pid',
  'executable',
  'target',
  'user',
  'container',
  'host',
  'validity',
  'source_path',
].join(', ');

const text = (row: SqlRow, column: string): string => {
  const value = row[column];
  return typeof value === 'string' ? value : '';
};

const num = (row: SqlRow, column: string): number => Number(row[column] ?? NaN);

/**
 * The `EventRow` of one answer row selected with `ROW_COLUMNS`; `fields` are the extra
 * fields' texts (selected as `f0`, `f1`, … in the order of `fieldNames`).
 */
export function eventRow(
  row: SqlRow,
  rowIndex: number,
  key: number,
  fieldNames: readonly string[],
): EventRow {
  const fields: Record<string, string> = {};
  fieldNames.forEach((name, i) => (fields[name] = text(row, `f${i}`)));
  return {
    rowIndex,
    key,
    eventId: text(row, 'event_id'),
    timeMs: num(row, 'timed') === 1 ? num(row, 'time_ms') : NaN,
    type: text(row, 'evt_name'),
    category: text(row, 'evt_category'),
    outcome: text(row, 'evt_outcome'),
    processName: text(row, 'process_name'),
    pid: num(row, 'pid'),
    executable: text(row, 'executable'),
    target: text(row, 'target'),
    user: text(row, 'user'),
    container: text(row, 'container'),
    host: text(row, 'host'),
    validity: text(row, 'validity') as Validity,
    source: text(row, 'source_path'),
    fields,
  };
}

/** Extra-field columns of a row query, from their cell-text expressions: `, <text> AS f<i>`. */
export function fieldColumns(cellTexts: readonly string[]): string {
  return cellTexts.map((e, i) => `, ${e} AS f${i}`).join('');
}
