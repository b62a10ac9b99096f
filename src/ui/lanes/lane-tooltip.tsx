/**
 * What the pointer is over in the lanes: one event (its UTC time, type, process, category,
 * and what it acted on, read from the engine) or a cell of several (their count and span).
 * Everything shown is log content: text only.
 */
import { formatInt, formatUtcTime } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import type { LaneSet } from '../../protocol/messages';
import { useEventAnswer } from '../../state/use-event-answer';
import { laneName } from './lane-label';

export interface LaneHover {
  /** First event of the cell, and how many the cell holds. */
  readonly index: number;
  readonly events: number;
  readonly lane: number;
  /** Position within the lanes element, px. */
  readonly left: number;
  readonly top: number;
}

export function LaneTooltip({ set, hover }: { readonly set: LaneSet; readonly hover: LaneHover }) {
  const key = hover.events === 1 ? set.events.keys[hover.index] : undefined;
  const detail = useEventAnswer('event.detail', key);
  const lane = set.lanes[hover.lane];
  const ms = set.events.timeMs[hover.index] as number;
  const type = set.types[set.events.type[hover.index] as number] ?? '';
  const category = set.categories[set.events.category[hover.index] as number] ?? '';
  const row = detail.status === 'ready' ? detail.value.row : undefined;
  return (
    <div
      className="pl-tooltip"
      role="tooltip"
      data-testid="lane-tooltip"
      style={{ left: hover.left, top: hover.top }}
    >
      <div className="mono">{formatUtcTime(ms)} UTC</div>
      {hover.events === 1 ? (
        <>
          <div>
            <strong>{visibleText(type || 'event', 60).text}</strong>
            {category !== '' && <span className="dim"> · {visibleText(category, 40).text}</span>}
          </div>
          {lane !== undefined && (
            <div className="dim">
              {laneName(lane)} ({lane.pid})
            </div>
          )}
          {row !== undefined && row.target !== '' && (
            <div className="pl-tooltip-target mono">{visibleText(row.target, 160).text}</div>
          )}
          {row !== undefined && row.outcome !== '' && (
            <div className="dim">{visibleText(row.outcome, 40).text}</div>
          )}
        </>
      ) : (
        <div>{formatInt(hover.events)} events here — zoom in to tell them apart</div>
      )}
    </div>
  );
}
