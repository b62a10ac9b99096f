/**
 * The evaluation context of compiled conditions: the values each JSON path of a leaf reaches in
 * the event (`values[slot]`, as `compilePath` yields them) and the iterator elements bound to
 * registers. A slot allocator gives each distinct path of a leaf its index.
 */
import type { PathResolver } from '../query/resolve-path';
import { compilePath } from '../query/resolve-path';

export interface EvalCtx {
  readonly values: readonly (readonly unknown[])[];
  /** Register name → the iterator element currently bound. */
  readonly registers: ReadonlyMap<string, unknown>;
}

export const NO_REGISTERS: ReadonlyMap<string, unknown> = new Map();

export class SlotAllocator {
  readonly paths: string[] = [];

  slot(path: string): number {
    const at = this.paths.indexOf(path);
    if (at >= 0) return at;
    this.paths.push(path);
    return this.paths.length - 1;
  }
}

const resolvers = new Map<string, PathResolver>();

/** `compilePath(path)`, cached. */
export function resolverOf(path: string): PathResolver {
  let resolver = resolvers.get(path);
  if (resolver === undefined) {
    resolver = compilePath(path);
    if (resolvers.size > 4096) resolvers.clear();
    resolvers.set(path, resolver);
  }
  return resolver;
}
