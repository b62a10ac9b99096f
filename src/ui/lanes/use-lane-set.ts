/**
 * Data hook of the lanes tab: the lanes of the selected event's family, fetched from the
 * engine. The set is kept while the selection moves to another event it holds (a click on a
 * mark), so picking an event in the lanes does not rebuild them around it; it is kept across
 * the pane's remounts too (the detail pane remounts while the next event loads), in a single
 * slot tied to the data set.
 */
import { useEffect, useState } from 'react';
import type { LaneSet } from '../../protocol/messages';
import { engine } from '../../state/engine';
import { useDatasetId } from '../../state/ingest-store';

export type LaneSetAnswer =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly set: LaneSet }
  | { readonly status: 'error'; readonly message: string };

/** The last set answered, for the next mount. */
let retained: LaneSet | undefined;

function holds(set: LaneSet | undefined, datasetId: number, eventKey: number): set is LaneSet {
  return (
    set !== undefined &&
    set.datasetId === datasetId &&
    (set.focusEventKey === eventKey || set.events.keys.includes(eventKey))
  );
}

interface Failure {
  readonly datasetId: number;
  readonly eventKey: number;
  readonly message: string;
}

export function useLaneSet(eventKey: number): LaneSetAnswer {
  const datasetId = useDatasetId();
  const [set, setSet] = useState<LaneSet | undefined>(retained);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  const isHeld = holds(set, datasetId, eventKey);
  useEffect(() => {
    if (isHeld) return;
    let isCurrent = true;
    engine()
      .call('process.lanes', { kind: 'family', eventKey })
      .then((answer) => {
        retained = answer;
        if (isCurrent) setSet(answer);
      })
      .catch((error: unknown) => {
        if (isCurrent) setFailure({ datasetId, eventKey, message: String(error) });
      });
    return () => {
      isCurrent = false;
    };
  }, [datasetId, eventKey, isHeld]);
  if (isHeld) return { status: 'ready', set };
  if (failure?.datasetId === datasetId && failure.eventKey === eventKey) {
    return { status: 'error', message: failure.message };
  }
  return { status: 'loading' };
}
