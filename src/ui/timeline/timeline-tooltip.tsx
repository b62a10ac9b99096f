/**
 * The tooltip of the bar under the pointer (or the keyboard focus): the bin's UTC time span,
 * its total and its count per category. Category names are log content: shown as text.
 */
import { formatInt } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import type { Histogram } from '../../protocol/messages';
import { categoryClass } from './category-colors';
import { formatRangeUtc } from './range-label';
import { binRange } from './time-scale';

interface TimelineTooltipProps {
  readonly id: string;
  readonly histogram: Histogram;
  readonly bin: number;
  readonly total: number;
  /** Left edge in pixels within the chart. */
  readonly left: number;
}

export function TimelineTooltip({ id, histogram, bin, total, left }: TimelineTooltipProps) {
  return (
    <div
      id={id}
      className="tl-tooltip"
      role="tooltip"
      data-testid="timeline-tooltip"
      style={{ left }}
    >
      <div className="tl-tooltip-time mono">{formatRangeUtc(binRange(histogram, bin))}</div>
      <div className="tl-tooltip-total">
        {formatInt(total)} {total === 1 ? 'event' : 'events'}
      </div>
      <ul className="tl-tooltip-list">
        {histogram.categories.map((category, c) => {
          const count = histogram.counts[c]?.[bin] ?? 0;
          if (count === 0) return null;
          return (
            <li key={category} className="tl-tooltip-row">
              <span className={`tl-swatch ${categoryClass(category, c)}`} aria-hidden="true" />
              <span className="tl-tooltip-name">
                {category === '' ? 'no category' : visibleText(category, 80).text}
              </span>
              <span className="tl-tooltip-count">{formatInt(count)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
