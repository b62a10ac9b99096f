/**
 * Data hook for the problems panel: a page of rejected records and file problems.
 */
import { useEffect, useState } from 'react';
import type { ProblemPage } from '../protocol/messages';
import { engine } from './engine';
import { useIngestStore } from './ingest-store';

export function useProblems(start: number, count: number): ProblemPage | undefined {
  const problemCount = useIngestStore((s) => s.progress.counts.problems);
  const [page, setPage] = useState<ProblemPage | undefined>(undefined);
  useEffect(() => {
    let current = true;
    engine()
      .call('problems.list', start, count)
      .then((result) => current && setPage(result))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [start, count, problemCount]);
  return page;
}
