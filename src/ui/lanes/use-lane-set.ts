/**
 * Data hooks of the lanes: a lane set fetched from the engine for a scope, and the tab's set.
 *
 * `useLaneSetAnswer` asks again when its request (a text naming the scope and what it depends
 * on) changes; until the new set comes, the last one of the same data set stays in view, so
 * brushing the timeline does not blank the lanes.
 *
 * The tab's set (`useLaneSet`) is kept while the selection moves to another event it holds (a
 * click on a mark), so picking an event in the lanes does not rebuild them around it; it is
 * kept across the pane's remounts too (the detail pane remounts while the next event loads), in
 * a single slot tied to the data set.
 */
import { useEffect, useState } from 'react';
import type { LaneSet, LanesScope } from '../../protocol/messages';
import { engine } from '../../state/engine';
import { useDatasetId } from '../../state/ingest-store';

export type LaneSetAnswer =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly set: LaneSet; readonly isUpdating: boolean }
  | { readonly status: 'error'; readonly message: string };

/** A set with the request it answered. */
interface Answered {
  readonly request: string;
  readonly set: LaneSet;
}

interface Failure {
  readonly request: string;
  readonly message: string;
}

/**
 * The lanes of `scope`. `request` names the scope and what the answer depends on; `isHeld`
 * says whether an answered set can stand for it (by default: it answered the same request).
 */
export function useLaneSetAnswer(
  scope: LanesScope,
  request: string,
  isHeld: (answered: Answered) => boolean = (answered) => answered.request === request,
  slot?: { current: Answered | undefined },
): LaneSetAnswer {
  const datasetId = useDatasetId();
  const [answered, setAnswered] = useState<Answered | undefined>(slot?.current);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  const held = answered !== undefined && isHeld(answered);
  useEffect(() => {
    if (held) return;
    let isCurrent = true;
    engine()
      .call('process.lanes', scope)
      .then((set) => {
        const next = { request, set };
        if (slot !== undefined) slot.current = next;
        if (isCurrent) setAnswered(next);
      })
      .catch((error: unknown) => {
        if (isCurrent) setFailure({ request, message: String(error) });
      });
    return () => {
      isCurrent = false;
    };
    // The request names the scope: a new scope object with the same request is the same ask.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, held]);
  if (held) return { status: 'ready', set: answered.set, isUpdating: false };
  if (failure?.request === request) return { status: 'error', message: failure.message };
  if (answered !== undefined && answered.set.datasetId === datasetId) {
    return { status: 'ready', set: answered.set, isUpdating: true };
  }
  return { status: 'loading' };
}

/** The last family set answered, for the tab's next mount. */
const retained: { current: Answered | undefined } = { current: undefined };

/** The lanes of the family of the event of `eventKey` (the Lanes tab). */
export function useLaneSet(eventKey: number): LaneSetAnswer {
  const datasetId = useDatasetId();
  const answer = useLaneSetAnswer(
    { kind: 'family', eventKey },
    `${datasetId}/family/${eventKey}`,
    ({ set }) =>
      set.datasetId === datasetId &&
      (set.focusEventKey === eventKey || set.events.keys.includes(eventKey)),
    retained,
  );
  // Another event's family is not shown while this one's loads.
  return answer.status === 'ready' && answer.isUpdating ? { status: 'loading' } : answer;
}
