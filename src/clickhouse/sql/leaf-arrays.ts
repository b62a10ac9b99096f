/**
 * Which leaf arrays of the `events` table hold a body path's values: the short `ix_*` arrays
 * (the leaves of the indexed body paths, picked at insert) for a path the tab indexes, else
 * every leaf (`attr_*`). Both hold the same leaves for an indexed path, so the choice changes
 * only what is read: a term on `@evt.name` no longer reads every leaf of every event.
 */
import { INDEXED_BODY_PATHS } from '../../query/indexed-fields';

export interface LeafArrays {
  readonly paths: string;
  readonly values: string;
  readonly kinds: string;
}

const INDEXED: ReadonlySet<string> = new Set(INDEXED_BODY_PATHS);
const SHORT: LeafArrays = { paths: 'ix_paths', values: 'ix_values', kinds: 'ix_kinds' };
const EVERY: LeafArrays = { paths: 'attr_paths', values: 'attr_values', kinds: 'attr_kinds' };

/** The arrays to read the leaves at exactly `path` from (not the leaves below it). */
export function leafArraysOf(path: string): LeafArrays {
  return INDEXED.has(path) ? SHORT : EVERY;
}
