/**
 * The text of a built-in table column for one event row, as the event holds it (the process
 * column's value is the command name; the table draws `comm (pid)`): what a cell filters on,
 * and what an export writes.
 */
import type { EventRow, TableColumnId } from '../protocol/messages';
import { formatUtcTime } from './format';

export function builtInColumnText(row: EventRow, column: TableColumnId): string {
  switch (column) {
    case 'time':
      return Number.isFinite(row.timeMs) ? formatUtcTime(row.timeMs) : '';
    case 'type':
      return row.type;
    case 'outcome':
      return row.outcome;
    case 'process':
      return row.processName;
    case 'executable':
      return row.executable;
    case 'target':
      return row.target;
    case 'user':
      return row.user;
    case 'container':
      return row.container;
    case 'host':
      return row.host;
    case 'validity':
      return row.validity;
    case 'source':
      return row.source;
  }
}
