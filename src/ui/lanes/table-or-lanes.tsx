/**
 * The workspace below the timeline: the event table, or the full-width lanes in its place
 * while they are open. Shift+L (outside a text field) switches between the table and the
 * lanes of the view's processes.
 */
import { useEffect } from 'react';
import { useLanesStore } from '../../state/lanes-store';
import { isTyping } from '../common/is-typing';
import { EventTable } from '../table/event-table';
import { FullWidthLanes } from './full-width-lanes';
import { toggleViewLanes } from './lanes-view-toggle';

export function TableOrLanes() {
  const fullWidth = useLanesStore((s) => s.fullWidth);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'L' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      toggleViewLanes();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return fullWidth === undefined ? <EventTable /> : <FullWidthLanes scope={fullWidth} />;
}
