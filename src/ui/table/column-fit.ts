/**
 * Widths that let a narrow table still show its essential columns (time, event, process,
 * target, validity) — beside an open side panel on a 1280 px screen, say. When the columns
 * from the first through the last essential one are wider than the table, the text columns
 * among them that the analyst has not sized give up width, each in proportion to what it has
 * above `FIT_MIN_PX`, until they fit or reach that minimum; only then does the table scroll
 * sideways. Time, outcome and validity keep their width (their text is short and fixed), and
 * so does every column after the last essential one: those are the ones that go out of view.
 * Pure; the table passes the result to TanStack as the sizes of the columns it names.
 */

export const ESSENTIAL_COLUMNS: ReadonlySet<string> = new Set([
  'time',
  'type',
  'process',
  'target',
  'validity',
]);
const FIXED_COLUMNS: ReadonlySet<string> = new Set(['time', 'outcome', 'validity']);
/** The narrowest a column is made to fit. */
export const FIT_MIN_PX = 100;

export interface FitColumn {
  readonly id: string;
  /** Its width before fitting: the default size. */
  readonly size: number;
  /** The analyst set its width: it is kept. */
  readonly isSized: boolean;
}

/**
 * Fitted widths of the visible `columns` (in display order) for a table `available` px wide
 * whose rows take `extraPx` besides the columns; only the columns that shrink are named.
 */
export function fitColumnWidths(
  columns: readonly FitColumn[],
  available: number,
  extraPx: number,
): Record<string, number> {
  const last = columns.findLastIndex((c) => ESSENTIAL_COLUMNS.has(c.id));
  const leading = columns.slice(0, last + 1);
  const excess = leading.reduce((sum, c) => sum + c.size, extraPx) - available;
  if (available <= 0 || excess <= 0) return {};
  const flexible = leading.filter(
    (c) => !c.isSized && !FIXED_COLUMNS.has(c.id) && c.size > FIT_MIN_PX,
  );
  const surplus = flexible.reduce((sum, c) => sum + c.size - FIT_MIN_PX, 0);
  const cut = Math.min(excess, surplus);
  const widths: Record<string, number> = {};
  for (const c of flexible) {
    const share = Math.ceil((cut * (c.size - FIT_MIN_PX)) / surplus);
    widths[c.id] = Math.max(FIT_MIN_PX, c.size - share);
  }
  return widths;
}
