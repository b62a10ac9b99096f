/**
 * Value counts of the expanded facets for the view in force. One batched `view.facets` call
 * per change: every request when the view changes, else only the facets whose limit or search
 * changed, sent after the table's rows. The latest call wins; the previous counts stay on
 * screen until the next arrive.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FacetRequest, FacetResult } from '../../protocol/messages';
import { afterRows } from '../../state/after-rows';
import { engine } from '../../state/engine';
import { useViewKey } from '../../state/search-store';
import { requestKey, requestsToSend } from './facet-requests';

interface Answers {
  readonly viewKey: string | undefined;
  readonly byField: ReadonlyMap<string, FacetResult>;
  /** Per field, the key of the request its answer is for. */
  readonly keys: ReadonlyMap<string, string>;
  readonly error: string | undefined;
}

export interface FacetResults {
  /** The latest answer per field (possibly for the previous view while a new one loads). */
  readonly byField: ReadonlyMap<string, FacetResult>;
  readonly error: string | undefined;
  readonly isLoading: boolean;
  /** The view (`summary.viewId`) the latest answers are for. */
  readonly viewId: number | undefined;
}

const NO_ANSWERS: Answers = {
  viewKey: undefined,
  byField: new Map(),
  keys: new Map(),
  error: undefined,
};

function merge(prev: Answers, viewKey: string, sent: FacetRequest[], results: FacetResult[]) {
  const isSameView = prev.viewKey === viewKey;
  const byField = new Map(isSameView ? prev.byField : []);
  const keys = new Map(isSameView ? prev.keys : []);
  results.forEach((result, i) => {
    const request = sent[i];
    if (request === undefined) return;
    byField.set(request.field, result);
    keys.set(request.field, requestKey(request));
  });
  return { viewKey, byField, keys, error: undefined };
}

export function useFacetResults(requests: readonly FacetRequest[]): FacetResults {
  const viewKey = useViewKey();
  const [answers, setAnswers] = useState<Answers>(NO_ANSWERS);
  const [isLoading, setLoading] = useState(false);
  // What is answered, read by the effect without making every answer a reason to refetch.
  const answered = useRef<Answers>(NO_ANSWERS);
  const latest = useRef(0);

  useEffect(() => {
    if (viewKey === undefined) return;
    const known = answered.current.viewKey === viewKey ? answered.current.keys : undefined;
    const toSend = requestsToSend(requests, known);
    if (toSend.length === 0) return;
    const ticket = ++latest.current;
    return afterRows(() => {
      setLoading(true);
      engine()
        .call('view.facets', toSend)
        .then((results) => {
          if (ticket !== latest.current) return;
          answered.current = merge(answered.current, viewKey, toSend, results);
          setAnswers(answered.current);
          setLoading(false);
        })
        .catch((error: unknown) => {
          if (ticket !== latest.current) return;
          setAnswers((prev) => ({ ...prev, error: String(error) }));
          setLoading(false);
        });
    });
  }, [viewKey, requests]);

  return useMemo(
    () => ({
      byField: answers.byField,
      error: answers.error,
      isLoading,
      viewId: answers.viewKey === undefined ? undefined : Number(answers.viewKey.split(':')[1]),
    }),
    [answers, isLoading],
  );
}
