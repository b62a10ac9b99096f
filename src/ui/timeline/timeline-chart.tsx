/**
 * The timeline's SVG: stacked bars per time bin, UTC axis ticks, the bar under the pointer
 * with its tooltip, and the brush. Dragging across the plot selects that time range, a click
 * on a bar narrows to its bin; from the keyboard, ← → pick a bar and Enter narrows to it.
 * Draws only: the range goes to `onNarrow`.
 */
import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { Histogram, TimeRange } from '../../protocol/messages';
import { barPaths } from './bar-paths';
import { categoryClass } from './category-colors';
import { TimelineTooltip } from './timeline-tooltip';
import {
  binAt,
  binRange,
  brushRange,
  histogramRange,
  msToX,
  stackBins,
  utcTicks,
} from './time-scale';

const PLOT_HEIGHT = 64;
const AXIS_HEIGHT = 18;
/** About one axis label per this many pixels. */
const TICK_SPACING_PX = 96;
const TOOLTIP_WIDTH_PX = 220;

interface TimelineChartProps {
  readonly histogram: Histogram;
  readonly width: number;
  /** The element that says in words what the chart shows (`timeline-text.ts`). */
  readonly descriptionId: string;
  readonly onNarrow: (range: TimeRange) => void;
}

interface Drag {
  readonly x0: number;
  readonly x1: number;
}

function pointerX(event: PointerEvent<SVGSVGElement>): number {
  return event.clientX - event.currentTarget.getBoundingClientRect().left;
}

function tickAnchor(x: number, width: number): 'start' | 'middle' | 'end' {
  if (x < 32) return 'start';
  return x > width - 32 ? 'end' : 'middle';
}

export function TimelineChart({ histogram, width, descriptionId, onNarrow }: TimelineChartProps) {
  const [drag, setDrag] = useState<Drag | undefined>(undefined);
  const [hover, setHover] = useState<number | undefined>(undefined);
  const tooltipId = useId();
  const stacked = useMemo(() => stackBins(histogram), [histogram]);
  const paths = useMemo(
    () => barPaths(histogram, stacked.max, width, PLOT_HEIGHT),
    [histogram, stacked, width],
  );
  const range = histogramRange(histogram);
  const ticks = utcTicks(range, Math.max(2, Math.floor(width / TICK_SPACING_PX)));
  const binWidth = width / Math.max(1, histogram.bins);
  const bin = hover !== undefined && hover < histogram.bins ? hover : undefined;

  const narrowToBin = (index: number) => {
    if ((stacked.totals[index] ?? 0) > 0) onNarrow(binRange(histogram, index));
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const x = pointerX(event);
    setDrag({ x0: x, x1: x });
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const x = pointerX(event);
    setHover(binAt(x, width, histogram.bins));
    if (drag !== undefined) setDrag({ x0: drag.x0, x1: x });
  };
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    if (drag === undefined) return;
    setDrag(undefined);
    const selected = brushRange(drag.x0, pointerX(event), width, range);
    if (selected !== undefined) onNarrow(selected);
    else narrowToBin(binAt(drag.x0, width, histogram.bins));
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const last = histogram.bins - 1;
    const moves: Record<string, number> = {
      ArrowLeft: Math.max(0, (bin ?? last + 1) - 1),
      ArrowRight: Math.min(last, (bin ?? -1) + 1),
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setHover(next);
    } else if ((event.key === 'Enter' || event.key === ' ') && bin !== undefined) {
      event.preventDefault();
      narrowToBin(bin);
    } else if (event.key === 'Escape' && bin !== undefined) {
      event.preventDefault();
      setHover(undefined);
    }
  };

  const brushLeft = drag === undefined ? 0 : Math.max(0, Math.min(drag.x0, drag.x1));
  const brushRight = drag === undefined ? 0 : Math.min(width, Math.max(drag.x0, drag.x1));
  const tooltipLeft =
    bin === undefined
      ? 0
      : Math.max(
          0,
          Math.min(width - TOOLTIP_WIDTH_PX, (bin + 0.5) * binWidth - TOOLTIP_WIDTH_PX / 2),
        );

  return (
    <div className="tl-chart">
      <svg
        className="tl-svg"
        data-testid="timeline-plot"
        width={width}
        height={PLOT_HEIGHT + AXIS_HEIGHT}
        tabIndex={0}
        role="group"
        aria-label="Events over time: drag to select a time range, click a bar to narrow to it; ← → pick a bar, Enter narrows to it"
        aria-describedby={bin !== undefined ? tooltipId : descriptionId}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(undefined)}
        onPointerLeave={() => {
          if (drag === undefined) setHover(undefined);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setHover(undefined)}
      >
        <g className="tl-grid" aria-hidden="true">
          {ticks.map((tick) => {
            const x = Math.round(msToX(tick.ms, width, range)) + 0.5;
            return <line key={tick.ms} x1={x} x2={x} y1={0} y2={PLOT_HEIGHT} />;
          })}
        </g>
        {paths.map((d, c) => {
          const category = histogram.categories[c] ?? '';
          return <path key={category} className={categoryClass(category, c)} d={d} />;
        })}
        {bin !== undefined && (
          <rect
            className="tl-hover"
            x={bin * binWidth}
            y={0}
            width={binWidth}
            height={PLOT_HEIGHT}
          />
        )}
        {drag !== undefined && brushRight > brushLeft && (
          <rect
            className="tl-brush"
            data-testid="timeline-brush"
            x={brushLeft}
            y={0}
            width={brushRight - brushLeft}
            height={PLOT_HEIGHT}
          />
        )}
        <g className="tl-axis" aria-hidden="true">
          <line x1={0} x2={width} y1={PLOT_HEIGHT + 0.5} y2={PLOT_HEIGHT + 0.5} />
          {ticks.map((tick) => {
            const x = msToX(tick.ms, width, range);
            return (
              <text key={tick.ms} x={x} y={PLOT_HEIGHT + 13} textAnchor={tickAnchor(x, width)}>
                {tick.label}
              </text>
            );
          })}
        </g>
      </svg>
      {bin !== undefined && drag === undefined && (
        <TimelineTooltip
          id={tooltipId}
          histogram={histogram}
          bin={bin}
          total={stacked.totals[bin] ?? 0}
          left={tooltipLeft}
        />
      )}
    </div>
  );
}
