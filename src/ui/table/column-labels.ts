/** Header labels of the built-in table columns, and the label of any column id. */
import type { TableColumnId } from '../../protocol/messages';

export const COLUMN_LABELS: Readonly<Record<TableColumnId, string>> = {
  time: 'Time (UTC)',
  type: 'Event',
  outcome: 'Outcome',
  process: 'Process',
  executable: 'Executable',
  target: 'Target',
  user: 'User',
  container: 'Container',
  host: 'Host',
  validity: 'Validity',
  source: 'Source',
};

/** The label of a column: a built-in column's name, else the field itself (`@file.mode`). */
export function columnLabel(id: string): string {
  return Object.hasOwn(COLUMN_LABELS, id) ? COLUMN_LABELS[id as TableColumnId] : id;
}
