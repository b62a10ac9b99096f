// The lane model on small hand-made process stories: lifetimes from fork, exec and exit,
// an exec chain kept on one lane, open ends where the events do not say, PID reuse kept apart,
// family (by event or by process key) and view scopes, tree order, and events grouped by lane
// in time order.
import { describe, expect, it } from 'vitest';
import type { LaneSet } from '../protocol/lanes';
import { ProcessForest } from './process-forest';
import { MAX_LANES, buildLanes, type LaneSource } from './process-lanes';
import { ProcessTotals } from './process-totals';

type Json = Record<string, unknown>;

const BASE_MS = Date.UTC(2026, 10, 20, 8, 0, 0);
const time = (second: number): string => new Date(BASE_MS + second * 1000).toISOString();
const at = (second: number): number => BASE_MS + second * 1000;

interface Entry {
  readonly pid: number;
  readonly ppid?: number;
  readonly fork?: number;
  readonly exec?: number;
  readonly exit?: number;
  readonly comm: string;
}

function entry(e: Entry): Json {
  return {
    pid: e.pid,
    ...(e.ppid === undefined ? {} : { ppid: e.ppid }),
    comm: e.comm,
    executable: { path: `/usr/bin/${e.comm}` },
    ...(e.fork === undefined ? {} : { fork_time: time(e.fork) }),
    ...(e.exec === undefined ? {} : { exec_time: time(e.exec) }),
    ...(e.exit === undefined ? {} : { exit_time: time(e.exit) }),
  };
}

/** Events added one by one; the index is three columns over them. */
class Story implements LaneSource {
  readonly forest = new ProcessForest();
  readonly totals = new ProcessTotals(this.forest);
  private readonly times: number[] = [];
  private readonly names: string[] = [];

  get count(): number {
    return this.times.length;
  }

  get timeMs(): Float64Array {
    return Float64Array.from(this.times);
  }

  fieldText(name: string, key: number): string {
    if (name === '@evt.name') return this.names[key] ?? '';
    return name === '@evt.category' ? 'process activity' : '';
  }

  /** An event at `second` (NaN: without a time) by `process`, whose lineage is parent first. */
  add(second: number, name: string, process: Entry, lineage: readonly Entry[] = []): number {
    const key = this.times.length;
    const context: Json = entry(process);
    if (lineage.length > 0) {
      context['parent'] = entry(lineage[0] as Entry);
      context['ancestors'] = lineage.map(entry);
    }
    this.forest.addEvent(key, { evt: { name }, process: context }, 'web-1');
    this.times.push(Number.isNaN(second) ? Number.NaN : at(second));
    this.names.push(name);
    return key;
  }

  lanes(scope: Parameters<typeof buildLanes>[1], viewKeys: number[] = []): LaneSet {
    return buildLanes(
      {
        forest: this.forest,
        totals: this.totals,
        index: this,
        eventNode: this.forest.eventNode,
        datasetId: 1,
        eventId: (key) => `e${key}`,
        viewKeys: () => Uint32Array.from(viewKeys),
      },
      scope,
    );
  }
}

const INIT: Entry = { pid: 1, fork: 0, exec: 0, comm: 'systemd' };
const NGINX: Entry = { pid: 100, ppid: 1, fork: 5, exec: 5, comm: 'nginx' };
const SH: Entry = { pid: 200, ppid: 100, fork: 10, exec: 11, comm: 'sh' };
const CURL: Entry = { pid: 300, ppid: 200, fork: 20, exec: 21, comm: 'curl' };
const MINER: Entry = { pid: 400, ppid: 200, fork: 30, exec: 31, comm: 'xmrig' };

/** The web shell story: nginx starts sh, which downloads with curl and starts a miner. */
function intrusion(): { story: Story; shell: number } {
  const story = new Story();
  const shell = story.add(11, 'exec', SH, [NGINX, INIT]);
  story.add(21, 'exec', CURL, [SH, NGINX, INIT]);
  story.add(22, 'open', CURL, [SH, NGINX, INIT]);
  story.add(23, 'exit', { ...CURL, exit: 23 }, [SH, NGINX, INIT]);
  story.add(31, 'exec', MINER, [SH, NGINX, INIT]);
  story.add(32, 'dns', MINER, [SH, NGINX, INIT]);
  // A sibling of the shell: not in the shell's family.
  story.add(12, 'exec', { pid: 201, ppid: 100, fork: 12, exec: 12, comm: 'logrotate' }, [
    NGINX,
    INIT,
  ]);
  return { story, shell };
}

const comms = (set: LaneSet) => set.lanes.map((l) => l.images.map((i) => i.comm).join('>'));

describe('process lanes', () => {
  it('lists the lineage and everything the process started, in tree order', () => {
    const { story, shell } = intrusion();
    const set = story.lanes({ kind: 'family', eventKey: shell });
    expect(comms(set)).toEqual(['systemd', 'nginx', 'sh', 'curl', 'xmrig']);
    expect(set.lanes.map((l) => l.depth)).toEqual([0, 1, 2, 3, 3]);
    expect(set.lanes.map((l) => l.parent)).toEqual([-1, 0, 1, 2, 2]);
    expect(set.lanes.map((l) => l.descendants)).toEqual([4, 3, 2, 0, 0]);
    expect(set.lanes.map((l) => l.isLineage)).toEqual([true, true, true, false, false]);
    expect(set.focusLane).toBe(2);
    expect(set.focusEventKey).toBe(shell);
  });

  it('takes lifetimes from fork and exit, and leaves the end open without an exit', () => {
    const { story, shell } = intrusion();
    const set = story.lanes({ kind: 'family', eventKey: shell });
    const curl = set.lanes[3];
    expect(curl).toMatchObject({ startMs: at(20), endMs: at(23), isStartOpen: false });
    expect(curl?.isEndOpen).toBe(false);
    const miner = set.lanes[4];
    expect(miner).toMatchObject({ startMs: at(30), endMs: at(32), isEndOpen: true });
    expect(set.extent).toEqual({ fromMs: at(0), toMs: at(32) });
  });

  it('groups the events by lane in time order, with their ids, types and categories', () => {
    const story = new Story();
    story.add(21, 'exec', CURL);
    story.add(25, 'exit', { ...CURL, exit: 25 });
    // Read later from another file, earlier in time.
    const early = story.add(22, 'open', CURL);
    const set = story.lanes({ kind: 'family', eventKey: early });
    const lane = set.lanes[0];
    expect(lane).toMatchObject({ eventFrom: 0, eventTo: 3 });
    expect([...set.events.timeMs]).toEqual([at(21), at(22), at(25)]);
    expect([...set.events.keys]).toEqual([0, 2, 1]);
    expect(set.events.ids).toEqual(['e0', 'e2', 'e1']);
    expect([...set.events.type].map((t) => set.types[t])).toEqual(['exec', 'open', 'exit']);
    expect(set.categories).toEqual(['process activity']);
  });

  it('keeps an exec chain on one pid as one lane with an image per exec', () => {
    const story = new Story();
    const bash: Entry = { pid: 500, ppid: 1, fork: 40, exec: 41, comm: 'bash' };
    const python: Entry = { ...bash, exec: 45, comm: 'python3' };
    story.add(41, 'exec', bash, [INIT]);
    const key = story.add(45, 'exec', python, [INIT]);
    story.add(47, 'exit', { ...python, exit: 47 }, [INIT]);
    const set = story.lanes({ kind: 'family', eventKey: key });
    expect(comms(set)).toEqual(['systemd', 'bash>python3']);
    const lane = set.lanes[1];
    expect(lane?.images.map((i) => i.execMs)).toEqual([at(41), at(45)]);
    expect(lane).toMatchObject({ startMs: at(40), endMs: at(47), isEndOpen: false });
    expect(lane?.eventTo).toBe((lane?.eventFrom ?? 0) + 3);
    expect(set.focusLane).toBe(1);
  });

  it('keeps a reused pid apart: two lanes for two fork times', () => {
    const story = new Story();
    const first: Entry = { pid: 700, ppid: 1, fork: 50, exec: 50, comm: 'cat' };
    const second: Entry = { pid: 700, ppid: 1, fork: 60, exec: 60, comm: 'cat' };
    story.add(50, 'exec', first, [INIT]);
    story.add(51, 'exit', { ...first, exit: 51 }, [INIT]);
    const key = story.add(60, 'exec', second, [INIT]);
    const set = story.lanes({ kind: 'view' }, [0, 1, key]);
    expect(comms(set)).toEqual(['systemd', 'cat', 'cat']);
    expect(set.lanes.map((l) => l.pid)).toEqual([1, 700, 700]);
    expect(set.lanes[1]).toMatchObject({ startMs: at(50), endMs: at(51), isEndOpen: false });
    expect(set.lanes[2]).toMatchObject({ startMs: at(60), endMs: at(60), isEndOpen: true });
    expect(set.focusLane).toBe(-1);
  });

  it('starts a lane at its first event when no fork or exec time is known', () => {
    const story = new Story();
    const bare: Entry = { pid: 900, comm: 'agent' };
    story.add(70, 'open', bare);
    const key = story.add(72, 'open', bare);
    story.add(Number.NaN, 'open', bare);
    const set = story.lanes({ kind: 'family', eventKey: key });
    expect(set.lanes[0]).toMatchObject({
      startMs: at(70),
      endMs: at(72),
      isStartOpen: true,
      isEndOpen: true,
    });
    expect(set.untimed).toBe(1);
    expect(set.events.keys.length).toBe(2);
  });

  it('shows only the view events, with the ancestors that place them', () => {
    const { story } = intrusion();
    const set = story.lanes({ kind: 'view' }, [2, 5]);
    expect(comms(set)).toEqual(['systemd', 'nginx', 'sh', 'curl', 'xmrig']);
    expect([...set.events.keys]).toEqual([2, 5]);
    expect(set.lanes.map((l) => l.eventTo - l.eventFrom)).toEqual([0, 0, 0, 1, 1]);
  });

  it("lists a process's family from its identity key, as its event's family", () => {
    const { story, shell } = intrusion();
    const byEvent = story.lanes({ kind: 'family', eventKey: shell });
    const shellKey = byEvent.lanes[byEvent.focusLane]?.key ?? '';
    const byKey = story.lanes({ kind: 'process', processKey: shellKey });
    expect(comms(byKey)).toEqual(comms(byEvent));
    expect(byKey.focusLane).toBe(byEvent.focusLane);
    expect(byKey.focusEventKey).toBe(-1);
    expect(story.lanes({ kind: 'process', processKey: 'web-1/999/x/y' }).lanes).toEqual([]);
  });

  it('has no lanes for an event without a process', () => {
    const story = new Story();
    story.forest.addEvent(0, { evt: { name: 'dns' } }, 'web-1');
    const set = story.lanes({ kind: 'family', eventKey: 0 });
    expect(set.lanes).toEqual([]);
    expect(set.extent).toBeUndefined();
  });

  it('cuts past MAX_LANES and counts what it left out', () => {
    const story = new Story();
    const parent: Entry = { pid: 2, ppid: 1, fork: 1, exec: 1, comm: 'spawner' };
    const focus = story.add(1, 'exec', parent, [INIT]);
    for (let i = 0; i < MAX_LANES + 5; i++) {
      story.add(2, 'exec', { pid: 10_000 + i, ppid: 2, fork: 2, exec: 2, comm: 'w' }, [
        parent,
        INIT,
      ]);
    }
    const set = story.lanes({ kind: 'family', eventKey: focus });
    expect(set.lanes.length).toBe(MAX_LANES);
    expect(set.lanesCut).toBe(7);
  });
});
