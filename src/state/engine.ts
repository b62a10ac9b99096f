/**
 * The engine of the page's current source: the in-tab worker engine by default (created lazily
 * so that importing state modules in tests does not start a worker), or a server source once
 * the analyst connects one. Views ask `engine()` at each request, so they follow a switch.
 */
import { EngineClient } from '../client/engine-client';
import type { Engine } from '../client/engine';

let inTab: EngineClient | undefined;
let connected: Engine | undefined;

export function engine(): Engine {
  if (connected !== undefined) return connected;
  inTab ??= new EngineClient();
  return inTab;
}

/** Makes `source` the engine of the page; undefined goes back to the in-tab engine. */
export function setEngineSource(source: Engine | undefined): void {
  connected = source;
}

/** True while a server source answers instead of the in-tab engine. */
export function isServerSource(): boolean {
  return connected !== undefined;
}
