/**
 * The TanStack table of the event grid: the built-in columns plus one per added field, over
 * the rows of the current window. Column order, visibility, widths and pins are controlled
 * by the layout store (`table-layout-store.ts`): the table computes from them and writes
 * back what it changes itself (widths while resizing, its resets). No row model runs here:
 * the engine filters and sorts, the window's rows arrive in view order.
 */
import { useMemo } from 'react';
import { functionalUpdate, useTable } from '@tanstack/react-table';
import type { EventRow } from '../../protocol/messages';
import type { TableLayout } from '../../state/table-layout';
import {
  patchLayout,
  setColumnVisibility,
  setColumnWidths,
  useTableLayoutStore,
} from '../../state/table-layout-store';
import { tableColumns, tableFeatureSet } from './columns';

const rowId = (row: EventRow) => String(row.rowIndex);

/** The layout in TanStack's state shapes. */
function tableState(layout: TableLayout) {
  return {
    columnOrder: [...layout.order],
    columnVisibility: Object.fromEntries(layout.hidden.map((id) => [id, false])),
    columnPinning: { start: [...layout.pinned], end: [] },
    columnSizing: { ...layout.widths },
  };
}

/** The state to apply an update to: the store's latest, which may be ahead of this render. */
const latest = () => tableState(useTableLayoutStore.getState());

export function useEventTable(rows: readonly EventRow[]) {
  const layout = useTableLayoutStore();
  const { fields } = layout;
  const columns = useMemo(() => tableColumns(fields), [fields]);
  const state = useMemo(() => tableState(layout), [layout]);

  return useTable({
    features: tableFeatureSet,
    columns,
    data: rows,
    getRowId: rowId,
    columnResizeMode: 'onChange',
    enableColumnResizing: true,
    state,
    onColumnSizingChange: (updater) =>
      setColumnWidths(functionalUpdate(updater, latest().columnSizing)),
    onColumnVisibilityChange: (updater) =>
      setColumnVisibility(functionalUpdate(updater, latest().columnVisibility)),
    onColumnOrderChange: (updater) =>
      patchLayout({ order: functionalUpdate(updater, latest().columnOrder) }),
    onColumnPinningChange: (updater) =>
      patchLayout({ pinned: functionalUpdate(updater, latest().columnPinning).start }),
  });
}
