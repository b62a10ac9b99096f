/**
 * One line of the process tree: open/close toggle, command, pid, user, executable and the
 * event counts (own · with descendants). The event's own process is marked `aria-current`;
 * a process that replaced its parent by exec is drawn as "exec'd", not forked. The tree
 * places the row (`place`: its offset in the virtual list and its indentation).
 */
import type { CSSProperties } from 'react';
import { formatCount, formatInt } from '../../../lib/format';
import { visibleText, visibleTitle } from '../../../lib/visible-text';
import type { ProcessNode } from '../../../protocol/messages';

interface ProcessNodeRowProps {
  readonly node: ProcessNode;
  readonly place: CSSProperties;
  readonly depth: number;
  /** 1-based place among the parent's children, and their number (loaded or not). */
  readonly posInSet: number;
  readonly setSize: number;
  readonly isOpen: boolean;
  readonly isFocus: boolean;
  readonly isChosen: boolean;
  readonly isLoading: boolean;
  readonly onToggle: () => void;
  readonly onChoose: () => void;
}

function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}

export function ProcessNodeRow(props: ProcessNodeRowProps) {
  const { node, place, depth, posInSet, setSize, isOpen, isFocus, isChosen, isLoading } = props;
  const { onToggle, onChoose } = props;
  const name = node.comm !== '' ? node.comm : baseName(node.executable) || '?';
  const hasChildren = node.childCount > 0;
  const below = node.subtreeEvents - node.ownEvents;
  return (
    <li
      role="treeitem"
      className={`pt-row pt-node${isChosen ? ' pt-node--chosen' : ''}${isFocus ? ' pt-node--focus' : ''}`}
      data-testid="process-node"
      data-pid={node.pid}
      data-node-id={node.id}
      aria-level={depth + 1}
      aria-posinset={posInSet}
      aria-setsize={setSize}
      aria-expanded={hasChildren ? isOpen : undefined}
      aria-selected={isChosen}
      aria-current={isFocus ? 'true' : undefined}
      aria-busy={isLoading || undefined}
      tabIndex={isChosen ? 0 : -1}
      style={place}
      onClick={onChoose}
      onFocus={(e) => {
        // The roving tab stop follows the focus, however the row got it.
        if (e.target === e.currentTarget) onChoose();
      }}
    >
      {hasChildren ? (
        <button
          type="button"
          className="pt-toggle"
          tabIndex={-1}
          aria-label={`${isOpen ? 'Collapse' : 'Expand'} ${formatCount(node.childCount, 'child', 'children')}`}
          onClick={(e) => {
            e.stopPropagation();
            onToggle();
          }}
        >
          {isOpen ? '▾' : '▸'}
        </button>
      ) : (
        <span className="pt-toggle pt-toggle--leaf" aria-hidden="true">
          ·
        </span>
      )}
      {node.isExecImage && (
        <span className="pt-exec" title="Replaced its parent by exec (same pid)">
          exec
        </span>
      )}
      <span className="pt-name" title={visibleTitle(node.executable || name)}>
        {visibleText(name, 80).text}
      </span>
      <span className="pt-pid">{node.pid}</span>
      {node.user !== '' && <span className="pt-user">{visibleText(node.user, 40).text}</span>}
      {node.user === '' && node.uid !== undefined && (
        <span className="pt-user">uid {node.uid}</span>
      )}
      <span className="pt-counts" title="Events of this process · events of its descendants">
        {formatCount(node.ownEvents, 'event')}
        {below > 0 && <span className="pt-dim"> · {formatInt(below)} below</span>}
      </span>
      {hasChildren && !isOpen && (
        <span className="pt-dim pt-kids">{formatCount(node.childCount, 'child', 'children')}</span>
      )}
    </li>
  );
}
