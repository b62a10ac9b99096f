/**
 * Cells of a CSV row read from an event body by field (query syntax, `@file.path`), paths
 * compiled once per export. A field reaching several values (through arrays such as
 * `process.ancestors`) gives them as an array; none gives an empty cell. Fields that are not
 * `@`-paths (built-in columns, envelope names) are left undefined for the caller to fill.
 */
import { compilePath } from '../query/resolve-path';
import type { CsvCell } from './csv-writer';

export type CellReader = (body: unknown) => CsvCell[];

export function createCellReader(fields: readonly string[]): CellReader {
  const resolvers = fields.map((field) =>
    field.startsWith('@') && field.length > 1 ? compilePath(field.slice(1)) : undefined,
  );
  return (body) =>
    resolvers.map((resolve) => {
      if (resolve === undefined) return undefined;
      const values = resolve(body);
      return values.length <= 1 ? values[0] : values;
    });
}
