/**
 * The TanStack table of the event grid: the built-in columns plus one per added field, over
 * the rows of the current window. Column order, visibility, widths and pins are controlled
 * by the layout store (`table-layout-store.ts`): the table computes from them and writes
 * back what it changes itself (widths while resizing, its resets). Columns the analyst has
 * not sized may be narrowed to fit the table's width (`column-fit.ts`); those widths are not
 * stored. No row model runs here: the engine filters and sorts, the window's rows arrive in
 * view order.
 */
import { useMemo } from 'react';
import { functionalUpdate, useTable } from '@tanstack/react-table';
import type { EventRow } from '../../protocol/messages';
import type { TableLayout } from '../../state/table-layout';
import { visibleColumns } from '../../state/table-layout';
import {
  patchLayout,
  setColumnVisibility,
  setColumnWidths,
  useTableLayoutStore,
} from '../../state/table-layout-store';
import { fitColumnWidths } from './column-fit';
import { ROW_MARK_PX } from './column-slots';
import { tableColumns, tableFeatureSet } from './columns';

const rowId = (row: EventRow) => String(row.rowIndex);

/** The layout in TanStack's state shapes; `fitted` widths apply where the layout sets none. */
function tableState(layout: TableLayout, fitted: Readonly<Record<string, number>> = {}) {
  return {
    columnOrder: [...layout.order],
    columnVisibility: Object.fromEntries(layout.hidden.map((id) => [id, false])),
    columnPinning: { start: [...layout.pinned], end: [] },
    columnSizing: { ...fitted, ...layout.widths },
  };
}

/** The state to apply an update to: the store's latest, which may be ahead of this render. */
const latest = () => tableState(useTableLayoutStore.getState());

/** `tableWidth`: the width the rows have to show in (0 before it is measured). */
export function useEventTable(rows: readonly EventRow[], tableWidth: number) {
  const layout = useTableLayoutStore();
  const { fields } = layout;
  const columns = useMemo(() => tableColumns(fields), [fields]);
  const fitted = useMemo(() => {
    const sizes = new Map(columns.map((c) => [c.id, c.size]));
    const visible = visibleColumns(layout).map((id) => ({
      id,
      size: sizes.get(id) ?? 0,
      isSized: Object.hasOwn(layout.widths, id),
    }));
    return fitColumnWidths(visible, tableWidth, ROW_MARK_PX);
  }, [columns, layout, tableWidth]);
  const state = useMemo(() => tableState(layout, fitted), [layout, fitted]);

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
