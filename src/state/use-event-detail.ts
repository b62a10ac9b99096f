/**
 * Data hook for one event's detail: the full record re-read by the engine on demand.
 * The answer is kept with the key it belongs to, so a detail never shows under another
 * event's selection; "loading" is derived, not stored.
 */
import { useEffect, useState } from 'react';
import type { EventDetail } from '../protocol/messages';
import { engine } from './engine';
import { useDatasetId } from './ingest-store';

export type DetailResult =
  | { readonly status: 'none' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly detail: EventDetail }
  | { readonly status: 'error'; readonly message: string };

interface Answer {
  readonly datasetId: number;
  readonly key: number;
  readonly result: DetailResult;
}

export function useEventDetail(key: number | undefined): DetailResult {
  const datasetId = useDatasetId();
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  useEffect(() => {
    if (key === undefined) return;
    let current = true;
    engine()
      .call('event.detail', key)
      .then(
        (detail) => current && setAnswer({ datasetId, key, result: { status: 'ready', detail } }),
      )
      .catch(
        (error: unknown) =>
          current &&
          setAnswer({ datasetId, key, result: { status: 'error', message: String(error) } }),
      );
    return () => {
      current = false;
    };
  }, [key, datasetId]);
  if (key === undefined) return { status: 'none' };
  return answer?.key === key && answer.datasetId === datasetId
    ? answer.result
    : { status: 'loading' };
}
