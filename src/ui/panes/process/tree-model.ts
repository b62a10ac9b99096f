/**
 * The process tree as the page shows it: the nodes known so far (from the event's slice and
 * from pages of children fetched on expansion), which nodes are open, and the visible rows
 * in display order. Pure: the view applies these functions to its state.
 *
 * Children of a node are kept as a prefix of their full start-time order (`prefix` of them),
 * possibly followed by the one child on the event's lineage when that lies past the prefix;
 * "more" fetches continue the prefix.
 */
import type { ProcessNode, ProcessTreeSlice } from '../../../protocol/messages';

export interface ChildList {
  readonly ids: readonly number[];
  /** How many of `ids`, from the start, are the first children in start-time order. */
  readonly prefix: number;
}

export interface TreeModel {
  readonly nodes: ReadonlyMap<number, ProcessNode>;
  readonly children: ReadonlyMap<number, ChildList>;
  readonly expanded: ReadonlySet<number>;
  readonly rootId: number | undefined;
  readonly focusId: number | undefined;
}

export type TreeRow =
  | {
      readonly kind: 'node';
      readonly id: number;
      readonly depth: number;
      /**
       * 1-based place among its parent's children in start-time order and their number (all
       * of them, loaded or not): `aria-posinset` / `aria-setsize`. A lineage child known past
       * the loaded prefix takes the place it is shown at, right after that prefix.
       */
      readonly posInSet: number;
      readonly setSize: number;
    }
  | {
      readonly kind: 'more';
      readonly parentId: number;
      readonly depth: number;
      /** Children of the parent not shown yet. */
      readonly remaining: number;
    };

export const EMPTY_TREE: TreeModel = {
  nodes: new Map(),
  children: new Map(),
  expanded: new Set(),
  rootId: undefined,
  focusId: undefined,
};

/** The model of an event's slice: the lineage and the event's process open. */
export function treeFromSlice(slice: ProcessTreeSlice): TreeModel {
  const nodes = new Map(slice.nodes.map((node) => [node.id, node]));
  const onPath = new Map<number, number>();
  slice.lineage.forEach((id, i) => {
    const next = slice.lineage[i + 1];
    if (next !== undefined) onPath.set(id, next);
  });
  const children = new Map<number, ChildList>();
  for (const [key, ids] of Object.entries(slice.childrenShown)) {
    const id = Number(key);
    const total = nodes.get(id)?.childCount ?? ids.length;
    const pathChild = onPath.get(id);
    // The path child at the end of a partial list may lie past the prefix: treat it so (at
    // worst one child is fetched again, and merging drops the duplicate).
    const cut = ids.length < total && ids.length > 0 && ids[ids.length - 1] === pathChild;
    children.set(id, { ids, prefix: cut ? ids.length - 1 : ids.length });
  }
  return {
    nodes,
    children,
    expanded: new Set(children.keys()),
    rootId: slice.lineage[0],
    focusId: slice.focusId,
  };
}

/** Adds a page of `parentId`'s children fetched at `offset` (a continuation of the prefix). */
export function withChildren(
  model: TreeModel,
  parentId: number,
  offset: number,
  page: readonly ProcessNode[],
): TreeModel {
  const nodes = new Map(model.nodes);
  for (const node of page) nodes.set(node.id, node);
  const before = model.children.get(parentId) ?? { ids: [], prefix: 0 };
  const head = before.ids.slice(0, Math.min(offset, before.prefix));
  const ids = [...head, ...page.map((node) => node.id)];
  const seen = new Set(ids);
  // Children known beyond the prefix (the lineage child) stay, after the prefix.
  for (const id of before.ids.slice(before.prefix)) if (!seen.has(id)) ids.push(id);
  const prefix = head.length + page.length;
  const children = new Map(model.children);
  children.set(parentId, { ids, prefix });
  const expanded = new Set(model.expanded);
  expanded.add(parentId);
  return { ...model, nodes, children, expanded };
}

/** Where the next page of `parentId`'s children starts. */
export function nextOffset(model: TreeModel, parentId: number): number {
  return model.children.get(parentId)?.prefix ?? 0;
}

/** True when opening `id` needs children fetched first. */
export function needsChildren(model: TreeModel, id: number): boolean {
  const node = model.nodes.get(id);
  return node !== undefined && node.childCount > 0 && !model.children.has(id);
}

export function setExpanded(model: TreeModel, id: number, open: boolean): TreeModel {
  if (model.expanded.has(id) === open) return model;
  const expanded = new Set(model.expanded);
  if (open) expanded.add(id);
  else expanded.delete(id);
  return { ...model, expanded };
}

/** The rows on screen, depth first in start-time order, with a "more" row for cut lists. */
export function visibleRows(model: TreeModel): TreeRow[] {
  const rows: TreeRow[] = [];
  if (model.rootId === undefined) return rows;
  interface Pending {
    readonly id: number;
    readonly depth: number;
    readonly posInSet: number;
    readonly setSize: number;
  }
  const stack: Pending[] = [{ id: model.rootId, depth: 0, posInSet: 1, setSize: 1 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { id, depth } = top;
    if (top.id < 0) {
      const parentId = -id - 1;
      const node = model.nodes.get(parentId);
      const shown = model.children.get(parentId)?.ids.length ?? 0;
      const remaining = (node?.childCount ?? 0) - shown;
      rows.push({ kind: 'more', parentId, depth, remaining });
      continue;
    }
    rows.push({ kind: 'node', id, depth, posInSet: top.posInSet, setSize: top.setSize });
    const list = model.children.get(id);
    if (!model.expanded.has(id) || list === undefined) continue;
    const node = model.nodes.get(id);
    const setSize = Math.max(node?.childCount ?? 0, list.ids.length);
    // Negative ids stand for the "more" row of their parent, pushed first so it comes last.
    if (node !== undefined && node.childCount > list.ids.length) {
      stack.push({ id: -id - 1, depth: depth + 1, posInSet: 0, setSize: 0 });
    }
    for (let i = list.ids.length - 1; i >= 0; i--) {
      const child = list.ids[i] as number;
      if (model.nodes.has(child))
        stack.push({ id: child, depth: depth + 1, posInSet: i + 1, setSize });
    }
  }
  return rows;
}

/** The node above `id` in the tree, when shown. */
export function parentOf(model: TreeModel, id: number): number | undefined {
  const parent = model.nodes.get(id)?.parentId;
  return parent !== undefined && model.nodes.has(parent) ? parent : undefined;
}
