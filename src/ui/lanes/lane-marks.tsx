/**
 * The clickable marks of one lane (`lane-event`, with the event's id), laid over the canvas:
 * one button per event that stands alone in its cell of `MARK_CELL_PX` pixels, plus the
 * selected event whatever the density. Denser marks stay on the canvas only (a click there
 * picks the nearest event), which bounds the buttons to a few per lane and keeps scrolling
 * smooth with thousands of events in view.
 */
import { memo, useMemo } from 'react';
import { formatUtcTime } from '../../lib/format';
import type { LaneSet, TimeRange } from '../../protocol/messages';
import { LaneBuckets } from './lane-buckets';

/** Width of the cells in which a lone event gets a button. */
export const MARK_CELL_PX = 8;

interface LaneMarksProps {
  readonly set: LaneSet;
  readonly lane: number;
  readonly window: TimeRange;
  readonly width: number;
  readonly selectedIndex: number;
  readonly onPick: (index: number) => void;
  readonly onHover: (index: number | undefined) => void;
}

const buckets = new LaneBuckets();

function markIndexes(set: LaneSet, laneIndex: number, window: TimeRange, width: number) {
  const lane = set.lanes[laneIndex];
  if (lane === undefined) return [];
  buckets.fill(
    set.events.timeMs,
    set.events.category,
    lane.eventFrom,
    lane.eventTo,
    window,
    width,
    MARK_CELL_PX,
  );
  const indexes: number[] = [];
  for (let c = 0; c < buckets.count; c++) {
    if (buckets.events[c] === 1) indexes.push(buckets.first[c] as number);
  }
  return indexes;
}

export const LaneMarks = memo(function LaneMarks({
  set,
  lane,
  window,
  width,
  selectedIndex,
  onPick,
  onHover,
}: LaneMarksProps) {
  const alone = useMemo(() => markIndexes(set, lane, window, width), [set, lane, window, width]);
  const { eventFrom = 0, eventTo = 0 } = set.lanes[lane] ?? {};
  const isSelectedHere = selectedIndex >= eventFrom && selectedIndex < eventTo;
  const indexes =
    isSelectedHere && !alone.includes(selectedIndex) ? [...alone, selectedIndex] : alone;
  const span = window.toMs - window.fromMs;
  return indexes.map((index) => {
    const ms = set.events.timeMs[index] as number;
    const type = set.types[set.events.type[index] as number] ?? '';
    return (
      <button
        key={index}
        type="button"
        tabIndex={-1}
        className={`pl-mark${index === selectedIndex ? ' pl-mark--selected' : ''}`}
        data-testid="lane-event"
        data-event-id={set.events.ids[index]}
        aria-label={`${type || 'event'} at ${formatUtcTime(ms)} UTC`}
        aria-pressed={index === selectedIndex}
        style={{ left: ((ms - window.fromMs) / span) * width - MARK_CELL_PX / 2 }}
        onClick={() => onPick(index)}
        onPointerEnter={() => onHover(index)}
        onPointerLeave={() => onHover(undefined)}
      />
    );
  });
});
