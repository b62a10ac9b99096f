/** The keyboard-shortcuts overlay, opened with `?` and closed with Esc or a click outside. */
import { useEffect, useRef } from 'react';
import { setHelpOpen, useIsHelpOpen } from '../common/layout-store';

const SHORTCUTS: readonly (readonly [readonly string[], string])[] = [
  [['/'], 'Search: focus the query box'],
  [['↑', '↓', 'Tab'], 'In the query box: choose and accept a suggestion'],
  [['Enter'], 'In the query box: take the highlighted suggestion, else apply the query'],
  [['j', '↓'], 'Next event'],
  [['k', '↑'], 'Previous event'],
  [['PgDn', 'PgUp'], 'One page down / up'],
  [['Home', 'End'], 'First / last event'],
  [['←', '→'], 'Scroll the table sideways'],
  [['Enter'], 'Open the event pane'],
  [['h', 'l'], 'Active cell of the selected event: one column left / right'],
  [['f'], 'Filter in: only events with the active cell’s value'],
  [['Shift', 'F'], 'Filter out: hide events with that value'],
  [['m', 'Shift+F10'], 'Cell menu: filter in / out, add as a column, copy'],
  [['s'], 'Star the selected event, or take its star away'],
  [['Esc'], 'Collapse the event pane, or close this overlay'],
  [['←', '→'], 'On the pane’s edge: narrower / wider (Home, End: narrowest, widest)'],
  [['←', '→'], 'On a tab (the event’s views, Event / Problems): previous / next tab'],
  [['Shift', 'L'], 'Lanes of the events’ processes in place of the table, or the table again'],
  [['+', '−', '←', '→', '0'], 'On the lanes: zoom, move in time, back to the start'],
  [['Esc'], 'On the full-width lanes: back to the table'],
  [['?'], 'Show these shortcuts'],
];

export function ShortcutsOverlay() {
  const isOpen = useIsHelpOpen();
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!isOpen) return;
    // Focus moves into the dialog and back to where it was when the dialog closes.
    const previous = document.activeElement;
    closeButton.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, [isOpen]);
  if (!isOpen) return null;
  return (
    <div className="overlay" onClick={() => setHelpOpen(false)}>
      <div
        className="overlay-box"
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        onClick={(e) => e.stopPropagation()}
      >
        <div className="overlay-head">
          <h2>Keyboard shortcuts</h2>
          <button
            ref={closeButton}
            type="button"
            className="icon-button"
            aria-label="Close (Esc)"
            onClick={() => setHelpOpen(false)}
          >
            ×
          </button>
        </div>
        <p className="dim">Table keys work when the table has focus (click a row or Tab to it).</p>
        <p className="dim">
          Click a column header (or focus it and press Enter) to sort by it, again to reverse. Its ⋮
          menu moves, pins, hides or removes the column; drag a header to move it. Right-click a
          cell, or the ⋯ of a value in the event pane, for its actions.
        </p>
        <dl className="shortcuts">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={what} className="shortcut">
              <dt>
                {keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p className="dim">Drop files or folders anywhere on the page to open them.</p>
      </div>
    </div>
  );
}
