/**
 * The label of one lane (DOM beside the canvas): fold / unfold its subtree, pin it to the top,
 * then its command (each image after an exec, `sh → curl`), pid and event count. Labels are
 * log content: rendered as text.
 */
import { formatInt } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import type { Lane } from '../../protocol/messages';
import { toggleCollapsedLane, togglePinnedLane } from '../../state/lanes-store';

/** Indentation per level in px, and the deepest level indented. */
const INDENT = 10;
const MAX_INDENT_LEVEL = 12;

/** `sh → curl`: the lane's images by command (else executable), in exec order. */
export function laneName(lane: Lane): string {
  // A Windows path ends at its last backslash.
  const names = lane.images.map((i) => i.comm || i.executable.split(/[\\/]/).pop() || '?');
  return visibleText(names.join(' → '), 120).text;
}

interface LaneLabelProps {
  readonly lane: Lane;
  readonly isPinned: boolean;
  readonly isCollapsed: boolean;
  readonly isFocus: boolean;
}

export function LaneLabel({ lane, isPinned, isCollapsed, isFocus }: LaneLabelProps) {
  const name = laneName(lane);
  const events = lane.eventTo - lane.eventFrom;
  const indent = isPinned ? 0 : Math.min(lane.depth, MAX_INDENT_LEVEL) * INDENT;
  return (
    <div className="pl-label" style={{ paddingLeft: 4 + indent }}>
      {lane.descendants > 0 && !isPinned ? (
        <button
          type="button"
          className="pl-fold"
          aria-expanded={!isCollapsed}
          aria-label={`${isCollapsed ? 'Show' : 'Hide'} the ${formatInt(lane.descendants)} processes below ${name}`}
          onClick={() => toggleCollapsedLane(lane.key)}
        >
          {isCollapsed ? '▸' : '▾'}
        </button>
      ) : (
        <span className="pl-fold-space" aria-hidden="true" />
      )}
      <span
        className={`pl-name${isFocus ? ' pl-name--focus' : ''}${lane.isLineage ? ' pl-name--lineage' : ''}`}
        title={`${name} · pid ${lane.pid} · ${lane.host}`}
      >
        {name}
      </span>
      <span className="pl-pid dim">{lane.pid}</span>
      <span className="pl-count dim" title={`${formatInt(events)} events`}>
        {formatInt(events)}
      </span>
      <button
        type="button"
        className={`pl-pin${isPinned ? ' pl-pin--on' : ''}`}
        aria-pressed={isPinned}
        aria-label={`Pin ${name} (pid ${lane.pid}) to the top`}
        title={isPinned ? 'Unpin' : 'Pin to the top'}
        onClick={() => togglePinnedLane(lane.key)}
      >
        ⤒
      </button>
    </div>
  );
}
