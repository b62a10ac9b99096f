/**
 * Which lanes are rows, in which order: the pinned lanes first (in tree order), then the tree
 * without the pinned ones and without what lies below a collapsed lane. Pins and collapsed
 * lanes are named by lane key, so they hold across lane sets. Lanes are in
 * pre-order, so a lane's subtree is the `descendants` lanes right after it.
 */
import type { Lane } from '../../protocol/messages';

export interface LaneRows {
  /** Lane indexes, one per row. */
  readonly rows: readonly number[];
  /** The first `pinnedCount` rows are the pinned lanes. */
  readonly pinnedCount: number;
}

export function laneRows(
  lanes: readonly Lane[],
  pinned: ReadonlySet<string>,
  collapsed: ReadonlySet<string>,
): LaneRows {
  const top: number[] = [];
  const tree: number[] = [];
  for (let i = 0; i < lanes.length; i++) {
    if (pinned.has((lanes[i] as Lane).key)) top.push(i);
  }
  for (let i = 0; i < lanes.length; i++) {
    const lane = lanes[i] as Lane;
    if (!pinned.has(lane.key)) tree.push(i);
    if (collapsed.has(lane.key)) i += lane.descendants;
  }
  return { rows: [...top, ...tree], pinnedCount: top.length };
}
