/**
 * Column chooser: shows or hides table columns (the table's visibility state) and resets
 * widths. A native <details> disclosure, so it needs no focus management of its own.
 */
import { useEffect, useRef } from 'react';
import type { ReactTable } from '@tanstack/react-table';
import type { EventRow, TableColumnId } from '../../protocol/messages';
import type { TableFeatureSet } from './columns';
import { COLUMN_LABELS } from './columns';

interface ColumnMenuProps {
  readonly table: ReactTable<TableFeatureSet, EventRow>;
}

function label(id: string): string {
  return id in COLUMN_LABELS ? COLUMN_LABELS[id as TableColumnId] : id;
}

export function ColumnMenu({ table }: ColumnMenuProps) {
  const details = useRef<HTMLDetailsElement>(null);
  // A <details> stays open until its summary is clicked: also close it on a click outside
  // or Esc, as a menu would.
  useEffect(() => {
    const close = (event: Event) => {
      const el = details.current;
      if (el === null || !el.open) return;
      if (
        event instanceof KeyboardEvent ? event.key === 'Escape' : !el.contains(event.target as Node)
      ) {
        el.open = false;
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  return (
    <details className="menu" ref={details}>
      <summary className="button button--small">Columns</summary>
      <div className="menu-panel" role="group" aria-label="Visible columns">
        {table.getAllLeafColumns().map((column) => (
          <label key={column.id} className="menu-item">
            <input
              type="checkbox"
              checked={column.getIsVisible()}
              disabled={!column.getCanHide()}
              onChange={(e) => column.toggleVisibility(e.target.checked)}
            />
            {label(column.id)}
          </label>
        ))}
        <div className="menu-actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => table.resetColumnVisibility(true)}
          >
            Show all
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => table.resetColumnSizing(true)}
          >
            Reset widths
          </button>
        </div>
      </div>
    </details>
  );
}
