/**
 * Main-thread side of the engine worker: the only code that touches `Worker`.
 *
 * Owns the worker's lifetime, the request id → resolver map and the progress stream.
 * `call` is typed by `EngineApi`; answers arrive as `ok` / `error` envelopes, progress as
 * unsolicited `progress` messages. A crashed worker rejects every pending call and is
 * reported through `onCrash`; what it had loaded is gone with it, so the caller decides
 * whether to reload.
 */
import type {
  EngineApi,
  EngineMethod,
  FromEngine,
  IngestProgress,
  ToEngine,
} from '../protocol/messages';
import { assertUnreachable } from '../protocol/messages';

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

export type EngineResult<M extends EngineMethod> = ReturnType<EngineApi[M]>;

/** The part of `Worker` the client uses; tests pass an in-process stand-in. */
export type EngineWorker = Pick<
  Worker,
  'postMessage' | 'terminate' | 'onmessage' | 'onerror' | 'onmessageerror'
>;

function spawnWorker(): EngineWorker {
  return new Worker(new URL('../worker/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'engine',
  });
}

export class EngineClient {
  private worker: EngineWorker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly progressListeners = new Set<(p: IngestProgress) => void>();
  private readonly crashListeners = new Set<(message: string) => void>();

  constructor(private readonly spawnEngine: () => EngineWorker = spawnWorker) {
    this.worker = this.spawn();
  }

  call<M extends EngineMethod>(
    method: M,
    ...args: Parameters<EngineApi[M]>
  ): Promise<EngineResult<M>> {
    const id = this.nextId++;
    const message: ToEngine = { kind: 'request', id, method, args };
    return new Promise<EngineResult<M>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage(message);
    });
  }

  onProgress(listener: (p: IngestProgress) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  onCrash(listener: (message: string) => void): () => void {
    this.crashListeners.add(listener);
    return () => this.crashListeners.delete(listener);
  }

  /** Stops the worker at once (runaway ingest) and starts a fresh, empty one. */
  restart(reason: string): void {
    this.worker.terminate();
    this.failPending(reason);
    this.worker = this.spawn();
  }

  private spawn(): EngineWorker {
    const worker = this.spawnEngine();
    worker.onmessage = (event: MessageEvent<FromEngine>) => this.receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.crash(event.message || 'the engine worker stopped unexpectedly');
    };
    worker.onmessageerror = () => this.crash('a message from the engine could not be read');
    return worker;
  }

  private receive(message: FromEngine): void {
    switch (message.kind) {
      case 'progress':
        for (const listener of this.progressListeners) listener(message.progress);
        return;
      case 'ok': {
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        pending?.resolve(message.result);
        return;
      }
      case 'error': {
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        pending?.reject(new Error(message.error));
        return;
      }
      default:
        assertUnreachable(message);
    }
  }

  private crash(message: string): void {
    this.failPending(message);
    for (const listener of this.crashListeners) listener(message);
  }

  private failPending(reason: string): void {
    for (const pending of this.pending.values()) pending.reject(new Error(reason));
    this.pending.clear();
  }
}
