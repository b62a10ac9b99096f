/**
 * The full-width lanes (`lanes-full`), in the table's place: the lanes of the view's processes
 * (asked again whenever the view changes: a query, a brushed range) or of one process's family
 * (asked again when the data set has loaded).
 * Keyboard: the focus starts on the lanes; Esc, or the pressed `Lanes` toggle, goes back to the
 * table.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { formatInt } from '../../lib/format';
import type { FullWidthScope } from '../../protocol/messages';
import { useDatasetId, useLoadState } from '../../state/ingest-store';
import { useSearchStore } from '../../state/search-store';
import { isTyping } from '../common/is-typing';
import { LaneSetView } from './lane-set-view';
import { laneName } from './lane-label';
import { LanesViewToggle, closeFullWidthLanes } from './lanes-view-toggle';
import { useLaneSetAnswer, type LaneSetAnswer } from './use-lane-set';

function title(scope: FullWidthScope, answer: LaneSetAnswer): string {
  const set = answer.status === 'ready' ? answer.set : undefined;
  if (scope.kind === 'view') {
    return set === undefined
      ? 'Lanes of the processes in view'
      : `Lanes of the ${formatInt(set.lanes.length)} processes in view`;
  }
  const focus = set?.lanes[set.focusLane];
  return focus === undefined
    ? 'Lanes of a process family'
    : `Lanes of ${laneName(focus)} (pid ${focus.pid}): its lineage and all it started`;
}

export function FullWidthLanes({ scope }: { readonly scope: FullWidthScope }) {
  const datasetId = useDatasetId();
  // Asked again once the data set is whole (a link can open the lanes while it loads).
  const loadState = useLoadState();
  const viewId = useSearchStore((s) => s.summary?.viewId);
  const request =
    scope.kind === 'view'
      ? `${datasetId}/${loadState}/view/${viewId ?? ''}`
      : `${datasetId}/${loadState}/process/${scope.processKey}`;
  const answer = useLaneSetAnswer(scope, request);
  const root = useRef<HTMLElement>(null);
  const hasFocused = useRef(false);
  useEffect(() => {
    if (hasFocused.current || answer.status !== 'ready') return;
    hasFocused.current = true;
    root.current?.querySelector<HTMLElement>('.pl-scroll')?.focus({ preventScroll: true });
  }, [answer.status]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || isTyping(event.target)) return;
    event.preventDefault();
    closeFullWidthLanes();
  };
  return (
    <section
      ref={root}
      className="plf"
      data-testid="lanes-full"
      data-scope={scope.kind}
      aria-labelledby="plf-title"
      onKeyDown={onKeyDown}
    >
      <div className="plf-head">
        <h2 id="plf-title" className="plf-title">
          {title(scope, answer)}
        </h2>
        <span className="plf-hint dim">Esc: back to the table</span>
        <LanesViewToggle />
      </div>
      <LaneSetView
        answer={answer}
        height="fill"
        emptyText={
          scope.kind === 'view'
            ? 'No event in view names a process with a time, so there are no lanes.'
            : 'This process is not in the loaded events, or nothing says when it ran.'
        }
      />
    </section>
  );
}
