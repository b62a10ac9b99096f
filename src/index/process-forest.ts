/**
 * The process forest of the open data set, built during ingest: every event adds its
 * `process`, `process.parent` and `process.ancestors` (ancestors[0] is the parent, ancestors[i+1]
 * the parent of ancestors[i]) as nodes, with parent links. Identity is the one of
 * `query/process-identity.ts`: host, pid, fork time and exec time, so PID reuse and hosts that
 * share pids never merge two processes.
 *
 * Links:
 * - The parent an event reports is taken when the child's `ppid` (if known) is the parent's
 *   pid, or the pid is the same (an exec image); the first such report wins.
 * - A re-exec (same host, pid and fork time, a new exec time) is a node of its own whose parent
 *   is the image it replaced: the task's images form a chain in exec-time order, the first one
 *   hanging under the task's reported parent. This is how the agent's own process cache sees
 *   it, and it keeps "what did this shell run" inside the shell's subtree.
 * - An event without ancestors still gets its process node; its `ppid` is kept on the node as a
 *   link that stays unresolved until some event reports the parent entry.
 * - A link that would close a cycle (inconsistent input) is not made.
 *
 * Cost: one lookup by host and pid per event once a process's lineage is known (no string is
 * built); the ancestors are walked only up to the first node whose parent is already known.
 *
 * `eventNode[key]` is the event's own process (0: none), so "events of this process" is a
 * column scan, and the children lists make "children of this node" a slice.
 */
import { entryPid, identityKeyText, parseIdentityKey } from '../query/process-identity';
import { parseTime } from '../query/order';
import { grownTo } from './growable';
import { ProcessLookup } from './process-lookup';
import { ProcessNodes, resized, UNKNOWN_ID } from './process-nodes';

type Json = Record<string, unknown>;

/** The node id meaning "no process". */
export const NO_PROCESS = 0;

const INITIAL_CAPACITY = 1024;
const NO_ANCESTORS: readonly unknown[] = [];

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function timeText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isSameEntry(a: Json, b: Json): boolean {
  return (
    a['pid'] === b['pid'] && a['fork_time'] === b['fork_time'] && a['exec_time'] === b['exec_time']
  );
}

/** Sortable time of an RFC 3339 text (ms with the sub-millisecond part); +∞ when unreadable. */
export function timeOrderValue(text: string): number {
  const time = text === '' ? undefined : parseTime(text);
  return time === undefined ? Number.POSITIVE_INFINITY : time.ms + time.ns / 1e6;
}

export class ProcessForest {
  readonly nodes = new ProcessNodes();
  private readonly lookup = new ProcessLookup(this.nodes);
  /** The parent each node's events report (0: none yet). */
  private reported = new Uint32Array(INITIAL_CAPACITY);
  /** The parent in the forest (0: a root): the replaced image for a re-exec, else `reported`. */
  parent = new Uint32Array(INITIAL_CAPACITY);
  private readonly childLists: (number[] | undefined)[] = [undefined];
  /** The event's own process node, by event row key (0: the event names no process). */
  eventNode = new Uint32Array(INITIAL_CAPACITY);
  /** Event rows seen (every event is passed to `addEvent`, with or without a process). */
  eventCount = 0;
  /** Bumped whenever a node or a link is added or changed. */
  version = 0;

  get nodeCount(): number {
    return this.nodes.count;
  }

  /** Adds the process context of event `key` (its body) on `host` (see `eventHost`). */
  addEvent(key: number, body: Json, host: string): void {
    if (key >= this.eventNode.length) this.eventNode = grownTo(this.eventNode, key + 1);
    if (key >= this.eventCount) this.eventCount = key + 1;
    const process = body['process'];
    if (!isRecord(process)) return;
    const id = this.sight(process, host);
    if (id === NO_PROCESS) return;
    this.eventNode[key] = id;
    this.nodes.ownEvents[id] = (this.nodes.ownEvents[id] as number) + 1;
    if (this.reported[id] !== NO_PROCESS) return;
    const parent = process['parent'];
    const ancestors = Array.isArray(process['ancestors'])
      ? (process['ancestors'] as unknown[])
      : NO_ANCESTORS;
    const first = ancestors[0];
    if (!isRecord(parent)) {
      this.linkUpward(id, first, ancestors, 1, host);
    } else if (!isRecord(first) || isSameEntry(parent, first)) {
      this.linkUpward(id, parent, ancestors, 1, host);
    } else {
      // `parent` and `ancestors[0]` disagree: each is taken for what it says.
      this.linkUpward(id, parent, NO_ANCESTORS, 0, host);
      const head = this.sight(first, host);
      if (head !== NO_PROCESS && this.reported[head] === NO_PROCESS) {
        this.linkUpward(head, ancestors[1], ancestors, 2, host);
      }
    }
  }

  /** The identity key text of node `id` (`host/pid/fork_time/exec_time`). */
  keyOf(id: number): string {
    const { host, pid, forkTime, execTime } = this.nodes;
    return identityKeyText(host.get(id), pid[id] as number, forkTime.get(id), execTime.get(id));
  }

  /** The node whose identity key text is `key`, or `NO_PROCESS` when there is none. */
  nodeOfKey(key: string): number {
    const identity = parseIdentityKey(key);
    if (identity === undefined) return NO_PROCESS;
    const { host, pid, forkTime, execTime } = identity;
    return this.lookup.find(host, pid, forkTime, execTime);
  }

  /** Children of node `id` in the order they were found (see `ProcessTotals` for time order). */
  childrenOf(id: number): readonly number[] {
    return this.childLists[id] ?? NO_CHILDREN;
  }

  /** True when `id`'s parent is the image it replaced (a re-exec of the same task). */
  isExecImage(id: number): boolean {
    const parent = this.parent[id] as number;
    const { host, pid, forkTime } = this.nodes;
    return (
      parent !== NO_PROCESS &&
      pid[parent] === pid[id] &&
      forkTime.isKnown(id) &&
      forkTime.same(parent, id) &&
      host.codes[parent] === host.codes[id]
    );
  }

  get byteLength(): number {
    return (
      this.nodes.byteLength +
      this.reported.byteLength +
      this.parent.byteLength +
      this.eventNode.byteLength +
      this.nodes.count * 48
    );
  }

  /** Links `child` to `first`, then each entry to the next one of `rest` from `from` on. */
  private linkUpward(
    child: number,
    first: unknown,
    rest: readonly unknown[],
    from: number,
    host: string,
  ): void {
    let entry = first;
    for (let i = from; isRecord(entry); i++) {
      const parent = this.sight(entry, host);
      if (parent === NO_PROCESS) return;
      // Past a node whose parent is already known, the rest of the chain is known too.
      const isKnown = this.reported[parent] !== NO_PROCESS;
      this.report(child, parent);
      if (isKnown) return;
      child = parent;
      entry = rest[i];
    }
  }

  /** The node of a process entry, created on first sight; fills in what it did not know yet. */
  private sight(entry: Json, host: string): number {
    const pid = entryPid(entry);
    if (pid === undefined) return NO_PROCESS;
    const forkTime = timeText(entry['fork_time']);
    const execTime = timeText(entry['exec_time']);
    const known = this.lookup.find(host, pid, forkTime, execTime);
    if (known !== NO_PROCESS) {
      this.nodes.complete(known, entry);
      return known;
    }
    const id = this.nodes.add(entry, pid, host, forkTime, execTime);
    if (id >= this.parent.length) {
      this.parent = resized(this.parent, this.nodes.capacity);
      this.reported = resized(this.reported, this.nodes.capacity);
    }
    this.version++;
    this.lookup.file(host, pid, id);
    // Same pid and fork time as another node, another exec time: a re-exec of one task.
    const images = this.lookup.imagesOf(id);
    if (images !== undefined) this.linkImages(images);
    return id;
  }

  /** Records that `parent` is the parent `child`'s events report, if it is plausible. */
  private report(child: number, parent: number): void {
    if (this.reported[child] !== NO_PROCESS || child === parent) return;
    const { pid, ppid } = this.nodes;
    const childPpid = ppid[child] as number;
    const parentPid = pid[parent] as number;
    if (childPpid !== UNKNOWN_ID && childPpid !== parentPid && pid[child] !== parentPid) return;
    this.reported[child] = parent;
    const images = this.lookup.imagesOf(child);
    if (images !== undefined) this.linkImages(images);
    else this.setParent(child, parent);
  }

  /** Chains the exec images of one task in exec-time order under the task's reported parent. */
  private linkImages(images: number[]): void {
    const execTimes = this.nodes.execTime;
    images.sort(
      (a, b) => timeOrderValue(execTimes.get(a)) - timeOrderValue(execTimes.get(b)) || a - b,
    );
    const head = images[0] as number;
    let headParent = this.reported[head] as number;
    for (let k = 1; headParent === NO_PROCESS && k < images.length; k++) {
      const reported = this.reported[images[k] as number] as number;
      if (!images.includes(reported)) headParent = reported;
    }
    this.setParent(head, headParent);
    for (let k = 1; k < images.length; k++) {
      this.setParent(images[k] as number, images[k - 1] as number);
    }
  }

  private setParent(node: number, parent: number): void {
    const old = this.parent[node] as number;
    if (old === parent) return;
    if (parent !== NO_PROCESS && this.isInSubtree(parent, node)) return;
    if (old !== NO_PROCESS) {
      const siblings = this.childLists[old];
      const at = siblings?.indexOf(node) ?? -1;
      if (siblings !== undefined && at !== -1) siblings.splice(at, 1);
    }
    this.parent[node] = parent;
    if (parent !== NO_PROCESS) (this.childLists[parent] ??= []).push(node);
    this.version++;
  }

  /** Whether `node` is `root` or lies below it. */
  private isInSubtree(node: number, root: number): boolean {
    for (let at = node, steps = 0; at !== NO_PROCESS && steps < this.nodes.count; steps++) {
      if (at === root) return true;
      at = this.parent[at] as number;
    }
    return false;
  }
}

const NO_CHILDREN: readonly number[] = [];
