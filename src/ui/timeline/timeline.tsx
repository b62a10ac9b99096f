/**
 * The timeline above the table (`timeline`): matching events over time, stacked by category,
 * for the view in force. Its head says how many events it shows and over which span, names
 * the categories and, while a time range is set, offers to zoom out. Selecting on the chart
 * sets the view's time range (shown as a chip by the query box).
 */
import { useId, useRef, useState } from 'react';
import { formatInt } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import type { Histogram, TimeRange } from '../../protocol/messages';
import { setTimeRange, useSearchStore } from '../../state/search-store';
import { useElementWidth } from '../common/use-element-width';
import { categoryClass } from './category-colors';
import { formatBinWidth, formatRangeUtc } from './range-label';
import { TimelineChart } from './timeline-chart';
import { TimelineTable } from './timeline-table';
import { describeHistogram } from './timeline-text';
import { histogramRange, narrowWithin, stackBins } from './time-scale';
import { zoomOutTimeRange } from './zoom-out';
import { useHistogram } from './use-histogram';

/** Pixels per bin, and bounds on the number of bins (rounded to tens to spare refetches). */
const PX_PER_BIN = 6;
const MIN_BINS = 10;
const MAX_BINS = 240;

/** Sets the range picked on the chart, cut to the range the chart shows. */
function narrowTo(range: TimeRange): void {
  setTimeRange(narrowWithin(range, useSearchStore.getState().summary?.spec.range));
}

function binsFor(width: number): number {
  if (width <= 0) return 0;
  const bins = Math.floor(width / PX_PER_BIN / 10) * 10;
  return Math.max(MIN_BINS, Math.min(MAX_BINS, bins));
}

function Legend({ categories }: { readonly categories: readonly string[] }) {
  return (
    <ul className="tl-legend" aria-label="Categories">
      {categories.map((category, c) => (
        <li key={category} className="tl-legend-item">
          <span className={`tl-swatch ${categoryClass(category, c)}`} aria-hidden="true" />
          {category === '' ? 'no category' : visibleText(category, 60).text}
        </li>
      ))}
    </ul>
  );
}

function Summary({ histogram }: { readonly histogram: Histogram }) {
  const { sum } = stackBins(histogram);
  const hasSpan = histogram.bins > 0 && Number.isFinite(histogram.fromMs);
  return (
    <span
      className="tl-summary"
      title={hasSpan ? formatRangeUtc(histogramRange(histogram)) : undefined}
    >
      {formatInt(sum)} {sum === 1 ? 'event' : 'events'}
      {hasSpan && <span className="dim"> · {formatBinWidth(histogram.binMs)} bars</span>}
      {histogram.untimed > 0 && (
        <span className="dim"> · {formatInt(histogram.untimed)} without a time</span>
      )}
    </span>
  );
}

export function Timeline() {
  const body = useRef<HTMLDivElement>(null);
  const width = useElementWidth(body);
  const { histogram, error } = useHistogram(binsFor(width));
  const hasRange = useSearchStore((s) => s.spec.range !== undefined);
  const sum = histogram === undefined ? undefined : stackBins(histogram).sum;
  const [isTableShown, setTableShown] = useState(false);
  const textId = useId();
  return (
    <section className="timeline" data-testid="timeline" data-total={sum} aria-label="Timeline">
      <div className="tl-head">
        <span className="tl-title">Timeline</span>
        {histogram !== undefined && <Summary histogram={histogram} />}
        <span className="spacer" />
        <span className="tl-tools">
          {histogram !== undefined && <Legend categories={histogram.categories} />}
          <button
            type="button"
            className="button button--small"
            data-testid="timeline-table-toggle"
            aria-expanded={isTableShown}
            aria-controls={`${textId}-table`}
            title="The timeline's bars as a table"
            onClick={() => setTableShown(!isTableShown)}
          >
            Table
          </button>
          <button
            type="button"
            className="button button--small"
            data-testid="timeline-zoom-out"
            disabled={!hasRange}
            title="Twice the time span, or all times once that covers everything"
            // Not awaited: the range lands in the search store.
            onClick={() => void zoomOutTimeRange()}
          >
            Zoom out
          </button>
        </span>
      </div>
      <div ref={body} className="tl-body">
        {histogram !== undefined && width > 0 && (
          <TimelineChart
            histogram={histogram}
            width={width}
            descriptionId={`${textId}-text`}
            onNarrow={narrowTo}
          />
        )}
      </div>
      {histogram !== undefined && (
        <p className="visually-hidden" id={`${textId}-text`} data-testid="timeline-text">
          {describeHistogram(histogram)}
        </p>
      )}
      {isTableShown && histogram !== undefined && (
        <TimelineTable histogram={histogram} id={`${textId}-table`} />
      )}
      {error !== undefined && (
        <p className="notice notice--error tl-error">The timeline could not be drawn: {error}</p>
      )}
    </section>
  );
}
