/**
 * The lanes' controls: zoom out and in, back to the opening window, everything, the window shown
 * (UTC) and, while the lanes have a zoom of their own, a button that makes it the view's time
 * range (the timeline and the table follow).
 */
import type { LaneSet, TimeRange } from '../../protocol/messages';
import { narrowViewToWindow, setLanesWindow } from '../../state/lanes-store';
import { formatRangeUtc } from '../timeline/range-label';
import { ZOOM_STEP, fullWindow, zoomAround } from './lane-window';

interface LanesToolbarProps {
  readonly set: LaneSet & { readonly extent: TimeRange };
  readonly window: TimeRange;
  readonly ownWindow: TimeRange | undefined;
}

interface ToolProps {
  readonly label: string;
  readonly title: string;
  readonly ariaLabel?: string;
  readonly isDisabled?: boolean;
  readonly testId?: string;
  readonly onClick: () => void;
}

function Tool({ label, title, ariaLabel, isDisabled = false, testId, onClick }: ToolProps) {
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={ariaLabel}
      title={title}
      disabled={isDisabled}
      data-testid={testId}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

export function LanesToolbar({ set, window, ownWindow }: LanesToolbarProps) {
  const middle = (window.fromMs + window.toMs) / 2;
  const zoom = (factor: number) => setLanesWindow(zoomAround(window, middle, factor, set.extent));
  const full = fullWindow(set.extent);
  const isAll = window.fromMs <= full.fromMs && window.toMs >= full.toMs;
  return (
    <div className="pl-toolbar">
      <Tool
        label="−"
        ariaLabel="Zoom out"
        title="Zoom out (−)"
        isDisabled={isAll}
        onClick={() => zoom(1 / ZOOM_STEP)}
      />
      <Tool label="+" ariaLabel="Zoom in" title="Zoom in (+)" onClick={() => zoom(ZOOM_STEP)} />
      <Tool
        label="Reset"
        title="Back to the start: the time range, else the selected process and what it started (0)"
        isDisabled={ownWindow === undefined}
        testId="lanes-reset"
        onClick={() => setLanesWindow(undefined)}
      />
      <Tool
        label="All"
        title="Everything the lanes hold, from the oldest process's start"
        isDisabled={isAll}
        onClick={() => setLanesWindow(full)}
      />
      <span className="pl-window mono" data-testid="lanes-window">
        {formatRangeUtc(window)}
      </span>
      {ownWindow !== undefined && (
        <Tool
          label="Set as time range"
          title="Show this time range in the timeline and the table"
          testId="lanes-to-range"
          onClick={() => narrowViewToWindow(ownWindow)}
        />
      )}
    </div>
  );
}
