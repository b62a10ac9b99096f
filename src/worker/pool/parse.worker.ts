/**
 * A parsing worker of the pool: reads the shards it is given (parse-shard.ts) and sends
 * their columns back, transferred. One shard at a time; a failure answers that shard only.
 */
/// <reference lib="webworker" />
import { isOutOfMemory } from '../../lib/out-of-memory';
import { parseShard, resultBuffers } from './parse-shard';
import type { ShardFailure, ShardResult, ShardTask } from './shard';

declare const self: DedicatedWorkerGlobalScope;

export interface ShardRequest {
  readonly id: number;
  readonly task: ShardTask;
}

export type ShardAnswer =
  | { readonly id: number; readonly result: ShardResult }
  | { readonly id: number; readonly failure: ShardFailure };

self.onmessage = async (event: MessageEvent<ShardRequest>) => {
  const { id, task } = event.data;
  try {
    const result = await parseShard(task);
    self.postMessage({ id, result } satisfies ShardAnswer, resultBuffers(result));
  } catch (error) {
    const failure: ShardFailure = {
      message: error instanceof Error ? error.message : String(error),
      outOfMemory: isOutOfMemory(error),
    };
    self.postMessage({ id, failure } satisfies ShardAnswer);
  }
};
