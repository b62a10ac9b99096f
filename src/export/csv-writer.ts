/**
 * CSV export (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma,
 * a quote, CR or LF, quotes doubled), fed batch by batch: the header row comes with the first
 * chunk. Cells: strings as they are, numbers in JSON notation (non-finite ones empty),
 * booleans `true`/`false`, missing values empty, arrays and objects as one-line JSON.
 *
 * Spreadsheet formula injection: a text cell starting with `=`, `+`, `-`, `@`, TAB or CR
 * would be run as a formula by Excel, LibreOffice or Sheets, so it is written with a leading
 * `'` (which spreadsheets hide and which makes the cell text). Headers are guarded the same
 * way; numbers, which cannot be formulas, are not.
 */
import { LosslessNumber, stringifyLossless } from './lossless-json';

export type CsvCell = unknown;

export interface CsvColumn {
  /** The column's field (`@file.path`) or built-in id (`time`). */
  readonly id: string;
  /** Header text; by default the id without its leading `@`. */
  readonly header?: string;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8. Default false. */
  readonly bom?: boolean;
}

export interface CsvWriter {
  /** One row per item, cells in column order; missing trailing cells are empty. */
  write(rows: ReadonlyArray<readonly CsvCell[]>): string;
  /** The header alone when no row was written, else ''. */
  end(): string;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The text of one cell, guarded against formulas and quoted as RFC 4180 asks. */
export function csvField(cell: CsvCell): string {
  let text: string;
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean' || typeof cell === 'bigint') return String(cell);
  if (cell instanceof LosslessNumber) return cell.text;
  if (typeof cell === 'string') text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  else text = stringifyLossless(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(cells: readonly CsvCell[], width: number): string {
  const fields: string[] = [];
  for (let i = 0; i < width; i++) fields.push(csvField(cells[i]));
  return `${fields.join(',')}\r\n`;
}

export function createCsvWriter(
  columns: readonly CsvColumn[],
  options: CsvOptions = {},
): CsvWriter {
  let started = false;
  const start = (): string => {
    if (started) return '';
    started = true;
    const headers = columns.map((c) => c.header ?? c.id.replace(/^@/, ''));
    return (options.bom === true ? '\uFEFF' : '') + csvLine(headers, columns.length);
  };
  return {
    write(rows) {
      let out = start();
      for (const row of rows) out += csvLine(row, columns.length);
      return out;
    },
    end: () => start(),
  };
}
