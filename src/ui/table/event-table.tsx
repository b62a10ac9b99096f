/**
 * The event table: a virtualized grid over every event of the data set.
 *
 * Data flow: the virtualizer turns the scroll position into the visible slot range
 * (`scroll-map.ts` maps slots to rows when rows outnumber the browser's scroll height);
 * that range, padded and rounded, is asked of the engine with `useRowWindow`; the window's
 * rows are the table's data. TanStack Table owns columns, widths and visibility; rows are
 * positioned with `transform`. Rows not yet in the window render as placeholders.
 */
import { useCallback, useId, useMemo, useRef } from 'react';
import type { CSSProperties } from 'react';
import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { EventRow } from '../../protocol/messages';
import { useRowWindow } from '../../state/use-row-window';
import { useDatasetId, useLoadState } from '../../state/ingest-store';
import { useSearchStore } from '../../state/search-store';
import { selectEvent, useViewStore } from '../../state/view-store';
import { closeSidePanel, openSidePanel } from '../common/layout-store';
import { eventColumns, tableFeatureSet } from './columns';
import { rowShift, scrollTopToReveal, slotCount } from './scroll-map';
import type { ScrollGeometry } from './scroll-map';
import { TableHeader } from './table-header';
import { GridRow } from './table-rows';
import { handleTableKey } from './table-keys';
import { useKeyboardSelection } from './use-keyboard-selection';
import { TableToolbar } from './table-toolbar';
import { EmptyRows } from './empty-rows';

export const ROW_HEIGHT = 22;
const OVERSCAN = 4;
/** Window requests are rounded to this many rows so small scrolls reuse the window. */
const WINDOW_QUANTUM = 32;
const EMPTY_ROWS: readonly EventRow[] = [];

const rowId = (row: EventRow) => String(row.rowIndex);

function windowRange(
  items: readonly VirtualItem[],
  shift: number,
  total: number,
): [number, number] {
  const first = items[0];
  const last = items[items.length - 1];
  if (first === undefined || last === undefined || total === 0) return [0, 0];
  const start = Math.floor((shift + first.index) / WINDOW_QUANTUM) * WINDOW_QUANTUM;
  const end = Math.min(
    total,
    Math.ceil((shift + last.index + 1) / WINDOW_QUANTUM) * WINDOW_QUANTUM,
  );
  return [start, end - start];
}

export function EventTable() {
  const datasetId = useDatasetId();
  const totalRows = useSearchStore((s) =>
    s.summary?.datasetId === datasetId ? s.summary.matching : 0,
  );
  const loadState = useLoadState();
  const selectedKey = useViewStore((s) => s.selectedKey);
  const scrollRef = useRef<HTMLDivElement>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  const idPrefix = useId();

  // The virtualizer re-renders this component on scroll; its methods are only called in
  // handlers, so the compiler skipping memoization here is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: slotCount(totalRows, ROW_HEIGHT),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const scrollTop = virtualizer.scrollOffset ?? 0;
  const viewportHeight = virtualizer.scrollRect?.height ?? 0;
  const geometry: ScrollGeometry = useMemo(
    () => ({ rows: totalRows, rowHeight: ROW_HEIGHT, viewportHeight }),
    [totalRows, viewportHeight],
  );
  const shift = rowShift(scrollTop, geometry);
  const items = virtualizer.getVirtualItems();
  const [start, count] = windowRange(items, shift, totalRows);
  const lastWindow = useRowWindow(start, count);
  // A window of the data set opened before this one is never shown under the new one.
  const rowWindow = lastWindow?.datasetId === datasetId ? lastWindow : undefined;

  const table = useTable({
    features: tableFeatureSet,
    columns: eventColumns,
    data: rowWindow?.rows ?? EMPTY_ROWS,
    getRowId: rowId,
    columnResizeMode: 'onChange',
    enableColumnResizing: true,
  });
  const tableRows = table.getRowModel().rows;
  // Kept stable while the visible columns are the same, so memoized rows can skip work.
  const columnKey = table
    .getVisibleLeafColumns()
    .map((c) => c.id)
    .join(',');
  const columnIds = useMemo(() => columnKey.split(','), [columnKey]);

  const reveal = useCallback(
    (index: number) => {
      const target = scrollTopToReveal(index, virtualizer.scrollOffset ?? 0, geometry);
      if (target !== undefined) virtualizer.scrollToOffset(target);
    },
    [virtualizer, geometry],
  );
  const selection = useKeyboardSelection(rowWindow, selectedKey, reveal);
  const { noteSelected } = selection;
  const onSelect = useCallback(
    (row: EventRow) => {
      noteSelected(row.rowIndex);
      selectEvent(row.key);
      openSidePanel('detail');
    },
    [noteSelected],
  );

  const sizes: Record<string, string> = {};
  for (const header of table.getFlatHeaders())
    sizes[`--col-${header.column.id}`] = `${header.getSize()}px`;
  sizes['--row-width'] = `${table.getTotalSize()}px`;

  const pageRows = Math.max(1, Math.floor(viewportHeight / ROW_HEIGHT) - 1);
  const windowOffset = rowWindow?.rowOffset ?? 0;
  let activeId: string | undefined;

  // Slots are keyed by index modulo a pool at least as large as the rendered range: a slot
  // that scrolls out is reused for the one that scrolls in, so React updates its text
  // instead of removing and creating DOM rows.
  const pool = 2 ** Math.ceil(Math.log2(Math.max(64, items.length)));
  const rendered = items.map((item) => {
    const index = shift + item.index;
    const candidate = tableRows[index - windowOffset];
    const row = candidate?.original.rowIndex === index ? candidate : undefined;
    const isSelected = row !== undefined && row.original.key === selectedKey;
    const domId = `${idPrefix}-row-${index}`;
    if (isSelected) activeId = domId;
    return (
      <GridRow
        key={item.index % pool}
        row={row}
        rowIndex={index}
        top={item.start}
        isSelected={isSelected}
        domId={domId}
        columnIds={columnIds}
        onSelect={onSelect}
      />
    );
  });

  return (
    <section className="event-table-area" aria-label="Event table">
      <TableToolbar
        table={table}
        firstRow={shift + Math.floor(scrollTop / ROW_HEIGHT)}
        lastRow={shift + Math.floor((scrollTop + viewportHeight - 1) / ROW_HEIGHT)}
        totalRows={totalRows}
        isScaled={slotCount(totalRows, ROW_HEIGHT) < totalRows}
      />
      <div
        className="event-table"
        data-testid="event-table"
        role="grid"
        aria-label="Events"
        aria-rowcount={totalRows + 1}
        aria-colcount={columnIds.length}
        aria-activedescendant={activeId}
        tabIndex={0}
        style={sizes as CSSProperties}
        onKeyDown={(event) =>
          handleTableKey(event, {
            totalRows,
            pageRows,
            selectedIndex: selection.selectedIndex,
            firstVisibleIndex: () => shift + Math.ceil(scrollTop / ROW_HEIGHT),
            selectIndex: selection.selectIndex,
            openDetail: () => openSidePanel('detail'),
            closeDetail: closeSidePanel,
            scrollSideways: (dx) => scrollRef.current?.scrollBy({ left: dx }),
          })
        }
      >
        <TableHeader table={table} scrollRef={headerRef} />
        <div
          className="et-scroll"
          ref={scrollRef}
          tabIndex={-1}
          onScroll={(event) => {
            if (headerRef.current !== null)
              headerRef.current.scrollLeft = event.currentTarget.scrollLeft;
          }}
        >
          <div className="et-canvas" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
            {rendered}
          </div>
          {totalRows === 0 && <EmptyRows isLoading={loadState === 'loading'} />}
        </div>
      </div>
    </section>
  );
}
