/**
 * What the slow-path note says: which fields were not indexed and had to be read from the
 * raw events for the view in force, and how long that took. The engine keeps both in its
 * answers while the same query and fields stay in force.
 */
import { useSearchStore } from '../../state/search-store';

export interface SlowNote {
  readonly fields: readonly string[];
  readonly elapsedMs: number;
}

export function useSlowNote(): SlowNote | undefined {
  const fields = useSearchStore((s) => s.summary?.slowFields);
  const elapsedMs = useSearchStore((s) => s.summary?.slowMs ?? 0);
  return fields === undefined || fields.length === 0 ? undefined : { fields, elapsedMs };
}
