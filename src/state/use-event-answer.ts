/**
 * Data hook for the engine's answer about one event (its detail, its process tree): the
 * answer is kept with the event key and data set it belongs to, so a pane never shows one
 * event's data under another's selection; "loading" is derived, not stored.
 */
import { useEffect, useState } from 'react';
import type { EngineApi } from '../protocol/messages';
import { engine } from './engine';
import { useDatasetId } from './ingest-store';

/** Engine methods that answer about one event given its row key. */
type EventMethod = 'event.detail' | 'process.tree';

export type EventAnswer<T> =
  | { readonly status: 'none' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly message: string };

interface Held<T> {
  readonly datasetId: number;
  readonly key: number;
  readonly answer: EventAnswer<T>;
}

export function useEventAnswer<M extends EventMethod>(
  method: M,
  key: number | undefined,
): EventAnswer<ReturnType<EngineApi[M]>> {
  type T = ReturnType<EngineApi[M]>;
  const datasetId = useDatasetId();
  const [held, setHeld] = useState<Held<T> | undefined>(undefined);
  useEffect(() => {
    if (key === undefined) return;
    let current = true;
    const hold = (answer: EventAnswer<T>) => current && setHeld({ datasetId, key, answer });
    // Both methods take the row key alone; TypeScript cannot see that through the generic.
    engine()
      .call(method, ...([key] as Parameters<EngineApi[M]>))
      .then((value) => hold({ status: 'ready', value: value as T }))
      .catch((error: unknown) => hold({ status: 'error', message: String(error) }));
    return () => {
      current = false;
    };
  }, [method, key, datasetId]);
  if (key === undefined) return { status: 'none' };
  return held?.key === key && held.datasetId === datasetId ? held.answer : { status: 'loading' };
}
