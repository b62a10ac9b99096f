/**
 * Plans for the process pivots, which are plain query terms over the process forest:
 *
 * - `@process.key:"<key>"`: events whose own process has that identity key;
 * - `@process.subtree:"<key>"`: events of that process and of every process below it.
 *
 * Each value predicate is decided once per process node (a table that grows with the forest,
 * like a `CodeTable` over a column's dictionary), so a term costs one read of the event's node
 * and one table read per row. For subtrees, the nodes below the matching ones are marked in one
 * walk down the children lists, redone only when the forest changed.
 */
import { NO_PROCESS, type ProcessForest } from '../index/process-forest';
import type { Plan } from './compile-plan';

/** `table[id]` is 1 when node `id`'s key passes the predicate; decides new nodes on demand. */
class NodeTable {
  private table = new Uint8Array(16);
  private decided = 1;

  constructor(
    private readonly forest: ProcessForest,
    private readonly test: (key: string) => boolean,
  ) {}

  current(): Uint8Array {
    const count = this.forest.nodeCount;
    if (count > this.table.length) {
      const next = new Uint8Array(Math.max(count, this.table.length * 2));
      next.set(this.table);
      this.table = next;
    }
    // Slot 0 (no process) stays 0: an event without a process has no key.
    for (let id = this.decided; id < count; id++) {
      this.table[id] = this.test(this.forest.keyOf(id)) ? 1 : 0;
    }
    this.decided = Math.max(this.decided, count);
    return this.table;
  }
}

function nodeLookupPlan(forest: ProcessForest, table: () => Uint8Array): Plan {
  return (from, to, out) => {
    const accepted = table();
    const eventNode = forest.eventNode;
    for (let i = from; i < to; i++) out[i - from] = accepted[eventNode[i] as number] as number;
  };
}

export function processKeyPlan(forest: ProcessForest, test: (key: string) => boolean): Plan {
  const table = new NodeTable(forest, test);
  return nodeLookupPlan(forest, () => table.current());
}

/** Marks the nodes of `roots` and every node below them. */
function markSubtrees(forest: ProcessForest, roots: Uint8Array): Uint8Array {
  const count = forest.nodeCount;
  const marked = new Uint8Array(count);
  const stack: number[] = [];
  for (let id = 1; id < count; id++) {
    if (roots[id] !== 1 || marked[id] === 1) continue;
    stack.push(id);
    while (stack.length > 0) {
      const at = stack.pop() as number;
      if (marked[at] === 1) continue;
      marked[at] = 1;
      for (const child of forest.childrenOf(at)) stack.push(child);
    }
  }
  marked[NO_PROCESS] = 0;
  return marked;
}

export function processSubtreePlan(forest: ProcessForest, test: (key: string) => boolean): Plan {
  const roots = new NodeTable(forest, test);
  let marked: Uint8Array = new Uint8Array(1);
  let markedVersion = -1;
  return nodeLookupPlan(forest, () => {
    if (markedVersion !== forest.version) {
      marked = markSubtrees(forest, roots.current());
      markedVersion = forest.version;
    }
    return marked;
  });
}
