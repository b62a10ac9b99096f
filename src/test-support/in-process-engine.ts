/**
 * An `EngineClient` whose workers are in-process engines joined to it by a MessageChannel, as
 * across the worker boundary: for protocol and recovery tests. Each spawned worker can be made
 * to fail (an `error` event, as a crash gives) or be `silent` (it never answers).
 */
import { EngineClient, type EngineWorker } from '../client/engine-client';
import type { FromEngine, ToEngine } from '../protocol/messages';
import { Engine } from '../worker/engine';
import { createRouter } from '../worker/router';

export interface InProcessWorker {
  fail(message: string): void;
  isTerminated: boolean;
}

export interface InProcessEngine {
  readonly client: EngineClient;
  /** Workers spawned so far, the current one last. */
  readonly workers: InProcessWorker[];
}

export function connectInProcess({ silent = false, livenessMs = 60_000 } = {}): InProcessEngine {
  const workers: InProcessWorker[] = [];
  const spawn = (): EngineWorker => {
    const channel = new MessageChannel();
    const engine = new Engine((progress) =>
      channel.port1.postMessage({ kind: 'progress', progress } satisfies FromEngine),
    );
    const route = createRouter(engine, (message) => channel.port1.postMessage(message));
    if (!silent) channel.port1.onmessage = (event: MessageEvent<ToEngine>) => route(event.data);
    const handle: InProcessWorker = {
      isTerminated: false,
      fail: (message: string) =>
        worker.onerror?.call(
          worker as Worker,
          { message, preventDefault: () => undefined } as ErrorEvent,
        ),
    };
    const worker: EngineWorker = {
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      postMessage: (message: unknown) => channel.port2.postMessage(message),
      terminate: () => {
        handle.isTerminated = true;
        engine.reset(); // stops a load still running in-process
        channel.port1.close();
        channel.port2.close();
      },
    };
    channel.port2.onmessage = (event) => worker.onmessage?.call(worker as Worker, event);
    workers.push(handle);
    return worker;
  };
  return { client: new EngineClient(spawn, livenessMs), workers };
}
