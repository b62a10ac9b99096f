/**
 * The process tree around the selected event (`process-tree`): the lineage from the root to
 * the event's process (marked `aria-current`), each node's children with event counts, and
 * the event's process's descendants. Nodes open and close (children are fetched from the
 * worker page by page); the chosen node shows its details and pivots below the tree.
 *
 * Keyboard (ARIA tree): ↑/↓ move, → opens or goes to the first child, ← closes or goes to
 * the parent, Home/End, Enter or Space on a "more" line loads it.
 */
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatInt } from '../../../lib/format';
import type { ProcessTreeSlice } from '../../../protocol/messages';
import { engine } from '../../../state/engine';
import { useEventAnswer } from '../../../state/use-event-answer';
import { ProcessNodeDetails } from './process-node-details';
import { ProcessNodeRow } from './process-node-row';
import {
  needsChildren,
  nextOffset,
  parentOf,
  setExpanded,
  treeFromSlice,
  visibleRows,
  withChildren,
  type TreeModel,
  type TreeRow,
} from './tree-model';

/** Children fetched per expansion or "more". */
const CHILDREN_PAGE = 500;

export function ProcessTreeTab({ eventKey }: { readonly eventKey: number }) {
  const result = useEventAnswer('process.tree', eventKey);
  if (result.status === 'loading' || result.status === 'none')
    return <p className="pane-loading">Loading process tree…</p>;
  if (result.status === 'error') {
    return (
      <p className="notice notice--error" role="alert">
        The process tree could not be built: {result.message}
      </p>
    );
  }
  if (result.value.focusId === undefined) {
    return (
      <p className="pane-empty" data-testid="process-tree-empty">
        This event names no process with a pid, so it has no place in the process tree.
      </p>
    );
  }
  return <ProcessTree key={`${result.value.datasetId}:${eventKey}`} slice={result.value} />;
}

function rowKey(row: TreeRow): string {
  return row.kind === 'node' ? `n${row.id}` : `m${row.parentId}`;
}

function ProcessTree({ slice }: { readonly slice: ProcessTreeSlice }) {
  const [model, setModel] = useState<TreeModel>(() => treeFromSlice(slice));
  const [chosen, setChosen] = useState<number | undefined>(slice.focusId);
  const [loading, setLoading] = useState<ReadonlySet<number>>(new Set());
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const listRef = useRef<HTMLUListElement>(null);
  const rows = useMemo(() => visibleRows(model), [model]);

  const fetchChildren = useCallback((parentId: number, offset: number) => {
    setLoading((s) => new Set(s).add(parentId));
    engine()
      .call('process.children', parentId, offset, CHILDREN_PAGE)
      .then((page) => setModel((m) => withChildren(m, parentId, offset, page)))
      .catch((error: unknown) => setFailure(String(error)))
      .finally(() =>
        setLoading((s) => {
          const next = new Set(s);
          next.delete(parentId);
          return next;
        }),
      );
  }, []);

  const toggle = (id: number) => {
    if (model.expanded.has(id)) setModel(setExpanded(model, id, false));
    else if (needsChildren(model, id)) fetchChildren(id, 0);
    else setModel(setExpanded(model, id, true));
  };

  const focusRow = (id: number) => {
    setChosen(id);
    listRef.current?.querySelector<HTMLElement>(`[data-node-id="${id}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const nodeRows = rows.filter((r) => r.kind === 'node');
    const at = nodeRows.findIndex((r) => r.id === chosen);
    const current = nodeRows[at];
    let handled = true;
    if (e.key === 'ArrowDown') {
      const next = nodeRows[Math.min(at + 1, nodeRows.length - 1)];
      if (next !== undefined) focusRow(next.id);
    } else if (e.key === 'ArrowUp') {
      const prev = nodeRows[Math.max(at - 1, 0)];
      if (prev !== undefined) focusRow(prev.id);
    } else if (e.key === 'Home' && nodeRows[0] !== undefined) {
      focusRow(nodeRows[0].id);
    } else if (e.key === 'End' && nodeRows.length > 0) {
      focusRow((nodeRows[nodeRows.length - 1] as { id: number }).id);
    } else if (e.key === 'ArrowRight' && current !== undefined) {
      const node = model.nodes.get(current.id);
      if (node === undefined || node.childCount === 0) handled = false;
      else if (!model.expanded.has(current.id)) toggle(current.id);
      else {
        const first = model.children.get(current.id)?.ids[0];
        if (first !== undefined) focusRow(first);
      }
    } else if (e.key === 'ArrowLeft' && current !== undefined) {
      if (model.expanded.has(current.id)) toggle(current.id);
      else {
        const parent = parentOf(model, current.id);
        if (parent !== undefined) focusRow(parent);
      }
    } else {
      handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const chosenNode = chosen === undefined ? undefined : model.nodes.get(chosen);
  const root = model.rootId === undefined ? undefined : model.nodes.get(model.rootId);
  return (
    <div className="pt-view">
      {root?.ppid !== undefined && (
        <p className="pt-dim pt-above">
          Started by pid {root.ppid}, which no loaded event describes.
        </p>
      )}
      <ul
        ref={listRef}
        className="pt-tree"
        role="tree"
        aria-label="Process tree"
        data-testid="process-tree"
        onKeyDown={onKeyDown}
      >
        {rows.map((row) => {
          if (row.kind === 'more') {
            return (
              <li key={rowKey(row)} role="none" style={{ paddingLeft: `${row.depth * 14 + 4}px` }}>
                <button
                  type="button"
                  className="link-button pt-more"
                  disabled={loading.has(row.parentId)}
                  onClick={() => fetchChildren(row.parentId, nextOffset(model, row.parentId))}
                >
                  {formatInt(row.remaining)} more {row.remaining === 1 ? 'child' : 'children'}…
                </button>
              </li>
            );
          }
          const node = model.nodes.get(row.id);
          if (node === undefined) return null;
          return (
            <ProcessNodeRow
              key={rowKey(row)}
              node={node}
              depth={row.depth}
              isOpen={model.expanded.has(row.id)}
              isFocus={row.id === model.focusId}
              isChosen={row.id === chosen}
              isLoading={loading.has(row.id)}
              onToggle={() => toggle(row.id)}
              onChoose={() => setChosen(row.id)}
            />
          );
        })}
      </ul>
      {failure !== undefined && (
        <p className="notice notice--error" role="alert">
          Children could not be loaded: {failure}
        </p>
      )}
      {chosenNode !== undefined && <ProcessNodeDetails node={chosenNode} />}
    </div>
  );
}
