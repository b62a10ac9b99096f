/**
 * The pool of parsing workers: shards go to the first idle worker, in the order they were
 * asked for. A worker that fails (an uncaught error, a script that cannot load) is replaced
 * and the shard it held fails with the reason; the caller decides whether to try again.
 * Where workers cannot be started (unit tests) the shards are read in this thread, one at
 * a time, with the same code.
 */
import { parseShard } from './parse-shard';
import type { ShardAnswer, ShardRequest } from './parse.worker';
import type { ShardFailure, ShardResult, ShardTask } from './shard';

/** A shard that failed, with why. */
export class ShardError extends Error {
  constructor(readonly failure: ShardFailure) {
    super(failure.message);
  }
}

export interface ParsePool {
  readonly size: number;
  run(task: ShardTask): Promise<ShardResult>;
  /** Starts the workers now, so that the first file's first rows do not wait for them. */
  warm(): void;
  close(): void;
}

/** Most parsing workers a pool starts, whatever the machine says. */
const MAX_POOL_SIZE = 16;

/** The pool size for this machine: one parsing worker per core (the coordinator mostly waits). */
export function defaultPoolSize(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(MAX_POOL_SIZE, cores));
}

export function createParsePool(size: number): ParsePool {
  return typeof Worker === 'undefined' ? new InlinePool(size) : new WorkerPool(size);
}

interface Job {
  readonly id: number;
  readonly task: ShardTask;
  readonly resolve: (result: ShardResult) => void;
  readonly reject: (error: Error) => void;
}

class WorkerPool implements ParsePool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private started = 0;
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number) {}

  run(task: ShardTask): Promise<ShardResult> {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(new Error('the parsing pool is closed'));
        return;
      }
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  warm(): void {
    while (!this.closed && this.started < this.size) this.idle.push(this.start());
  }

  close(): void {
    this.closed = true;
    for (const worker of [...this.idle, ...this.busy.keys()]) worker.terminate();
    for (const job of [...this.queue, ...this.busy.values()]) {
      job.reject(new Error('the parsing pool is closed'));
    }
    this.idle.length = 0;
    this.busy.clear();
    this.queue.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.start() : undefined);
      if (worker === undefined) return;
      const job = this.queue.shift() as Job;
      this.busy.set(worker, job);
      const request: ShardRequest = { id: job.id, task: job.task };
      worker.postMessage(request, transferablesOf(job.task));
    }
  }

  private start(): Worker {
    this.started++;
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), {
      type: 'module',
      name: 'parse',
    });
    worker.onmessage = (event: MessageEvent<ShardAnswer>) => {
      const job = this.busy.get(worker);
      if (job === undefined || job.id !== event.data.id) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      if ('result' in event.data) job.resolve(event.data.result);
      else job.reject(new ShardError(event.data.failure));
      this.dispatch();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.replace(worker, event.message || 'a parsing worker stopped');
    };
    worker.onmessageerror = () =>
      this.replace(worker, 'a parsing worker sent an unreadable answer');
    return worker;
  }

  /** Ends a failed worker; its shard fails, and a new worker takes the next one. */
  private replace(worker: Worker, message: string): void {
    worker.terminate();
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at !== -1) this.idle.splice(at, 1);
    this.started--;
    job?.reject(new ShardError({ message, outOfMemory: /out of memory/i.test(message) }));
    if (!this.closed) this.dispatch();
  }
}

/** Buffers and streams handed over with a task (their memory moves to the worker). */
function transferablesOf(task: ShardTask): Transferable[] {
  const input = task.input;
  if (input.kind === 'chunks')
    return [...new Set(input.chunks.map((c) => c.buffer as ArrayBuffer))];
  if (input.kind === 'stream') return [input.stream as unknown as Transferable];
  return [];
}

/** Shards read in this thread, in order (`size` is only reported). */
class InlinePool implements ParsePool {
  private last: Promise<unknown> = Promise.resolve();

  constructor(readonly size: number) {}

  run(task: ShardTask): Promise<ShardResult> {
    const job = this.last.then(() => parseShard(task));
    this.last = job.catch(() => undefined);
    return job;
  }

  warm(): void {}

  close(): void {}
}
