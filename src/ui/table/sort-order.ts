/**
 * Sorting from the headers: a click on a column sorts by it ascending, a second click turns
 * the order around. The engine sorts every matching event; the page only asks.
 */
import type { SortSpec } from '../../protocol/messages';

export function nextSort(current: SortSpec, column: string): SortSpec {
  return current.column === column
    ? { column, descending: !current.descending }
    : { column, descending: false };
}

/** The `aria-sort` of a column header under `sort`. */
export function ariaSort(sort: SortSpec, column: string): 'ascending' | 'descending' | 'none' {
  if (sort.column !== column) return 'none';
  return sort.descending ? 'descending' : 'ascending';
}
