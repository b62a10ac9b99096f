/**
 * Facets on a ClickHouse source, as the tab counts them (src/search/facets.ts): each event
 * counts once per distinct value text of the field, values filtered by the search text
 * (case-insensitive), the `limit` most or least frequent with ties by value, the number of
 * distinct values and of events without a value.
 */
import type { FacetRequest, FacetResult } from '../../protocol/messages';
import { ParamBag } from '../sql/params';
import type { SqlCompiler } from './compiler';
import type { SqlClient } from './sql-client';

export async function facetFromSql(
  client: SqlClient,
  compiler: SqlCompiler,
  condition: (bag: ParamBag) => string,
  request: FacetRequest,
  signal?: AbortSignal,
): Promise<FacetResult> {
  const statement = () => {
    const bag = new ParamBag();
    const where = request.everyEvent === true ? '1' : condition(bag);
    const values = `arrayDistinct(${compiler.fieldValues(request.field, bag)})`;
    const needle = request.search?.trim() ?? '';
    const matches =
      needle === '' ? '1' : `positionCaseInsensitiveUTF8(v, ${bag.bind(needle, 'String')}) > 0`;
    return { bag, where, values, matches };
  };
  const top = statement();
  const rare = request.order === 'rare';
  const totals = statement();
  const [ranked, counts] = await Promise.all([
    client.rows(
      `SELECT v, count() AS n FROM events ARRAY JOIN ${top.values} AS v ` +
        `WHERE (${top.where}) AND ${top.matches} GROUP BY v ` +
        `ORDER BY n ${rare ? 'ASC' : 'DESC'}, v ASC LIMIT ${Math.max(0, Math.floor(request.limit))}`,
      top.bag.params(),
      signal,
    ),
    client.rows(
      `SELECT uniqExactArray(arrayFilter(v -> ${totals.matches}, ${totals.values})) AS d, ` +
        `countIf(empty(${totals.values})) AS missing FROM events WHERE ${totals.where}`,
      totals.bag.params(),
      signal,
    ),
  ]);
  return {
    field: request.field,
    values: ranked.map((r) => ({ value: String(r['v']), count: Number(r['n']) })),
    distinct: Number(counts[0]?.['d'] ?? 0),
    missing: Number(counts[0]?.['missing'] ?? 0),
  };
}
