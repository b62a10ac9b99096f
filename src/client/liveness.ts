/**
 * Liveness check of the engine worker while the page waits for an answer.
 *
 * A worker can end without an `error` event: `close()`, a thread the browser stopped, or
 * one stuck in a loop or in garbage collection never answers again, and the page would
 * wait forever. While requests are pending, the check pings the worker once it has been
 * quiet for a quarter of the timeout (any message counts as a sign of life, progress
 * included) and reports it silent past the timeout. The engine yields every few tens of
 * milliseconds and its longest single step (a sort, a final refresh) takes about a second
 * at a million events, so the timeout is far above any honest silence.
 */

/** No message for this long while an answer is awaited: the engine is taken as stopped. */
export const LIVENESS_TIMEOUT_MS = 12_000;

export interface LivenessHooks {
  readonly timeoutMs: number;
  /** True while some request awaits its answer. */
  readonly isWaiting: () => boolean;
  /** Sends a request the engine answers at once. */
  readonly ping: () => void;
  /** Called once when the worker stayed silent past the timeout. */
  readonly onSilent: (silentMs: number) => void;
  /** Milliseconds on a monotonic clock (tests pass their own). */
  readonly now?: () => number;
}

export class Liveness {
  private readonly now: () => number;
  private lastHeardMs: number;
  private lastCheckMs: number;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly hooks: LivenessHooks) {
    this.now = hooks.now ?? (() => performance.now());
    this.lastHeardMs = this.now();
    this.lastCheckMs = this.lastHeardMs;
  }

  /** The worker sent something. */
  heard(): void {
    this.lastHeardMs = this.now();
  }

  /** A request was sent: watch until no answer is awaited. */
  watch(): void {
    if (this.timer !== undefined) return;
    // Silence before this request (an idle page) says nothing about the worker.
    this.heard();
    this.lastCheckMs = this.lastHeardMs;
    this.timer = setInterval(() => this.check(), this.hooks.timeoutMs / 4);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private check(): void {
    if (!this.hooks.isWaiting()) {
      this.stop();
      return;
    }
    const now = this.now();
    // A check that comes late means the page itself was busy: the worker's messages may be
    // queued behind it, so its silence is not measured over that time.
    if (now - this.lastCheckMs > this.hooks.timeoutMs / 2) this.lastHeardMs = now;
    this.lastCheckMs = now;
    const silentMs = now - this.lastHeardMs;
    if (silentMs >= this.hooks.timeoutMs) {
      this.stop();
      this.hooks.onSilent(silentMs);
    } else if (silentMs >= this.hooks.timeoutMs / 4) {
      this.hooks.ping();
    }
  }
}
