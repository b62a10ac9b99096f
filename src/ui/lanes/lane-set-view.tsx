/**
 * A lane set as the page shows it, in the tab or full width: loading and failure notes, a note
 * when nothing in it has a time, else the lanes and, on request, the same lanes as text.
 */
import { useState } from 'react';
import type { LaneSet, TimeRange } from '../../protocol/messages';
import { LanesTextTable } from './lanes-text-table';
import { ProcessLanes } from './process-lanes';
import type { LaneSetAnswer } from './use-lane-set';

function hasExtent(set: LaneSet): set is LaneSet & { readonly extent: TimeRange } {
  return set.extent !== undefined;
}

interface LaneSetViewProps {
  readonly answer: LaneSetAnswer;
  /** Height of the scrolling lanes in px, or `fill` for the room their holder gives. */
  readonly height: number | 'fill';
  /** Said when no lane has a time. */
  readonly emptyText: string;
}

export function LaneSetView({ answer, height, emptyText }: LaneSetViewProps) {
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
        {emptyText}
      </p>
    );
  }
  return (
    <div
      className={`pl-set${height === 'fill' ? ' pl-set--fill' : ''}`}
      aria-busy={answer.isUpdating}
    >
      <ProcessLanes set={set} height={height} />
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
