/**
 * The lane model of `process.lanes`, read from the process forest and the event index: one lane
 * per task (a pid's life from fork to exit) for the processes in scope, in tree order.
 *
 * - Scope: a family (the lineage from the root down to one event's process, or to a process
 *   named by its identity key, and every process below it) or the processes of a view's events
 *   with their ancestors (so the tree holds).
 * - The forest makes a node per exec image (same host, pid and fork time, another exec time)
 *   and chains the images under each other; a lane merges such a chain back into one task, its
 *   `images` in exec order, so an exec shows as a change of image on the same pid. PID reuse
 *   is already two nodes with other fork times, hence two lanes.
 * - Lifetime: fork time, else exec time, else the first event; exit time, else the last event
 *   (an open end). Times are parsed once per lane, not per event.
 * - Events are grouped by lane (counting sort on row keys) and ordered by time within a lane,
 *   as flat typed arrays the page can take as they are.
 *
 * Bounds: `MAX_LANES` tasks and `MAX_LANE_EVENTS` events; past them the lanes (in tree order)
 * and events are cut and counted.
 */
import type { Lane, LaneImage, LaneSet, LanesScope } from '../protocol/lanes';
import { NO_PROCESS, timeOrderValue, type ProcessForest } from './process-forest';
import type { ProcessTotals } from './process-totals';

export const MAX_LANES = 20_000;
export const MAX_LANE_EVENTS = 500_000;

const CATEGORY = '@evt.category';
const TYPE = '@evt.name';

/** What the model reads of the event index (an `EventIndex` is one). */
export interface LaneSource {
  readonly count: number;
  readonly timeMs: Float64Array;
  fieldText(name: string, key: number): string;
}

export interface LaneInputs {
  readonly forest: ProcessForest;
  readonly totals: ProcessTotals;
  readonly index: LaneSource;
  /** Each event's own process node (`NO_PROCESS`: none), by the keys `index` reads. */
  readonly eventNode: ArrayLike<number>;
  readonly datasetId: number;
  readonly eventId: (key: number) => string;
  /** The view's keys, for the `view` scope. */
  readonly viewKeys: () => Uint32Array;
}

/** Epoch ms of an RFC 3339 text; NaN when it is empty or unreadable. */
function ms(text: string): number {
  const value = timeOrderValue(text);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** Marks the nodes in scope; `focus` is the scope's event's process (or `NO_PROCESS`). */
function scopeNodes(
  forest: ProcessForest,
  eventNode: ArrayLike<number>,
  focus: number,
  viewKeys: Uint32Array | undefined,
): Uint8Array {
  const included = new Uint8Array(forest.nodeCount);
  const markUp = (node: number) => {
    for (let at = node; at !== NO_PROCESS && included[at] === 0;) {
      included[at] = 1;
      at = forest.parent[at] as number;
    }
  };
  if (viewKeys !== undefined) {
    for (const key of viewKeys) markUp(eventNode[key] ?? NO_PROCESS);
    return included;
  }
  if (focus === NO_PROCESS) return included;
  markUp(focus);
  const queue = [focus];
  for (let at = 0; at < queue.length; at++) {
    for (const child of forest.childrenOf(queue[at] as number)) {
      included[child] = 1;
      queue.push(child);
    }
  }
  return included;
}

interface Task {
  readonly images: number[];
  readonly parent: number;
  readonly depth: number;
}

/** The images of the task whose first image is `head`: the chain of exec images below it. */
function imageChain(forest: ProcessForest, included: Uint8Array, head: number): number[] {
  const chain = [head];
  for (let at = head; ;) {
    const next = forest.childrenOf(at).find((c) => included[c] === 1 && forest.isExecImage(c));
    if (next === undefined) return chain;
    chain.push(next);
    at = next;
  }
}

/** Tasks in tree order (pre-order, children by start time), at most `MAX_LANES`. */
function orderTasks(
  forest: ProcessForest,
  totals: ProcessTotals,
  included: Uint8Array,
): { tasks: Task[]; cut: number } {
  const tasks: Task[] = [];
  const stack: { head: number; parent: number; depth: number }[] = [];
  for (let id = forest.nodeCount - 1; id >= 1; id--) {
    const parent = forest.parent[id] as number;
    if (included[id] === 1 && (parent === NO_PROCESS || included[parent] === 0)) {
      stack.push({ head: id, parent: -1, depth: 0 });
    }
  }
  while (stack.length > 0) {
    const { head, parent, depth } = stack.pop() as (typeof stack)[number];
    if (tasks.length === MAX_LANES) break;
    const images = imageChain(forest, included, head);
    const lane = tasks.length;
    tasks.push({ images, parent, depth });
    const children = images.flatMap((image) =>
      totals
        .orderedChildren(image)
        .filter((c) => included[c] === 1 && !images.includes(c) && !forest.isExecImage(c)),
    );
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ head: children[i] as number, parent: lane, depth: depth + 1 });
    }
  }
  let heads = 0;
  for (let id = 1; id < forest.nodeCount; id++) {
    const parent = forest.parent[id] as number;
    const isImage = included[parent] === 1 && forest.isExecImage(id);
    if (included[id] === 1 && !isImage) heads++;
  }
  return { tasks, cut: heads - tasks.length };
}

/** A dictionary of strings to small codes. */
class Codes {
  readonly values: string[] = [];
  private readonly lookup = new Map<string, number>();
  code(value: string): number {
    let code = this.lookup.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.lookup.set(value, code);
    }
    return code;
  }
}

/** The process whose family the scope is; `NO_PROCESS` for a view (or an unknown key). */
function focusNode(inputs: LaneInputs, scope: LanesScope): number {
  const { forest, eventNode } = inputs;
  if (scope.kind === 'family') return eventNode[scope.eventKey] ?? NO_PROCESS;
  return scope.kind === 'process' ? forest.nodeOfKey(scope.processKey) : NO_PROCESS;
}

/** The lanes of `scope`. */
export function buildLanes(inputs: LaneInputs, scope: LanesScope): LaneSet {
  const { forest, totals, index, eventNode } = inputs;
  totals.update();
  const focus = focusNode(inputs, scope);
  const viewKeys = scope.kind === 'view' ? inputs.viewKeys() : undefined;
  const included = scopeNodes(forest, eventNode, focus, viewKeys);
  const { tasks, cut: lanesCut } = orderTasks(forest, totals, included);
  const laneOfNode = new Int32Array(forest.nodeCount).fill(-1);
  tasks.forEach((task, lane) => {
    for (const image of task.images) laneOfNode[image] = lane;
  });

  // Events by lane: count, then place in key order, then order each lane by time.
  const times = index.timeMs;
  const total = viewKeys?.length ?? index.count;
  const keyAt = (i: number) => (viewKeys === undefined ? i : (viewKeys[i] as number));
  const perLane = new Uint32Array(tasks.length + 1);
  let untimed = 0;
  for (let i = 0; i < total; i++) {
    const key = keyAt(i);
    const lane = laneOfNode[eventNode[key] ?? NO_PROCESS] ?? -1;
    if (lane < 0) continue;
    if (Number.isNaN(times[key] as number)) untimed++;
    else perLane[lane + 1] = (perLane[lane + 1] as number) + 1;
  }
  let eventsCut = 0;
  for (let lane = 1; lane <= tasks.length; lane++) {
    const at = perLane[lane - 1] as number;
    const room = Math.max(0, MAX_LANE_EVENTS - at);
    const count = perLane[lane] as number;
    if (count > room) eventsCut += count - room;
    perLane[lane] = at + Math.min(count, room);
  }
  const placed = perLane[tasks.length] as number;
  const keys = new Uint32Array(placed);
  const fill = perLane.slice(0, tasks.length);
  for (let i = 0; i < total; i++) {
    const key = keyAt(i);
    const lane = laneOfNode[eventNode[key] ?? NO_PROCESS] ?? -1;
    if (lane < 0 || Number.isNaN(times[key] as number)) continue;
    const at = fill[lane] as number;
    if (at < (perLane[lane + 1] as number)) {
      keys[at] = key;
      fill[lane] = at + 1;
    }
  }
  for (let lane = 0; lane < tasks.length; lane++) {
    const slice = keys.subarray(perLane[lane], perLane[lane + 1]);
    let sorted = true;
    for (let i = 1; i < slice.length && sorted; i++) {
      sorted = (times[slice[i - 1] as number] as number) <= (times[slice[i] as number] as number);
    }
    // Ties keep key (file) order: the sort compares keys second.
    if (!sorted) slice.sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
  }

  const categories = new Codes();
  const types = new Codes();
  const timeMs = new Float64Array(placed);
  const category = new Uint8Array(placed);
  const type = new Uint16Array(placed);
  const ids: string[] = new Array<string>(placed);
  for (let i = 0; i < placed; i++) {
    const key = keys[i] as number;
    timeMs[i] = times[key] as number;
    // More than 255 categories (or 65,535 types) share the last code rather than wrap.
    category[i] = Math.min(255, categories.code(index.fieldText(CATEGORY, key)));
    type[i] = Math.min(0xffff, types.code(index.fieldText(TYPE, key)));
    ids[i] = inputs.eventId(key);
  }

  const lanes = tasks.map((task, lane) =>
    laneOf(forest, task, perLane[lane] as number, perLane[lane + 1] as number, timeMs),
  );
  for (let lane = lanes.length - 1; lane >= 0; lane--) {
    const { parent, descendants } = lanes[lane] as MutableLane;
    const above = lanes[parent];
    if (above !== undefined) above.descendants += descendants + 1;
  }
  const focusLane = focus === NO_PROCESS ? -1 : (laneOfNode[focus] as number);
  for (let lane = focusLane; lane >= 0; lane = (lanes[lane] as MutableLane).parent) {
    (lanes[lane] as MutableLane).isLineage = true;
  }
  return {
    datasetId: inputs.datasetId,
    lanes,
    events: { keys, timeMs, category, type, ids },
    categories: categories.values,
    types: types.values,
    focusLane,
    focusEventKey: scope.kind === 'family' ? scope.eventKey : -1,
    extent: extentOf(lanes, timeMs),
    lanesCut,
    eventsCut,
    untimed,
  };
}

type MutableLane = { -readonly [K in keyof Lane]: Lane[K] };

/** The smallest / largest of the numbers that are not NaN; NaN when all are. */
function finiteMin(...values: number[]): number {
  const known = values.filter((v) => !Number.isNaN(v));
  return known.length === 0 ? Number.NaN : Math.min(...known);
}

function finiteMax(...values: number[]): number {
  const known = values.filter((v) => !Number.isNaN(v));
  return known.length === 0 ? Number.NaN : Math.max(...known);
}

function laneOf(
  forest: ProcessForest,
  task: Task,
  eventFrom: number,
  eventTo: number,
  timeMs: Float64Array,
): MutableLane {
  const nodes = forest.nodes;
  const head = task.images[0] as number;
  const images: LaneImage[] = task.images.map((id) => ({
    comm: nodes.comm.get(id),
    executable: nodes.executable.get(id),
    execMs: ms(nodes.execTime.get(id)),
  }));
  const firstEvent = eventTo > eventFrom ? (timeMs[eventFrom] as number) : Number.NaN;
  const lastEvent = eventTo > eventFrom ? (timeMs[eventTo - 1] as number) : Number.NaN;
  const forkMs = ms(nodes.forkTime.get(head));
  const bornMs = Number.isNaN(forkMs) ? (images[0]?.execMs ?? Number.NaN) : forkMs;
  const startMs = finiteMin(bornMs, firstEvent);
  const exitMs = finiteMax(...task.images.map((id) => ms(nodes.exitTime.get(id))));
  const endMs = finiteMax(exitMs, lastEvent, startMs, ...images.map((i) => i.execMs));
  return {
    key: forest.keyOf(head),
    pid: nodes.pid[head] as number,
    host: nodes.host.get(head),
    parent: task.parent,
    depth: task.depth,
    descendants: 0,
    images,
    startMs,
    endMs,
    isStartOpen: Number.isNaN(bornMs),
    isEndOpen: Number.isNaN(exitMs),
    eventFrom,
    eventTo,
    isLineage: false,
  };
}

/** The span of every lifetime and event; undefined when nothing has a time. */
function extentOf(lanes: readonly Lane[], timeMs: Float64Array): LaneSet['extent'] {
  let fromMs = Number.POSITIVE_INFINITY;
  let toMs = Number.NEGATIVE_INFINITY;
  for (const lane of lanes) {
    if (lane.startMs < fromMs) fromMs = lane.startMs;
    if (lane.endMs > toMs) toMs = lane.endMs;
  }
  for (const t of timeMs) {
    if (t < fromMs) fromMs = t;
    if (t > toMs) toMs = t;
  }
  return Number.isFinite(fromMs) && Number.isFinite(toMs) ? { fromMs, toMs } : undefined;
}
