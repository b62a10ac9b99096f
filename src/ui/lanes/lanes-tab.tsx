/**
 * The event panel's Lanes tab: the lanes of the selected event's family (its lineage and
 * everything its process started), then, on request, the same lanes as text.
 */
import { useState } from 'react';
import type { LaneSet, TimeRange } from '../../protocol/messages';
import { LanesTextTable } from './lanes-text-table';
import { ProcessLanes } from './process-lanes';
import { useLaneSet } from './use-lane-set';

/** Height of the tab's scrolling lanes, px. */
const TAB_LANES_HEIGHT = 360;

function hasExtent(set: LaneSet): set is LaneSet & { readonly extent: TimeRange } {
  return set.extent !== undefined;
}

export function LanesTab({ eventKey }: { readonly eventKey: number }) {
  const answer = useLaneSet(eventKey);
  const [isTextShown, setTextShown] = useState(false);
  if (answer.status === 'loading') return <p className="pane-loading">Loading lanes…</p>;
  if (answer.status === 'error') {
    return (
      <p className="notice notice--error" role="alert">
        The lanes could not be built: {answer.message}
      </p>
    );
  }
  const { set } = answer;
  if (!hasExtent(set)) {
    return (
      <p className="pane-empty" data-testid="process-lanes-empty">
        This event names no process with a time, so it has no lanes.
      </p>
    );
  }
  return (
    <div className="pl-tab">
      <ProcessLanes set={set} height={TAB_LANES_HEIGHT} />
      <button
        type="button"
        className="link-button"
        aria-expanded={isTextShown}
        data-testid="lanes-text-toggle"
        onClick={() => setTextShown(!isTextShown)}
      >
        {isTextShown ? 'Hide the lanes as text' : 'Show the lanes as text'}
      </button>
      {isTextShown && <LanesTextTable set={set} />}
    </div>
  );
}
