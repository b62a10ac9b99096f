/**
 * Data hook for one event's detail: the full record re-read by the engine on demand.
 */
import { useEffect, useState } from 'react';
import type { EventDetail } from '../protocol/messages';
import { engine } from './engine';

export type DetailResult =
  | { readonly status: 'none' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly detail: EventDetail }
  | { readonly status: 'error'; readonly message: string };

export function useEventDetail(key: number | undefined): DetailResult {
  const [result, setResult] = useState<DetailResult>({ status: 'none' });
  useEffect(() => {
    if (key === undefined) {
      setResult({ status: 'none' });
      return;
    }
    let current = true;
    setResult({ status: 'loading' });
    engine()
      .call('event.detail', key)
      .then((detail) => current && setResult({ status: 'ready', detail }))
      .catch((error: unknown) => current && setResult({ status: 'error', message: String(error) }));
    return () => {
      current = false;
    };
  }, [key]);
  return result;
}
