// The process forest on small hand-made lineages: links from parent and ancestors, re-exec,
// PID reuse, events without ancestors, hosts that share pids, implausible links, and the
// totals, children pages and bounded slices answered from it.
import { describe, expect, it } from 'vitest';
import type { ProcessNode } from '../protocol/messages';
import { processIdentityKey } from '../query/process-identity';
import { NO_PROCESS, ProcessForest } from './process-forest';
import { ProcessTotals } from './process-totals';
import {
  LINEAGE_CHILDREN,
  SUBTREE_NODES,
  childrenPage,
  processTreeSlice,
} from './process-tree-slice';

type Json = Record<string, unknown>;

const time = (second: number, nanos = 0): string =>
  `2026-11-20T08:${String(Math.floor(second / 60)).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}.${String(nanos).padStart(9, '0')}Z`;

/** A process entry forked at `fork` seconds and exec'd at `exec` seconds. */
function entry(
  pid: number,
  ppid: number | undefined,
  fork: number,
  exec: number,
  comm: string,
): Json {
  return {
    pid,
    ...(ppid === undefined ? {} : { ppid }),
    uid: 0,
    gid: 0,
    comm,
    fork_time: time(fork),
    exec_time: time(exec),
    executable: { path: `/usr/bin/${comm}`, name: comm },
  };
}

/** An event body whose process is `process`, with `lineage` (parent first) as parent/ancestors. */
function body(process: Json, lineage: readonly Json[] = [], extra: Json = {}): Json {
  const context: Json = { ...process, ...extra };
  if (lineage.length > 0) {
    context['parent'] = lineage[0];
    context['ancestors'] = lineage;
  }
  return { evt: { name: 'open' }, process: context };
}

const INIT = entry(1, undefined, 0, 0, 'systemd');
const SSHD = entry(800, 1, 10, 10, 'sshd');
const BASH = entry(900, 800, 20, 21, 'bash');
const KEY = (host: string, e: Json) => processIdentityKey(host, e) as string;

class Loaded {
  readonly forest = new ProcessForest();
  readonly totals = new ProcessTotals(this.forest);
  private key = 0;

  add(event: Json, host = 'web-1'): number {
    const key = this.key++;
    this.forest.addEvent(key, event, host);
    return key;
  }

  node(host: string, e: Json): number {
    const key = KEY(host, e);
    for (let id = 1; id < this.forest.nodeCount; id++) if (this.forest.keyOf(id) === key) return id;
    return NO_PROCESS;
  }

  /** Keys from the root down to the process of event `key`. */
  lineage(key: number): string[] {
    return processTreeSlice(this.forest, this.totals, key, 1).lineage.map((id) =>
      this.forest.keyOf(id),
    );
  }

  dto(id: number) {
    this.totals.update();
    const parent = this.forest.parent[id] as number;
    const page = childrenPage(this.forest, this.totals, parent, 0, 1000);
    return page.find((n) => n.id === id);
  }
}

describe('the process forest', () => {
  it('links a process to its parent and the ancestors above it', () => {
    const data = new Loaded();
    const cat = entry(1000, 900, 30, 30, 'cat');
    const key = data.add(body(cat, [BASH, SSHD, INIT]));
    expect(data.lineage(key)).toEqual([INIT, SSHD, BASH, cat].map((e) => KEY('web-1', e)));
    expect(data.forest.nodeCount - 1).toBe(4);
    expect(KEY('web-1', cat)).toBe(`web-1/1000/${time(30)}/${time(30)}`);
    // More events of known processes add no nodes and only count.
    data.add(body(cat, [BASH, SSHD, INIT]));
    data.add(body(BASH, [SSHD, INIT]));
    expect(data.forest.nodeCount - 1).toBe(4);
    expect(data.forest.nodes.ownEvents[data.node('web-1', cat)]).toBe(2);
    expect(data.forest.eventNode[2]).toBe(data.node('web-1', BASH));
  });

  it('keeps the full details of a process from its own events', () => {
    const data = new Loaded();
    const compactBash = { ...BASH, args: undefined };
    data.add(body(entry(1000, 900, 30, 30, 'cat'), [compactBash, SSHD, INIT]));
    data.add(
      body({ ...BASH, user: 'alice', args: ['-l', 'x'.repeat(300)], exit_time: time(99) }, [
        SSHD,
        INIT,
      ]),
    );
    const dto = data.dto(data.node('web-1', BASH));
    expect(dto).toMatchObject({
      comm: 'bash',
      executable: '/usr/bin/bash',
      user: 'alice',
      pid: 900,
      ppid: 800,
      exitTime: time(99),
      argsTruncated: true,
      ownEvents: 1,
    });
    expect(dto?.args[1]).toHaveLength(256);
  });

  it('hangs a re-exec under the image it replaced, whatever order the events come in', () => {
    const shell = entry(1000, 900, 30, 31, 'sh');
    const python = { ...shell, comm: 'python3', exec_time: time(32) };
    const perl = { ...shell, comm: 'perl', exec_time: time(33) };
    for (const order of [
      [shell, python, perl],
      [perl, python, shell],
      [python, perl, shell],
    ]) {
      const data = new Loaded();
      for (const image of order) data.add(body(image, [BASH, SSHD, INIT]));
      const [s, py, pl] = [shell, python, perl].map((e) => data.node('web-1', e));
      expect(data.forest.parent[s as number]).toBe(data.node('web-1', BASH));
      expect(data.forest.parent[py as number]).toBe(s);
      expect(data.forest.parent[pl as number]).toBe(py);
      expect(data.forest.isExecImage(pl as number)).toBe(true);
      expect(data.forest.isExecImage(s as number)).toBe(false);
      expect(data.forest.childrenOf(data.node('web-1', BASH))).toEqual([s]);
    }
  });

  it('takes a pre-exec image that the agent lists among the ancestors as the parent', () => {
    const data = new Loaded();
    const forked = entry(1000, 900, 30, 21, 'bash');
    const execd = { ...forked, comm: 'curl', exec_time: time(31) };
    const key = data.add(body(execd, [forked, BASH, SSHD, INIT]));
    expect(data.lineage(key)).toEqual(
      [INIT, SSHD, BASH, forked, execd].map((e) => KEY('web-1', e)),
    );
  });

  it('never merges two processes that reused a pid', () => {
    const data = new Loaded();
    // Forked workers that never exec'd carry their parent's exec time: the fork time differs.
    const first = { ...BASH, pid: 1500, ppid: 900, fork_time: time(40) };
    const second = { ...BASH, pid: 1500, ppid: 900, fork_time: time(50) };
    data.add(body(first, [BASH, SSHD, INIT]));
    data.add(body(second, [BASH, SSHD, INIT]));
    const a = data.node('web-1', first);
    const b = data.node('web-1', second);
    expect(a).not.toBe(b);
    expect(data.forest.childrenOf(data.node('web-1', BASH))).toEqual([a, b]);
    expect(data.forest.isExecImage(b)).toBe(false);
  });

  it('keeps a process without ancestors, with its ppid as an unresolved link until one is seen', () => {
    const data = new Loaded();
    const cat = entry(1000, 900, 30, 30, 'cat');
    const key = data.add(body(cat));
    const id = data.node('web-1', cat);
    expect(data.forest.eventNode[key]).toBe(id);
    expect(data.forest.parent[id]).toBe(NO_PROCESS);
    expect(data.dto(id)).toBeUndefined(); // a root: not among anyone's children
    const slice = processTreeSlice(data.forest, data.totals, key, 1);
    expect(slice.nodes[0]).toMatchObject({ parentId: undefined, ppid: 900, pid: 1000 });
    // A later event reports the parent: the earlier one joins the tree.
    data.add(body(cat, [BASH, SSHD, INIT]));
    expect(data.lineage(key)).toHaveLength(4);
  });

  it('gives an event without a process, or with a process without pid, no node', () => {
    const data = new Loaded();
    const none = data.add({ evt: { name: 'dns' } });
    const noPid = data.add({ evt: { name: 'dns' }, process: { comm: 'x' } });
    expect(data.forest.eventNode[none]).toBe(NO_PROCESS);
    expect(data.forest.eventNode[noPid]).toBe(NO_PROCESS);
    expect(processTreeSlice(data.forest, data.totals, none, 1)).toMatchObject({
      focusId: undefined,
      lineage: [],
      nodes: [],
    });
  });

  it('keeps hosts apart even when they share pids and times', () => {
    const data = new Loaded();
    const cat = entry(1000, 900, 30, 30, 'cat');
    const onWeb1 = data.add(body(cat, [BASH, SSHD, INIT]), 'web-1');
    const onWeb2 = data.add(body(cat, [BASH, SSHD, INIT]), 'web-2');
    expect(data.forest.nodeCount - 1).toBe(8);
    expect(data.lineage(onWeb1).every((k) => k.startsWith('web-1/'))).toBe(true);
    expect(data.lineage(onWeb2).every((k) => k.startsWith('web-2/'))).toBe(true);
  });

  it('refuses a parent whose pid is not the ppid, and links that would close a cycle', () => {
    const data = new Loaded();
    const cat = entry(1000, 900, 30, 30, 'cat');
    data.add(body(cat, [SSHD, INIT])); // sshd is pid 800, cat's ppid is 900
    expect(data.forest.parent[data.node('web-1', cat)]).toBe(NO_PROCESS);
    const a = entry(2000, 2001, 1, 1, 'a');
    const b = entry(2001, 2000, 1, 1, 'b');
    data.add(body(a, [b]));
    data.add(body(b, [a]));
    const ids = [data.node('web-1', a), data.node('web-1', b)];
    expect(ids.map((id) => data.forest.parent[id])).toEqual([ids[1], NO_PROCESS]);
  });

  it('counts the nodes and events below each node', () => {
    const data = new Loaded();
    const cat = entry(1000, 900, 30, 30, 'cat');
    const ls = entry(1001, 900, 29, 29, 'ls');
    data.add(body(cat, [BASH, SSHD, INIT]));
    data.add(body(cat, [BASH, SSHD, INIT]));
    data.add(body(ls, [BASH, SSHD, INIT]));
    data.add(body(BASH, [SSHD, INIT]));
    const key = data.add(body(INIT));
    const slice = processTreeSlice(data.forest, data.totals, key, 1);
    const init = slice.nodes[0];
    expect(init).toMatchObject({ ownEvents: 1, subtreeEvents: 5, descendantCount: 4 });
    const bash = data.node('web-1', BASH);
    expect(data.totals.descendants[bash]).toBe(2);
    expect(data.totals.subtreeEvents[bash]).toBe(4);
    // Children in start-time order: ls was forked before cat.
    expect(childrenPage(data.forest, data.totals, bash, 0, 10).map((n) => n.comm)).toEqual([
      'ls',
      'cat',
    ]);
    expect(childrenPage(data.forest, data.totals, bash, 1, 10).map((n) => n.comm)).toEqual(['cat']);
  });
});

describe('the bounded tree slice', () => {
  /** bash with `n` children, each child with one grandchild. */
  function wide(n: number): { data: Loaded; focusKey: number; childKey: number } {
    const data = new Loaded();
    const focusKey = data.add(body(BASH, [SSHD, INIT]));
    let childKey = -1;
    for (let i = 0; i < n; i++) {
      const child = entry(2000 + i, 900, 100 + i, 100 + i, `c${i}`);
      childKey = data.add(body(child, [BASH, SSHD, INIT]));
      data.add(body(entry(10_000 + i, 2000 + i, 200 + i, 200 + i, 'g'), [child, BASH, SSHD, INIT]));
    }
    return { data, focusKey, childKey };
  }

  it('shows the subtree up to its bound and counts what it cuts', () => {
    const { data, focusKey } = wide(300);
    const slice = processTreeSlice(data.forest, data.totals, focusKey, 1);
    const focus = slice.focusId as number;
    expect(slice.childrenShown[focus]).toHaveLength(SUBTREE_NODES);
    expect(slice.subtreeNodesCut).toBe(600 - SUBTREE_NODES);
    expect(slice.nodes.find((n) => n.id === focus)).toMatchObject({
      childCount: 300,
      descendantCount: 600,
      subtreeEvents: 601,
    });
  });

  it('shows the first children of each lineage node and always the one on the path', () => {
    const { data, childKey } = wide(300);
    const slice = processTreeSlice(data.forest, data.totals, childKey, 1);
    const bash = slice.lineage[2] as number;
    const shown = slice.childrenShown[bash] ?? [];
    expect(shown).toHaveLength(LINEAGE_CHILDREN + 1);
    expect(shown.at(-1)).toBe(slice.lineage[3]);
    expect(new Set(slice.nodes.map((n) => n.id)).size).toBe(slice.nodes.length);
  });

  it('pages the children of a node with thousands of descendants quickly', () => {
    const { data } = wide(3000);
    const bash = data.node('web-1', BASH);
    // Fresh totals each time, so the first answer's work (totals, ordering) is counted; the
    // best of three keeps a busy test machine from deciding.
    let elapsed = Number.POSITIVE_INFINITY;
    let page: ProcessNode[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      page = childrenPage(data.forest, new ProcessTotals(data.forest), bash, 0, 1000);
      elapsed = Math.min(elapsed, performance.now() - started);
    }
    expect(page).toHaveLength(1000);
    expect(page[0]).toMatchObject({
      comm: 'c0',
      childCount: 1,
      descendantCount: 1,
      subtreeEvents: 2,
    });
    expect(elapsed).toBeLessThan(100);
  });
});
