/**
 * The lanes in words, for screen readers and for pasting into a report: one line per lane with
 * its indentation, command(s), pid, lifetime (open ends said as such) and event count.
 */
import { formatDuration, formatInt, formatUtcTime } from '../../lib/format';
import type { Lane, LaneSet } from '../../protocol/messages';
import { laneName } from './lane-label';

export interface LaneLine {
  readonly lane: number;
  readonly depth: number;
  readonly name: string;
  readonly pid: number;
  readonly span: string;
  readonly events: number;
}

function spanText(lane: Lane): string {
  if (Number.isNaN(lane.startMs)) return 'no time';
  const start = `${lane.isStartOpen ? 'seen from ' : ''}${formatUtcTime(lane.startMs)}`;
  const end = `${lane.isEndOpen ? 'last seen ' : 'exit '}${formatUtcTime(lane.endMs)}`;
  return `${start} – ${end} (${formatDuration(lane.endMs - lane.startMs)})`;
}

export function laneLines(set: LaneSet): LaneLine[] {
  return set.lanes.map((lane, i) => ({
    lane: i,
    depth: lane.depth,
    name: laneName(lane),
    pid: lane.pid,
    span: spanText(lane),
    events: lane.eventTo - lane.eventFrom,
  }));
}

/** The lines as plain text, indented by depth (UTC times). */
export function lanesAsText(set: LaneSet): string {
  return laneLines(set)
    .map(
      (l) =>
        `${'  '.repeat(l.depth)}${l.name} (pid ${l.pid}): ${l.span}, ${formatInt(l.events)} ${l.events === 1 ? 'event' : 'events'}`,
    )
    .join('\n');
}
