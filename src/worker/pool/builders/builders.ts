/**
 * The index builders every shard runs, by the name of their part in the shard's answer.
 * A new index (a per-event structure built at load time) is one more entry here.
 */
import { columnsBuilder } from './columns-builder';
import { processBuilder } from './process-builder';

export const INDEX_BUILDERS = {
  columns: columnsBuilder,
  processes: processBuilder,
} as const;

type Builders = typeof INDEX_BUILDERS;

/** Each builder's part of a shard's answer. */
export type ShardParts = {
  readonly [K in keyof Builders]: ReturnType<ReturnType<Builders[K]['begin']>['finish']>;
};

export const BUILDER_NAMES = Object.keys(INDEX_BUILDERS) as (keyof Builders)[];
