/**
 * Routes the page's requests to the engine and turns each outcome into an answer
 * envelope: `ok` with the result or `error` with the message. Independent of the worker
 * global, so the protocol can be tested in-process over a MessageChannel.
 */
import type { FromEngine, LaneSet, Request, ToEngine } from '../protocol/messages';
import { assertUnreachable } from '../protocol/messages';
import { seclFields } from '../rules/secl-fields';
import type { Engine } from './engine';

async function run(
  engine: Engine,
  request: Request,
  post: (message: FromEngine) => void,
): Promise<unknown> {
  switch (request.method) {
    case 'ingest.open':
      return engine.open(...(request as Request<'ingest.open'>).args);
    case 'ingest.cancel':
      return engine.cancel();
    case 'engine.ping':
      return true;
    case 'rows.window':
      return engine.rowsWindow(...(request as Request<'rows.window'>).args);
    case 'event.detail':
      return engine.eventDetail(...(request as Request<'event.detail'>).args);
    case 'view.set':
      return engine.viewSet(...(request as Request<'view.set'>).args);
    case 'view.facets':
      return engine.viewFacets(...(request as Request<'view.facets'>).args);
    case 'view.histogram':
      return engine.viewHistogram(...(request as Request<'view.histogram'>).args);
    case 'problems.list':
      return engine.problemsList(...(request as Request<'problems.list'>).args);
    case 'event.locate':
      return engine.eventLocate(...(request as Request<'event.locate'>).args);
    case 'event.countPresent':
      return engine.eventCountPresent(...(request as Request<'event.countPresent'>).args);
    case 'process.tree':
      return engine.processTree(...(request as Request<'process.tree'>).args);
    case 'process.children':
      return engine.processChildren(...(request as Request<'process.children'>).args);
    case 'process.name':
      return engine.processName(...(request as Request<'process.name'>).args);
    case 'process.lanes':
      return engine.processLanes(...(request as Request<'process.lanes'>).args);
    case 'export.run':
      return engine.exportRun(...(request as Request<'export.run'>).args, (progress) =>
        post({ kind: 'export-progress', progress }),
      );
    case 'export.cancel':
      return engine.exportCancel();
    case 'rule.explain':
      return engine.ruleExplain(...(request as Request<'rule.explain'>).args);
    case 'rule.fields':
      return seclFields();
    case 'policy.run':
      return engine.policyRun(...(request as Request<'policy.run'>).args, (progress) =>
        post({ kind: 'policy-progress', progress }),
      );
    case 'policy.cancel':
      return engine.policyCancel();
    case 'compare.open':
      return engine.compareOpen(...(request as Request<'compare.open'>).args);
    case 'compare.run':
      return engine.compareRun();
    case 'compare.export':
      return engine.compareExport(...(request as Request<'compare.export'>).args);
    case 'compare.close':
      return engine.compareClose();
    default:
      return assertUnreachable(request.method);
  }
}

/** Buffers of an answer built for the page alone, moved rather than copied. */
function transferables(method: Request['method'], result: unknown): Transferable[] {
  if (method !== 'process.lanes') return [];
  const { keys, timeMs, category, type } = (result as LaneSet).events;
  return [keys.buffer, timeMs.buffer, category.buffer, type.buffer];
}

export function createRouter(
  engine: Engine,
  post: (message: FromEngine, transfer?: Transferable[]) => void,
) {
  return (message: ToEngine): void => {
    // Requests are short, or stopped through `ingest.cancel`; nothing to cancel by id.
    if (message.kind === 'cancel') return;
    run(engine, message, post).then(
      (result) =>
        post({ kind: 'ok', id: message.id, result }, transferables(message.method, result)),
      (error: unknown) =>
        post({
          kind: 'error',
          id: message.id,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
  };
}
