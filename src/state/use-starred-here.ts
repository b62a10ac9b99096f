/**
 * How many of the browser's starred events belong to the open data set. Stars are kept per
 * event id across data sets (a link or another file may bring the events back), so the count
 * an analyst sees is asked of the engine: asked again when the stars change, another data set
 * opens or a load ends. Undefined until the engine has answered.
 */
import { useEffect, useState } from 'react';
import { useStarredIds } from './annotation-store';
import { engine } from './engine';
import { useIngestStore } from './ingest-store';

interface Answer {
  readonly request: string;
  readonly count: number;
}

export function useStarredHereCount(): number | undefined {
  const starred = useStarredIds();
  const datasetId = useIngestStore((s) => s.progress.datasetId);
  const state = useIngestStore((s) => s.progress.state);
  const events = useIngestStore((s) => s.progress.counts.events);
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  // While loading, the count is asked again as events arrive (at most once per thousand).
  const loaded = state === 'loading' ? Math.floor(events / 1000) : -1;
  const request = `${datasetId}:${state}:${loaded}:${starred.join('\u0000')}`;

  useEffect(() => {
    if (datasetId < 0 || starred.length === 0) return;
    let isCurrent = true;
    engine()
      .call('event.countPresent', starred)
      .then((count) => {
        if (isCurrent) setAnswer({ request, count });
      })
      .catch(() => {
        // The engine reports its own failures; the count stays unknown.
      });
    return () => {
      isCurrent = false;
    };
  }, [request, datasetId, starred]);

  if (datasetId < 0 || starred.length === 0) return 0;
  return answer?.request === request ? answer.count : undefined;
}
