/**
 * Which view changes make a new browser-history entry (back returns to the view before)
 * and which only rewrite the current one: the query, rule, range, sort, columns, filters and
 * panel and the full-width lanes are steps; the selection, the detail tab, column widths, the
 * process lanes' zoom and pins and the open files (and the baseline's) are not (moving through
 * rows, dragging a column edge or zooming the lanes with the wheel would otherwise flood the
 * history).
 */
import { DEFAULT_LAYOUT } from '../state/table-layout';
import { encodeView } from './view-codec';
import type { ViewLink } from './view-link';

function stepPart(link: ViewLink): string {
  const {
    selected: _selected,
    tab: _tab,
    files: _files,
    baseline: _baseline,
    lanes,
    layout,
    ...rest
  } = link;
  return encodeView({
    ...rest,
    ...(lanes?.fullWidth === undefined ? {} : { lanes: { fullWidth: lanes.fullWidth } }),
    ...(layout === undefined ? {} : { layout: { ...layout, widths: DEFAULT_LAYOUT.widths } }),
  });
}

export function isHistoryStep(before: ViewLink, after: ViewLink): boolean {
  return stepPart(before) !== stepPart(after);
}
