/**
 * The process lanes (`process-lanes`): one row (`lane`, with its pid) per task of a lane set,
 * pinned lanes first, each a DOM label beside a track. The tracks' lifetimes and marks are
 * drawn on one canvas the height of the view that stays in place while the rows scroll under
 * it; only the rows in view (and the selected event's) are in the DOM, each with buttons for
 * its lone marks (`lane-event`). The time axis sits above the rows.
 *
 * The rows scroll in a view of a given height, or fill what their holder gives (full width).
 *
 * The window shown is the lanes' own zoom (lanes-store) if there is one, else the view's time
 * range (what the timeline's brush chose), else the set's whole span.
 */
import { useVirtualizer, defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, PointerEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatInt } from '../../lib/format';
import type { LaneSet, TimeRange } from '../../protocol/messages';
import { selectLaneEvent, setLanesWindow, useLanesStore } from '../../state/lanes-store';
import { useSearchStore } from '../../state/search-store';
import { useViewStore } from '../../state/view-store';
import { useElementHeight, useElementWidth } from '../common/use-element-width';
import { utcTicks } from '../timeline/time-scale';
import { LaneBuckets } from './lane-buckets';
import { eventsNear } from './lane-hit';
import { LaneLabel } from './lane-label';
import { LaneMarks } from './lane-marks';
import { paintLanes } from './lane-paint';
import { laneRows } from './lane-rows';
import { LaneTooltip, type LaneHover } from './lane-tooltip';
import { LanesToolbar } from './lanes-toolbar';
import { startWindow } from './lane-window';
import { useLaneNavigation } from './use-lane-navigation';
import { useLanePalette } from './use-lane-palette';

/** Row height in px (`.pl-row` in lanes.css). */
export const ROW_HEIGHT = 24;

/** The label column's width: two fifths of a narrow panel, a quarter of a wide view (≤ 320 px). */
function labelWidth(total: number): number {
  return Math.round(Math.min(320, Math.max(220, total * 0.25), Math.max(120, total * 0.4)));
}
/** About one axis label per this many pixels. */
const TICK_SPACING_PX = 110;
/** Pointer distance within which an event counts as under it. */
const HIT_RADIUS_PX = 4;

interface ProcessLanesProps {
  readonly set: LaneSet & { readonly extent: TimeRange };
  /** Height of the scrolling rows in px, or `fill` for the room the holder gives them. */
  readonly height: number | 'fill';
}

export function ProcessLanes({ set, height }: ProcessLanesProps) {
  const {
    window: ownWindow,
    pinned,
    collapsed,
  } = useLanesStore(
    useShallow((s) => ({ window: s.window, pinned: s.pinned, collapsed: s.collapsed })),
  );
  const range = useSearchStore((s) => s.spec.range);
  const selectedKey = useViewStore((s) => s.selectedKey);
  const opening = useMemo(() => startWindow(set), [set]);
  const window = ownWindow ?? range ?? opening;
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const room = useElementHeight(bodyRef);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const total = useElementWidth(scrollRef);
  const labelPx = labelWidth(total);
  const width = Math.max(0, total - labelPx);
  const palette = useLanePalette(root, set.categories);
  const [hover, setHover] = useState<LaneHover | undefined>(undefined);
  const [buckets] = useState(() => new LaneBuckets());

  const { rows, pinnedCount } = useMemo(
    () => laneRows(set.lanes, new Set(pinned), new Set(collapsed)),
    [set, pinned, collapsed],
  );
  const selectedIndex = useMemo(
    () => (selectedKey === undefined ? -1 : set.events.keys.indexOf(selectedKey)),
    [set, selectedKey],
  );
  const selectedRow = useMemo(() => {
    const lane = set.lanes.findIndex(
      (l) => selectedIndex >= l.eventFrom && selectedIndex < l.eventTo,
    );
    return lane < 0 ? -1 : rows.indexOf(lane);
  }, [set, rows, selectedIndex]);
  // The selected event's row stays rendered wherever the view is: its mark is in the DOM.
  const rangeExtractor = useCallback(
    (r: Range) => {
      const indexes = defaultRangeExtractor(r);
      if (selectedRow < 0 || indexes.includes(selectedRow)) return indexes;
      return [...indexes, selectedRow].sort((a, b) => a - b);
    },
    [selectedRow],
  );
  // Its methods are only called in effects and handlers, so the compiler skipping memoization
  // here is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  const scrollTop = virtualizer.scrollOffset ?? 0;
  // A label needs room to its right: ticks too near the end are left out.
  const ticks = useMemo(
    () =>
      utcTicks(window, Math.max(2, Math.floor(width / TICK_SPACING_PX))).filter(
        (t) => ((t.ms - window.fromMs) / (window.toMs - window.fromMs)) * width < width - 70,
      ),
    [window, width],
  );
  const rowsHeight = Math.min(height === 'fill' ? room : height, rows.length * ROW_HEIGHT + 2);

  const nav = useLaneNavigation(scrollRef, {
    window,
    extent: set.extent,
    width: Math.max(1, width),
    trackLeft: labelPx,
    onWindow: setLanesWindow,
  });

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (canvas === null || ctx === null || ctx === undefined || palette === undefined) return;
    const ratio = globalThis.devicePixelRatio || 1;
    if (
      canvas.width !== Math.round(width * ratio) ||
      canvas.height !== Math.round(rowsHeight * ratio)
    ) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(rowsHeight * ratio);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    paintLanes(ctx, {
      set,
      rows: items.map((item) => ({
        lane: rows[item.index] as number,
        top: item.start - scrollTop,
      })),
      rowHeight: ROW_HEIGHT,
      window,
      width,
      height: rowsHeight,
      selectedIndex,
      gridMs: ticks.map((t) => t.ms),
      palette,
      buckets,
    });
  });

  const pick = useCallback(
    (index: number) => {
      const key = set.events.keys[index];
      const id = set.events.ids[index];
      // Not awaited: the selection is immediate; the table scrolls once the row is located.
      if (key !== undefined && id !== undefined) void selectLaneEvent(key, id);
    },
    [set],
  );
  const hoverMark = useCallback(
    (index: number | undefined) => {
      if (index === undefined) return setHover(undefined);
      const lane = set.lanes.findIndex((l) => index >= l.eventFrom && index < l.eventTo);
      const row = rows.indexOf(lane);
      const ms = set.events.timeMs[index] as number;
      const x = ((ms - window.fromMs) / (window.toMs - window.fromMs)) * width;
      // Read when hovered, not a dependency: the marks keep their props while the rows scroll.
      const top =
        (virtualizer.measurementsCache[row]?.start ?? 0) - (virtualizer.scrollOffset ?? 0);
      setHover({ index, events: 1, lane, left: labelPx + x, top: top + ROW_HEIGHT });
    },
    [set, rows, window, width, labelPx, virtualizer],
  );

  const hitAt = (event: PointerEvent<HTMLElement>, lane: number) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    const span = window.toMs - window.fromMs;
    const l = set.lanes[lane];
    if (l === undefined) return undefined;
    const ms = window.fromMs + (x / width) * span;
    const hit = eventsNear(
      set.events.timeMs,
      l.eventFrom,
      l.eventTo,
      ms,
      (HIT_RADIUS_PX / width) * span,
    );
    return hit === undefined ? undefined : { hit, x, top: box.top };
  };

  const cut = set.lanesCut + set.eventsCut;
  return (
    <section
      ref={setRoot}
      className={`pl-view${height === 'fill' ? ' pl-view--fill' : ''}`}
      data-testid="process-lanes"
      data-from-ms={Math.floor(window.fromMs)}
      data-to-ms={Math.ceil(window.toMs)}
      // Distinct from the tab's lanes, which can be in the page at the same time.
      aria-label={height === 'fill' ? 'Process lanes, full width' : 'Process lanes'}
      style={{ '--pl-label': `${labelPx}px` } as CSSProperties}
    >
      <LanesToolbar set={set} window={window} ownWindow={ownWindow} />
      {cut > 0 || set.untimed > 0 ? (
        <p className="pl-note dim">
          {set.lanesCut > 0 &&
            `${formatInt(set.lanesCut)} processes past the first ${formatInt(set.lanes.length)} are left out. `}
          {set.eventsCut > 0 && `${formatInt(set.eventsCut)} events past the limit are left out. `}
          {set.untimed > 0 && `${formatInt(set.untimed)} events without a time are not drawn.`}
        </p>
      ) : null}
      <div className="pl-axis" aria-hidden="true" style={{ marginLeft: labelPx }}>
        {ticks.map((t) => (
          <span
            key={t.ms}
            className="pl-tick"
            style={{ left: ((t.ms - window.fromMs) / (window.toMs - window.fromMs)) * width }}
          >
            {t.label}
          </span>
        ))}
      </div>
      <div ref={bodyRef} className="pl-body">
        <div
          ref={scrollRef}
          className="pl-scroll"
          style={{ height: rowsHeight }}
          tabIndex={0}
          role="group"
          aria-label="Lanes: + and − zoom, ← and → move in time, 0 resets"
          onKeyDown={nav.onKeyDown}
        >
          <div className="pl-canvas-holder" aria-hidden="true">
            <canvas
              ref={canvasRef}
              className="pl-canvas"
              style={{ left: labelPx, width, height: rowsHeight }}
            />
          </div>
          <div className="pl-rows" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const laneIndex = rows[item.index] as number;
              const lane = set.lanes[laneIndex];
              if (lane === undefined) return null;
              const isPinned = item.index < pinnedCount;
              return (
                <div
                  key={`${isPinned ? 'p' : 't'}${laneIndex}`}
                  className={`pl-row${isPinned && item.index === pinnedCount - 1 ? ' pl-row--last-pin' : ''}`}
                  data-testid="lane"
                  data-pid={lane.pid}
                  data-lane={laneIndex}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <LaneLabel
                    lane={lane}
                    isPinned={isPinned}
                    isCollapsed={collapsed.includes(lane.key)}
                    isFocus={laneIndex === set.focusLane}
                  />
                  <div
                    className="pl-track"
                    onPointerDown={nav.onPointerDown}
                    onPointerMove={(event) => {
                      nav.onPointerMove(event);
                      if (event.buttons !== 0 || event.target !== event.currentTarget) return;
                      const at = hitAt(event, laneIndex);
                      setHover(
                        at === undefined
                          ? undefined
                          : {
                              index: at.hit.index,
                              events: at.hit.events,
                              lane: laneIndex,
                              left: labelPx + at.x,
                              top: item.start - scrollTop + ROW_HEIGHT,
                            },
                      );
                    }}
                    onPointerLeave={() => setHover(undefined)}
                    onPointerUp={(event) => {
                      if (!nav.endPress() || event.target !== event.currentTarget) return;
                      const at = hitAt(event, laneIndex);
                      if (at !== undefined) pick(at.hit.index);
                    }}
                  >
                    <LaneMarks
                      set={set}
                      lane={laneIndex}
                      window={window}
                      width={width}
                      selectedIndex={selectedIndex}
                      onPick={pick}
                      onHover={hoverMark}
                    />
                  </div>
                </div>
              );
            })}
          </div>
        </div>
        {hover !== undefined && <LaneTooltip set={set} hover={hover} />}
      </div>
    </section>
  );
}
