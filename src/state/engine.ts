/**
 * The one engine client of the page, created lazily so that importing state modules in
 * tests does not start a worker.
 */
import { EngineClient } from '../client/engine-client';

let client: EngineClient | undefined;

export function engine(): EngineClient {
  client ??= new EngineClient();
  return client;
}
