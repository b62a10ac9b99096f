/**
 * Values to suggest after `field:`: the field's top values in the current view that contain
 * what has been typed — in the whole data set when the view matches nothing, so an empty
 * result never leaves the analyst without values — asked of the engine ~100 ms after the last
 * keystroke (the latest request wins). The engine answers from its index only (a field it does not hold comes back
 * empty), so typing never starts a pass over the raw events.
 */
import { useEffect, useRef, useState } from 'react';
import type { FacetValue } from '../../protocol/messages';
import { ENVELOPE_FIELDS, INDEXED_FIELDS } from '../../query/indexed-fields';
import { engine } from '../../state/engine';
import { useSearchStore, useViewKey } from '../../state/search-store';

const DEBOUNCE_MS = 100;
const VALUE_LIMIT = 10;

export interface ValueSuggestions {
  /** False when the index does not hold the field (so no values can be listed). */
  readonly isIndexed: boolean;
  readonly values: readonly FacetValue[];
  /** True when the values are counted over every event (the view matches nothing). */
  readonly isWholeDataSet: boolean;
}

interface Answer {
  readonly field: string;
  readonly typed: string;
  readonly values: readonly FacetValue[];
}

const NONE: readonly FacetValue[] = [];

/** Tags (`env:prod`): names without `@` that are not envelope fields; the index holds them. */
function isTag(field: string): boolean {
  return !field.startsWith('@') && field !== 'id' && !ENVELOPE_FIELDS.includes(field);
}

/** `field` undefined: the caret is not on a value. */
export function useValueSuggestions(field: string | undefined, typed: string): ValueSuggestions {
  const viewKey = useViewKey();
  const viewFields = useSearchStore((s) => s.summary?.spec.fields);
  const isViewEmpty = useSearchStore(
    (s) => s.summary !== undefined && s.summary.matching + s.summary.undecided === 0,
  );
  const isIndexed =
    field !== undefined &&
    (INDEXED_FIELDS.has(field) || isTag(field) || viewFields?.includes(field) === true);
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  const latest = useRef(0);

  useEffect(() => {
    if (field === undefined || viewKey === undefined) return;
    const ticket = ++latest.current;
    const timer = window.setTimeout(() => {
      const request = {
        field,
        limit: VALUE_LIMIT,
        ...(typed === '' ? {} : { search: typed }),
        ...(isViewEmpty ? { everyEvent: true } : {}),
      };
      engine()
        .call('view.facets', [request])
        .then(([result]) => {
          if (ticket === latest.current)
            setAnswer({ field, typed, values: result?.values ?? NONE });
        })
        .catch(() => {
          // No suggestions is the only consequence; the query itself still works.
          if (ticket === latest.current) setAnswer({ field, typed, values: NONE });
        });
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [field, typed, viewKey, isViewEmpty]);

  if (answer === undefined || answer.field !== field) {
    return { isIndexed, values: NONE, isWholeDataSet: isViewEmpty };
  }
  // Until the answer for the latest keystroke arrives, narrow the previous one here.
  const needle = typed.toLowerCase();
  const values =
    answer.typed === typed
      ? answer.values
      : answer.values.filter((v) => v.value.toLowerCase().includes(needle));
  return { isIndexed, values, isWholeDataSet: isViewEmpty };
}
