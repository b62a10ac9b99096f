/**
 * The event table: a virtualized grid over the events of the current view.
 *
 * Data flow: the virtualizer turns the scroll position into the visible slot range
 * (`scroll-map.ts` maps slots to rows when rows outnumber the browser's scroll height);
 * that range, padded and rounded, is asked of the engine with `useRowWindow`; the window's
 * rows, already filtered and sorted by the engine, are the table's data. TanStack Table
 * computes the columns from the layout store (order, visibility, widths, pins, added
 * fields), narrowing some to the table's width (`column-fit.ts`); rows are positioned with
 * `transform`. Rows not yet in the window render as placeholders. The row height follows the
 * density and is the virtualizer's item size.
 */
import { starEvent, useAnnotationStore } from '../../state/annotation-store';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { CSSProperties, KeyboardEvent, MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { EventRow } from '../../protocol/messages';
import { useRowWindow } from '../../state/use-row-window';
import { useDatasetId, useLoadState } from '../../state/ingest-store';
import { useSearchStore } from '../../state/search-store';
import type { Density } from '../../state/table-layout';
import { useDensity } from '../../state/table-layout-store';
import { selectEvent, useViewStore } from '../../state/view-store';
import { closeSidePanel, openSidePanel } from '../common/layout-store';
import { useElementWidth } from '../common/use-element-width';
import { columnSlots, gridVariables, slotsKey } from './column-slots';
import { rowShift, scrollTopToReveal, slotCount } from './scroll-map';
import type { ScrollGeometry } from './scroll-map';
import { TableHeader } from './table-header';
import { GridRow } from './table-rows';
import { handleTableKey } from './table-keys';
import { useKeyboardSelection } from './use-keyboard-selection';
import { TableToolbar } from './table-toolbar';
import { SampleBrief } from '../sample/sample-brief';
import { EmptyRows } from './empty-rows';
import { useCellActions } from './use-cell-actions';
import { useEventTable } from './use-event-table';

/** Row height in px per density: the virtualizer's item size and the rows' CSS height. */
export const ROW_HEIGHTS: Readonly<Record<Density, number>> = { compact: 22, comfortable: 30 };
/** Height in px of the header (table.css: a 26 px row and its 1 px border), above the rows. */
const HEADER_HEIGHT = 27;
const OVERSCAN = 4;
/** Window requests are rounded to this many rows so small scrolls reuse the window. */
const WINDOW_QUANTUM = 32;
const EMPTY_ROWS: readonly EventRow[] = [];

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

/** Keys typed into a control inside the grid (header buttons, menus) are the control's. */
function isFromControl(event: KeyboardEvent): boolean {
  const target = event.target as Element;
  return target !== event.currentTarget && target.closest('button, input, [role="menu"]') !== null;
}

export function EventTable() {
  const datasetId = useDatasetId();
  // In rules mode the view also holds the events the rule leaves undecided.
  const totalRows = useSearchStore((s) =>
    s.summary?.datasetId === datasetId ? s.summary.matching + s.summary.undecided : 0,
  );
  const totalEvents = useSearchStore((s) =>
    s.summary?.datasetId === datasetId ? s.summary.counts.events : 0,
  );
  const sort = useSearchStore((s) => s.spec.sort);
  const loadState = useLoadState();
  const selectedKey = useViewStore((s) => s.selectedKey);
  const annotations = useAnnotationStore((s) => s.byId);
  const rowHeight = ROW_HEIGHTS[useDensity()];
  const scrollRef = useRef<HTMLDivElement>(null);
  const idPrefix = useId();

  // The virtualizer re-renders this component on scroll; its methods are only called in
  // handlers, so the compiler skipping memoization here is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: slotCount(totalRows, rowHeight),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
  });
  // The virtualizer caches item sizes: a new density must drop them.
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const scrollTop = virtualizer.scrollOffset ?? 0;
  // The rows' viewport: the scroller less the header that sticks to its top. The virtualizer
  // itself is given the whole scroller, which only renders a header's height more rows.
  const viewportHeight = Math.max(0, (virtualizer.scrollRect?.height ?? 0) - HEADER_HEIGHT);
  const geometry: ScrollGeometry = useMemo(
    () => ({ rows: totalRows, rowHeight, viewportHeight }),
    [totalRows, rowHeight, viewportHeight],
  );
  const shift = rowShift(scrollTop, geometry);
  const items = virtualizer.getVirtualItems();
  const [start, count] = windowRange(items, shift, totalRows);
  const lastWindow = useRowWindow(start, count);
  // A window of the data set opened before this one is never shown under the new one.
  const rowWindow = lastWindow?.datasetId === datasetId ? lastWindow : undefined;

  // The room the rows have, which narrow columns may be fitted to (`column-fit.ts`).
  const tableWidth = useElementWidth(scrollRef);
  const table = useEventTable(rowWindow?.rows ?? EMPTY_ROWS, tableWidth);
  const tableRows = table.getRowModel().rows;
  // Kept stable while the visible columns and pins are the same, so memoized rows skip work.
  const currentSlots = columnSlots(table.getVisibleLeafColumns());
  const key = slotsKey(currentSlots);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the slots
  const slots = useMemo(() => currentSlots, [key]);
  const visibleIds = useMemo(() => slots.map((s) => s.id), [slots]);

  const reveal = useCallback(
    (index: number) => {
      const target = scrollTopToReveal(index, virtualizer.scrollOffset ?? 0, geometry);
      if (target !== undefined) virtualizer.scrollToOffset(target);
    },
    [virtualizer, geometry],
  );
  const selection = useKeyboardSelection(rowWindow, selectedKey, reveal);
  // A link's selected event, once found: scroll to its row.
  const revealRequest = useViewStore((s) => s.reveal);
  const { noteSelected: noteRevealed } = selection;
  useEffect(() => {
    if (revealRequest === undefined) return;
    noteRevealed(revealRequest.rowIndex);
    reveal(revealRequest.rowIndex);
    // Only a new request scrolls; a new geometry alone must not scroll back to it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealRequest]);
  const selectedRow = rowWindow?.rows.find((row) => row.key === selectedKey);
  const selectedDomId =
    selectedRow === undefined ? undefined : `${idPrefix}-row-${selectedRow.rowIndex}`;
  const cells = useCellActions(visibleIds, selectedRow, selectedDomId, scrollRef);
  const { noteSelected } = selection;
  const { setActiveColumn, openCellMenu } = cells;
  const onSelect = useCallback(
    (row: EventRow, column: string | undefined) => {
      noteSelected(row.rowIndex);
      if (column !== undefined) setActiveColumn(column);
      selectEvent(row);
      openSidePanel('detail');
    },
    [noteSelected, setActiveColumn],
  );
  const onCellMenu = useCallback(
    (row: EventRow, column: string, event: MouseEvent) => {
      noteSelected(row.rowIndex);
      selectEvent(row);
      openCellMenu(row, column, event);
    },
    [noteSelected, openCellMenu],
  );

  const variables = gridVariables(table, rowHeight);
  const pageRows = Math.max(1, Math.floor(viewportHeight / rowHeight) - 1);
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
    const isStarred = row !== undefined && annotations.get(row.original.eventId)?.starred === true;
    const domId = `${idPrefix}-row-${index}`;
    if (isSelected) activeId = domId;
    return (
      <GridRow
        key={item.index % pool}
        row={row}
        rowIndex={index}
        top={item.start}
        isSelected={isSelected}
        isStarred={isStarred}
        domId={domId}
        slots={slots}
        activeColumn={isSelected ? cells.activeColumn : undefined}
        onSelect={onSelect}
        onCellMenu={onCellMenu}
      />
    );
  });

  return (
    <section className="event-table-area" aria-label="Event table">
      <SampleBrief />
      <TableToolbar
        table={table}
        firstRow={shift + Math.floor(scrollTop / rowHeight)}
        lastRow={shift + Math.floor((scrollTop + viewportHeight - 1) / rowHeight)}
        totalRows={totalRows}
        isScaled={slotCount(totalRows, rowHeight) < totalRows}
      />
      <div className="et-body">
        <div
          // The grid is its own scroller, so the one element that takes focus is the one that
          // scrolls (keyboard users reach every row, screen readers read the rows it owns);
          // the header sticks to its top.
          className="event-table"
          ref={scrollRef}
          data-testid="event-table"
          data-view-id={rowWindow?.viewId}
          data-density={rowHeight === ROW_HEIGHTS.compact ? 'compact' : 'comfortable'}
          role="grid"
          aria-label="Events"
          aria-rowcount={totalRows + 1}
          aria-colcount={slots.length}
          aria-activedescendant={activeId}
          tabIndex={0}
          style={variables as CSSProperties}
          onKeyDown={(event) => {
            if (isFromControl(event)) return;
            handleTableKey(event, {
              totalRows,
              pageRows,
              selectedIndex: selection.selectedIndex,
              firstVisibleIndex: () => shift + Math.ceil(scrollTop / rowHeight),
              selectIndex: selection.selectIndex,
              openDetail: () => openSidePanel('detail'),
              closeDetail: closeSidePanel,
              scrollSideways: (dx) => scrollRef.current?.scrollBy({ left: dx }),
              moveActiveColumn: cells.moveActiveColumn,
              filterActiveCell: cells.filterActiveCell,
              openCellMenu: cells.openActiveCellMenu,
              toggleStar: () => {
                if (selectedRow === undefined) return;
                const isStarred = annotations.get(selectedRow.eventId)?.starred === true;
                starEvent(selectedRow.eventId, !isStarred);
              },
            });
          }}
        >
          <TableHeader table={table} slots={slots} sort={sort} />
          <div className="et-canvas" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
            {rendered}
          </div>
        </div>
        {totalRows === 0 && <EmptyRows isLoading={loadState === 'loading'} events={totalEvents} />}
      </div>
      {cells.menu}
    </section>
  );
}
