/**
 * Worker entry: wires the engine and its router to the worker's message port.
 */
/// <reference lib="webworker" />
import type { FromEngine, ToEngine } from '../protocol/messages';
import { Engine } from './engine';
import { createRouter } from './router';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromEngine, transfer: Transferable[] = []): void =>
  self.postMessage(message, transfer);
const engine = new Engine(
  (progress) => post({ kind: 'progress', progress }),
  (progress) => post({ kind: 'compare-progress', progress }),
);
const route = createRouter(engine, post);
self.onmessage = (event: MessageEvent<ToEngine>) => route(event.data);
