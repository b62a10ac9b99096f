/**
 * The timeline's histogram on a ClickHouse source: matching events per bin, stacked by
 * `evt.category`, with the tab's bins (`histogramBins`) and category order (most frequent
 * first; ties by name), untimed events counted apart.
 */
import type { Histogram, TimeRange } from '../../protocol/messages';
import { histogramBins } from '../../search/histogram';
import { ParamBag } from '../sql/params';
import type { SqlClient } from './sql-client';

export async function histogramFromSql(
  client: SqlClient,
  condition: (bag: ParamBag) => string,
  range: TimeRange,
  requestedBins: number,
  signal?: AbortSignal,
): Promise<Histogram> {
  const { fromMs, width, bins } = histogramBins(range, requestedBins);
  const bag = new ParamBag();
  const where = condition(bag);
  const from = bag.bind(fromMs, 'Int64');
  const binMs = bag.bind(width, 'Int64');
  const lo = bag.bind(Math.floor(range.fromMs), 'Int64');
  const hi = bag.bind(Math.ceil(range.toMs), 'Int64');
  const untimedBag = new ParamBag();
  const untimedWhere = condition(untimedBag);
  const [cells, untimedRows] = await Promise.all([
    client.rows(
      `SELECT evt_category AS c, intDiv(time_ms - ${from}, ${binMs}) AS b, count() AS n ` +
        `FROM events WHERE (${where}) AND timed = 1 AND time_ms >= ${lo} AND time_ms < ${hi} ` +
        'GROUP BY c, b',
      bag.params(),
      signal,
    ),
    client.rows(
      `SELECT count() AS n FROM events WHERE (${untimedWhere}) AND timed = 0`,
      untimedBag.params(),
      signal,
    ),
  ]);
  const byCategory = new Map<string, number[]>();
  for (const cell of cells) {
    const bin = Number(cell['b']);
    if (bin < 0 || bin >= bins) continue;
    const name = String(cell['c'] ?? '');
    let row = byCategory.get(name);
    if (row === undefined) byCategory.set(name, (row = new Array<number>(bins).fill(0)));
    row[bin] = (row[bin] as number) + Number(cell['n']);
  }
  const total = (row: readonly number[]) => row.reduce((a, b) => a + b, 0);
  const ordered = [...byCategory.entries()].sort(
    ([a, ra], [b, rb]) => total(rb) - total(ra) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return {
    fromMs,
    binMs: width,
    bins,
    categories: ordered.map(([name]) => name),
    counts: ordered.map(([, row]) => row),
    untimed: Number(untimedRows[0]?.['n'] ?? 0),
  };
}
