/**
 * The event panel's Lanes tab: the lanes of the selected event's family (its lineage and
 * everything its process started), with a way to open the same family full width.
 */
import { LaneSetView } from './lane-set-view';
import { OpenFullWidthLanes } from './lanes-view-toggle';
import { useLaneSet } from './use-lane-set';

/** Height of the tab's scrolling lanes, px. */
const TAB_LANES_HEIGHT = 360;

export function LanesTab({ eventKey }: { readonly eventKey: number }) {
  const answer = useLaneSet(eventKey);
  const focus = answer.status === 'ready' ? answer.set.lanes[answer.set.focusLane] : undefined;
  return (
    <div className="pl-tab">
      {focus !== undefined && <OpenFullWidthLanes processKey={focus.key} />}
      <LaneSetView
        answer={answer}
        height={TAB_LANES_HEIGHT}
        emptyText="This event names no process with a time, so it has no lanes."
      />
    </div>
  );
}
