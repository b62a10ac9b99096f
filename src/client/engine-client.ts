/**
 * Main-thread side of the engine worker: the only code that touches `Worker`.
 *
 * Owns the worker's lifetime, the request id → resolver map and the progress stream.
 * `call` is typed by `EngineApi`; answers arrive as `ok` / `error` envelopes, progress as
 * unsolicited `progress` messages. A worker that fails (an `error` event, an unreadable
 * message, or silence past the liveness timeout while an answer is awaited) is terminated and
 * replaced by a fresh, empty one; every pending call is rejected and `onCrash` listeners are
 * told why. What it had loaded is gone with it, so the caller decides what to reopen.
 */
import type {
  EngineApi,
  EngineMethod,
  ExportProgress,
  FromEngine,
  IngestProgress,
  PolicyProgress,
  ToEngine,
} from '../protocol/messages';
import { assertUnreachable } from '../protocol/messages';
import type { Engine, EngineResult } from './engine';
import { LIVENESS_TIMEOUT_MS, Liveness } from './liveness';

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

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

export class EngineClient implements Engine {
  private worker: EngineWorker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly progressListeners = new Set<(p: IngestProgress) => void>();
  private readonly exportListeners = new Set<(p: ExportProgress) => void>();
  private readonly policyListeners = new Set<(p: PolicyProgress) => void>();
  private readonly baselineListeners = new Set<(p: IngestProgress) => void>();
  private readonly crashListeners = new Set<(message: string) => void>();

  private readonly liveness: Liveness;

  constructor(
    private readonly spawnEngine: () => EngineWorker = spawnWorker,
    livenessTimeoutMs = LIVENESS_TIMEOUT_MS,
  ) {
    this.liveness = new Liveness({
      timeoutMs: livenessTimeoutMs,
      isWaiting: () => this.pending.size > 0,
      // Not awaited: any message from the worker counts; a stopped one fails every call.
      ping: () => void this.call('engine.ping').catch(() => undefined),
      onSilent: (ms) =>
        this.crash(
          this.worker,
          `the engine stopped answering (silent for ${Math.round(ms / 1000)} s)`,
        ),
    });
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
      this.liveness.watch();
    });
  }

  onProgress(listener: (p: IngestProgress) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  /** Progress of the running `export.run`. */
  onExportProgress(listener: (p: ExportProgress) => void): () => void {
    this.exportListeners.add(listener);
    return () => this.exportListeners.delete(listener);
  }

  /** Progress of the running `policy.run`. */
  onPolicyProgress(listener: (p: PolicyProgress) => void): () => void {
    this.policyListeners.add(listener);
    return () => this.policyListeners.delete(listener);
  }

  /** Progress of the baseline being opened (`compare.open`). */
  onBaselineProgress(listener: (p: IngestProgress) => void): () => void {
    this.baselineListeners.add(listener);
    return () => this.baselineListeners.delete(listener);
  }

  onCrash(listener: (message: string) => void): () => void {
    this.crashListeners.add(listener);
    return () => this.crashListeners.delete(listener);
  }

  /** Stops the worker at once (runaway ingest) and starts a fresh, empty one. */
  restart(reason: string): void {
    this.worker.terminate();
    this.liveness.stop();
    this.failPending(reason);
    this.worker = this.spawn();
  }

  private spawn(): EngineWorker {
    const worker = this.spawnEngine();
    worker.onmessage = (event: MessageEvent<FromEngine>) => {
      this.liveness.heard();
      this.receive(event.data);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.crash(worker, event.message || 'the engine worker stopped unexpectedly');
    };
    worker.onmessageerror = () => this.crash(worker, 'a message from the engine could not be read');
    return worker;
  }

  private receive(message: FromEngine): void {
    switch (message.kind) {
      case 'progress':
        for (const listener of this.progressListeners) listener(message.progress);
        return;
      case 'export-progress':
        for (const listener of this.exportListeners) listener(message.progress);
        return;
      case 'policy-progress':
        for (const listener of this.policyListeners) listener(message.progress);
        return;
      case 'compare-progress':
        for (const listener of this.baselineListeners) listener(message.progress);
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

  /** `worker` failed: replace it (unless it was replaced already) and say why. */
  private crash(worker: EngineWorker, message: string): void {
    if (worker !== this.worker) return;
    this.restart(message);
    for (const listener of this.crashListeners) listener(message);
  }

  private failPending(reason: string): void {
    for (const pending of this.pending.values()) pending.reject(new Error(reason));
    this.pending.clear();
  }
}
