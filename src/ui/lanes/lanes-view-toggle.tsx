/**
 * The ways into and out of the full-width lanes: the `Lanes` toggle beside the table (the lanes
 * of the view's processes take the table's place; pressed again, or Esc, the table comes back)
 * and `Open full width` for one process's family (the Lanes tab, the process tree). Going back
 * puts the focus on the toggle again.
 */
import { useEffect, useRef } from 'react';
import { showFullWidthLanes, useLanesStore } from '../../state/lanes-store';

/** Set when the lanes close, so the table's toggle takes the focus once it is back. */
let isFocusOwed = false;

/** Back to the table, the focus on the toggle beside it. */
export function closeFullWidthLanes(): void {
  isFocusOwed = true;
  showFullWidthLanes(undefined);
}

/** The view's lanes in place of the table, or the table again. */
export function toggleViewLanes(): void {
  if (useLanesStore.getState().fullWidth === undefined) showFullWidthLanes({ kind: 'view' });
  else closeFullWidthLanes();
}

export function LanesViewToggle() {
  const isOpen = useLanesStore((s) => s.fullWidth !== undefined);
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isOpen || !isFocusOwed) return;
    isFocusOwed = false;
    ref.current?.focus();
  }, [isOpen]);
  const title = isOpen
    ? 'Back to the table (Esc, Shift+L)'
    : 'Show the processes of these events as lanes in time, full width (Shift+L)';
  return (
    <button
      ref={ref}
      type="button"
      className="button button--small pl-toggle"
      data-testid="lanes-view-toggle"
      aria-pressed={isOpen}
      title={title}
      onClick={toggleViewLanes}
    >
      Lanes
    </button>
  );
}

/** Opens the family of the process of `processKey` as full-width lanes. */
export function OpenFullWidthLanes({
  processKey,
  label = 'Open full width',
}: {
  readonly processKey: string;
  readonly label?: string;
}) {
  return (
    <button
      type="button"
      className="button button--small pl-open-full"
      data-testid="lanes-open-full"
      title="Show these lanes in place of the table, across the page"
      onClick={() => showFullWidthLanes({ kind: 'process', processKey })}
    >
      {label}
    </button>
  );
}
