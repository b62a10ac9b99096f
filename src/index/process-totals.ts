/**
 * What the process forest derives rather than maintains per event: for every node, how many
 * nodes lie below it and how many events it and they performed, and each node's children in
 * start-time order (fork time, else exec time; the exec time for a re-exec'd image; ties by
 * node id).
 *
 * Totals are recomputed in one post-order pass (linear in the nodes) the first time they are
 * asked for after the forest changed — a new node or link, or more events — so expanding any
 * node costs a slice of an ordered children list plus table reads. Ordered children lists are
 * cached per node until the forest changes.
 */
import { NO_PROCESS, timeOrderValue, type ProcessForest } from './process-forest';

export class ProcessTotals {
  /** Nodes strictly below each node. */
  descendants = new Uint32Array(0);
  /** Events of each node and of every node below it. */
  subtreeEvents = new Float64Array(0);
  private computedVersion = -1;
  private computedEvents = -1;
  private readonly ordered = new Map<number, readonly number[]>();
  private orderedVersion = -1;
  /** Start times for ordering, NaN until computed (a link can make a node an exec image). */
  private startTimes = new Float64Array(0);

  constructor(private readonly forest: ProcessForest) {}

  /** Brings the totals up to date with the forest. */
  update(): void {
    const forest = this.forest;
    if (this.computedVersion === forest.version && this.computedEvents === forest.eventCount) {
      return;
    }
    const count = forest.nodeCount;
    const descendants = new Uint32Array(count);
    const events = new Float64Array(count);
    const own = forest.nodes.ownEvents;
    const parent = forest.parent;
    // Pre-order from the roots; children come after their parent, so a reverse pass sums up.
    const order = new Uint32Array(count);
    let n = 0;
    for (let id = 1; id < count; id++) {
      if (parent[id] !== NO_PROCESS) continue;
      order[n++] = id;
      for (let at = n - 1; at < n; at++) {
        for (const child of forest.childrenOf(order[at] as number)) order[n++] = child;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      const id = order[i] as number;
      events[id] = (events[id] as number) + (own[id] as number);
      const up = parent[id] as number;
      if (up !== NO_PROCESS) {
        descendants[up] = (descendants[up] as number) + (descendants[id] as number) + 1;
        events[up] = (events[up] as number) + (events[id] as number);
      }
    }
    this.descendants = descendants;
    this.subtreeEvents = events;
    this.computedVersion = forest.version;
    this.computedEvents = forest.eventCount;
  }

  /** The children of `id` in start-time order. */
  orderedChildren(id: number): readonly number[] {
    const forest = this.forest;
    if (this.orderedVersion !== forest.version) {
      this.ordered.clear();
      this.startTimes.fill(Number.NaN);
      this.orderedVersion = forest.version;
    }
    let list = this.ordered.get(id);
    if (list === undefined) {
      list = [...forest.childrenOf(id)].sort(
        (a, b) => this.startTime(a) - this.startTime(b) || a - b,
      );
      this.ordered.set(id, list);
    }
    return list;
  }

  private startTime(id: number): number {
    if (id >= this.startTimes.length) {
      const next = new Float64Array(Math.max(this.forest.nodeCount, id + 1)).fill(Number.NaN);
      next.set(this.startTimes);
      this.startTimes = next;
    }
    let time = this.startTimes[id] as number;
    if (Number.isNaN(time)) {
      // A re-exec'd image starts at its exec; anything else at its fork (else its exec).
      const { forkTime, execTime } = this.forest.nodes;
      const text =
        !forkTime.isKnown(id) || this.forest.isExecImage(id) ? execTime.get(id) : forkTime.get(id);
      time = timeOrderValue(text);
      this.startTimes[id] = time;
    }
    return time;
  }
}
