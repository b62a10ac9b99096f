/**
 * Worker entry: routes each request of the page to the engine and posts the answer back
 * (`ok` with the result, or `error` with the message); progress snapshots are posted as
 * they come. Requests are answered in the order their work completes.
 */
/// <reference lib="webworker" />
import type { FromEngine, Request, ToEngine } from '../protocol/messages';
import { assertUnreachable } from '../protocol/messages';
import { Engine } from './engine';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromEngine): void => self.postMessage(message);
const engine = new Engine((progress) => post({ kind: 'progress', progress }));

async function run(request: Request): Promise<unknown> {
  switch (request.method) {
    case 'ingest.open':
      return engine.open(...(request as Request<'ingest.open'>).args);
    case 'ingest.cancel':
      return engine.cancel();
    case 'ingest.reset':
      return engine.reset();
    case 'rows.window':
      return engine.rowsWindow(...(request as Request<'rows.window'>).args);
    case 'event.detail':
      return engine.eventDetail(...(request as Request<'event.detail'>).args);
    case 'problems.list':
      return engine.problemsList(...(request as Request<'problems.list'>).args);
    default:
      return assertUnreachable(request.method);
  }
}

self.onmessage = (event: MessageEvent<ToEngine>) => {
  const message = event.data;
  if (message.kind === 'cancel') return; // requests are short or cancelled via ingest.cancel
  run(message).then(
    (result) => post({ kind: 'ok', id: message.id, result }),
    (error: unknown) =>
      post({ kind: 'error', id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
};
