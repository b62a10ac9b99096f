/**
 * The process tree around the selected event (`process-tree`): the lineage from the root to
 * the event's process (marked `aria-current`), each node's children with event counts, and
 * the event's process's descendants. Nodes open and close (children are fetched from the
 * worker page by page); the chosen node shows its details and pivots below the tree.
 *
 * Keyboard (ARIA tree): ↑/↓ move, → opens or goes to the first child, ← closes or goes to
 * the parent, Home/End, Enter or Space on a "more" line loads it.
 *
 * Only the rows in the tree's view (and a few around it) are in the DOM, plus the chosen row,
 * which holds the roving focus: a lineage of ten thousand ancestors or a node with thousands of
 * children costs what a screenful does. Moving the focus scrolls the target row into view
 * first. Rows have one fixed height (`ROW_HEIGHT`, the CSS's `.pt-row` height).
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { formatCount } from '../../../lib/format';
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
/** Height in px of every row (node or "more"); `.pt-row` in process-tree.css. */
const ROW_HEIGHT = 22;
/** Rows rendered beyond each edge of the view. */
const OVERSCAN = 10;
/** Indentation per level in px, and the deepest level indented (deeper rows line up there). */
const INDENT = 14;
const MAX_INDENT_LEVEL = 16;

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
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  /** A row to focus once it is rendered (it is scrolled in first). */
  const pendingFocus = useRef<number | undefined>(undefined);
  const rows = useMemo(() => visibleRows(model), [model]);
  const indexOf = useMemo(() => {
    const byId = new Map<number, number>();
    rows.forEach((row, i) => {
      if (row.kind === 'node') byId.set(row.id, i);
    });
    return byId;
  }, [rows]);
  const chosenIndex = chosen === undefined ? undefined : indexOf.get(chosen);
  // The chosen row stays rendered wherever the view is: it holds the tree's tab stop and focus.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (chosenIndex === undefined || indexes.includes(chosenIndex)) return indexes;
      return [...indexes, chosenIndex].sort((a, b) => a - b);
    },
    [chosenIndex],
  );
  // Its methods are only called in handlers and effects, so the compiler skipping
  // memoization here is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => {
      const row = rows[index];
      return row === undefined ? index : rowKey(row);
    },
    overscan: OVERSCAN,
    paddingStart: 2,
    paddingEnd: 2,
    rangeExtractor,
  });

  // On open, the event's own process is in the middle of the view.
  useEffect(() => {
    const at = slice.focusId === undefined ? undefined : indexOf.get(slice.focusId);
    if (at !== undefined) virtualizer.scrollToIndex(at, { align: 'center' });
    // Only the first rows count: later changes keep the user's scroll position.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const rowElement = (id: number) =>
    listRef.current?.querySelector<HTMLElement>(`[data-node-id="${id}"]`) ?? undefined;

  useLayoutEffect(() => {
    const id = pendingFocus.current;
    const element = id === undefined ? undefined : rowElement(id);
    if (element === undefined) return;
    pendingFocus.current = undefined;
    element.focus();
  });

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
    const at = indexOf.get(id);
    if (at !== undefined) virtualizer.scrollToIndex(at);
    setChosen(id);
    const element = rowElement(id);
    if (element === undefined) pendingFocus.current = id;
    else element.focus();
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
      <div className="pt-scroll" ref={scrollRef}>
        <ul
          ref={listRef}
          className="pt-tree"
          role="tree"
          aria-label="Process tree"
          data-testid="process-tree"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            const indent = Math.min(row.depth, MAX_INDENT_LEVEL) * INDENT + 4;
            const place = { paddingLeft: `${indent}px`, top: `${item.start}px` };
            if (row.kind === 'more') {
              return (
                <li key={item.key} role="none" className="pt-row" style={place}>
                  <button
                    type="button"
                    className="link-button pt-more"
                    disabled={loading.has(row.parentId)}
                    onClick={() => fetchChildren(row.parentId, nextOffset(model, row.parentId))}
                  >
                    {formatCount(row.remaining, 'more child', 'more children')}…
                  </button>
                </li>
              );
            }
            const node = model.nodes.get(row.id);
            if (node === undefined) return null;
            return (
              <ProcessNodeRow
                key={item.key}
                node={node}
                place={place}
                depth={row.depth}
                posInSet={row.posInSet}
                setSize={row.setSize}
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
      </div>
      {failure !== undefined && (
        <p className="notice notice--error" role="alert">
          Children could not be loaded: {failure}
        </p>
      )}
      {chosenNode !== undefined && <ProcessNodeDetails node={chosenNode} />}
    </div>
  );
}
