/**
 * The search compiler of a ClickHouse source until the Datadog-syntax compiler of
 * `src/clickhouse/sql/` is wired in: the empty query (every event) only, and body fields'
 * values from the stored leaves (`attr_paths` / `attr_values`). Any other query comes back as
 * an error saying this source cannot search it yet.
 */
import { fieldRefFromName } from '../../query/field-ref';
import type { SqlCompiler } from './compiler';

export const narrowCompiler: SqlCompiler = {
  query: (query) =>
    query.trim() === ''
      ? { sql: '1' }
      : {
          errors: [
            {
              position: 0,
              length: query.length,
              message: 'searching is not available on a ClickHouse source yet',
            },
          ],
        },
  fieldValues: (field, bag) => {
    const ref = fieldRefFromName(field);
    if (ref?.scope !== 'body') return '[]';
    const path = bag.bind(ref.path, 'String');
    return `arrayDistinct(arrayFilter((v, p, k) -> p = ${path} AND k != 3, attr_values, attr_paths, attr_kinds))`;
  },
};
