/**
 * Answers the page's process-tree requests from the forest: the bounded slice around one
 * event's process (`process.tree`) and pages of any node's children (`process.children`), as
 * wire DTOs. Reads only; totals are brought up to date once per request.
 *
 * Bounds: each lineage node shows its first `LINEAGE_CHILDREN` children (plus the one on the
 * path), and the event's process shows its subtree breadth-first up to `SUBTREE_NODES` nodes.
 */
import type { ProcessNode, ProcessTreeSlice } from '../protocol/messages';
import { NO_PROCESS, type ProcessForest } from './process-forest';
import { UNKNOWN_ID } from './process-nodes';
import type { ProcessTotals } from './process-totals';

/** Children shown under each node of the lineage. */
export const LINEAGE_CHILDREN = 50;
/** Nodes of the event's process's subtree shown (below the process itself). */
export const SUBTREE_NODES = 200;
/** Most children one `process.children` call returns. */
export const MAX_CHILDREN_PAGE = 1000;

function known(id: number): number | undefined {
  return id === UNKNOWN_ID ? undefined : id;
}

/** The DTO of node `id`; `totals` must be up to date. */
export function processNodeDto(
  forest: ProcessForest,
  totals: ProcessTotals,
  id: number,
): ProcessNode {
  const nodes = forest.nodes;
  const parent = forest.parent[id] as number;
  return {
    id,
    key: forest.keyOf(id),
    parentId: parent === NO_PROCESS ? undefined : parent,
    isExecImage: forest.isExecImage(id),
    pid: nodes.pid[id] as number,
    ppid: known(nodes.ppid[id] as number),
    uid: known(nodes.uid[id] as number),
    host: nodes.host.get(id),
    comm: nodes.comm.get(id),
    executable: nodes.executable.get(id),
    args: nodes.argsOf(id),
    argsTruncated: nodes.isArgsCut(id),
    user: nodes.user.get(id),
    containerId: nodes.container.get(id),
    forkTime: nodes.forkTime.get(id),
    execTime: nodes.execTime.get(id),
    exitTime: nodes.exitTime.get(id),
    ownEvents: nodes.ownEvents[id] as number,
    subtreeEvents: totals.subtreeEvents[id] as number,
    childCount: forest.childrenOf(id).length,
    descendantCount: totals.descendants[id] as number,
  };
}

/** Children `[offset, offset + limit)` of `nodeId` in start-time order. */
export function childrenPage(
  forest: ProcessForest,
  totals: ProcessTotals,
  nodeId: number,
  offset: number,
  limit: number,
): ProcessNode[] {
  totals.update();
  const from = Math.max(0, Math.floor(offset));
  const count = Math.max(0, Math.min(Math.floor(limit), MAX_CHILDREN_PAGE));
  return totals
    .orderedChildren(nodeId)
    .slice(from, from + count)
    .map((id) => processNodeDto(forest, totals, id));
}

/** Node ids from the root down to `focus`. */
function lineageOf(forest: ProcessForest, focus: number): number[] {
  const path: number[] = [];
  // Links never form a cycle; the bound only guards against a bug turning into a hang.
  for (let at = focus; at !== NO_PROCESS && path.length < forest.nodeCount;) {
    path.push(at);
    at = forest.parent[at] as number;
  }
  return path.reverse();
}

/** The process context of event `eventKey` (a valid row key). */
export function processTreeSlice(
  forest: ProcessForest,
  totals: ProcessTotals,
  eventKey: number,
  datasetId: number,
): ProcessTreeSlice {
  totals.update();
  const focus = forest.eventNode[eventKey] ?? NO_PROCESS;
  if (focus === NO_PROCESS) {
    return {
      datasetId,
      eventKey,
      focusId: undefined,
      lineage: [],
      nodes: [],
      childrenShown: {},
      subtreeNodesCut: 0,
    };
  }
  const lineage = lineageOf(forest, focus);
  const included = new Set<number>(lineage);
  const childrenShown: Record<number, readonly number[]> = {};
  for (let i = 0; i + 1 < lineage.length; i++) {
    const id = lineage[i] as number;
    const onPath = lineage[i + 1] as number;
    const ordered = totals.orderedChildren(id);
    const shown = ordered.slice(0, LINEAGE_CHILDREN);
    if (!shown.includes(onPath)) shown.push(onPath);
    for (const child of shown) included.add(child);
    childrenShown[id] = shown;
  }
  // The event's process's subtree, breadth-first, while the budget lasts.
  let budget = SUBTREE_NODES;
  const queue = [focus];
  for (let at = 0; at < queue.length && budget > 0; at++) {
    const id = queue[at] as number;
    const children = totals.orderedChildren(id);
    if (children.length === 0) continue;
    const shown = children.slice(0, budget);
    budget -= shown.length;
    childrenShown[id] = shown;
    for (const child of shown) {
      included.add(child);
      queue.push(child);
    }
  }
  return {
    datasetId,
    eventKey,
    focusId: focus,
    lineage,
    nodes: [...included].map((id) => processNodeDto(forest, totals, id)),
    childrenShown,
    subtreeNodesCut: (totals.descendants[focus] as number) - (queue.length - 1),
  };
}
