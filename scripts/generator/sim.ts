/**
 * The simulation clock and job scheduler. A job is a generator that performs actions (emitting
 * events) and yields how many nanoseconds to wait before its next action; the scheduler always
 * resumes the job due first, so emitted events come out in non-decreasing time order.
 */
import type { Rng } from './prng';
import type { TimeFormatter } from './time-format';
import type { CwsEvent } from './types';

export type Job = Generator<number, void, undefined>;

/** An event as emitted by a host, before the log id and APM ids are attached. */
export interface Emitted {
  body: CwsEvent;
  host: string;
  service: string;
  tags: string[];
  timeNs: number;
  traced: boolean;
  story: string | undefined;
}

interface Entry {
  t: number;
  seq: number;
  job: Job;
}

function before(a: Entry, b: Entry): boolean {
  return a.t < b.t || (a.t === b.t && a.seq < b.seq);
}

export class Sim {
  /** Time of the step being run (relative ns). */
  now = 0;
  /** Time of the last emitted event. */
  lastNs = Number.NEGATIVE_INFINITY;
  readonly out: Emitted[] = [];
  /** Storyline label attached to the next emitted event. */
  nextStory: string | undefined;
  private readonly heap: Entry[] = [];
  private seq = 0;

  constructor(
    readonly rng: Rng,
    readonly fmt: TimeFormatter,
  ) {}

  /** Starts `job` after `delayNs`. */
  schedule(job: Job, delayNs = 0): void {
    this.push({ t: this.now + Math.max(0, delayNs), seq: this.seq++, job });
  }

  /** Time of the next emitted event: the step time, or just after the previous event. */
  tick(): number {
    const t = this.now > this.lastNs ? this.now : this.lastNs + 1000 + this.rng.int(20_000);
    this.lastNs = t;
    return t;
  }

  /** Runs the job due first until its next wait. False when no job is left. */
  step(): boolean {
    const entry = this.pop();
    if (entry === undefined) return false;
    this.now = entry.t;
    const result = entry.job.next();
    if (result.done !== true) {
      entry.t = this.now + Math.max(0, result.value);
      entry.seq = this.seq++;
      this.push(entry);
    }
    return true;
  }

  private push(entry: Entry): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as Entry;
      if (!before(entry, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = entry;
  }

  private pop(): Entry | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let child = l;
      if (r < n && before(heap[r] as Entry, heap[l] as Entry)) child = r;
      if (!before(heap[child] as Entry, last)) break;
      heap[i] = heap[child] as Entry;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}
