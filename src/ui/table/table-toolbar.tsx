/**
 * Slim bar above the event table: which rows are in view, facts about the data set, a note
 * when scrolling is scaled (more rows than the browser's scroll height), the row density
 * toggle, the column chooser, the toggle to the full-width lanes, and the way to compare the
 * data set with a baseline.
 */
import type { ReactTable } from '@tanstack/react-table';
import type { EventRow } from '../../protocol/messages';
import { formatInt } from '../../lib/format';
import { setDensity, useDensity } from '../../state/table-layout-store';
import { LanesViewToggle } from '../lanes/lanes-view-toggle';
import type { TableFeatureSet } from './columns';
import { BaselineFromOpen } from '../compare/baseline-from-open';
import { CompareButton } from '../compare/compare-button';
import { ColumnChooser } from './column-chooser';
import { DataSetFacts } from './data-set-facts';

interface TableToolbarProps {
  readonly table: ReactTable<TableFeatureSet, EventRow>;
  /** 0-based first and last row in view. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly totalRows: number;
  readonly isScaled: boolean;
}

function DensityToggle() {
  const density = useDensity();
  const isComfortable = density === 'comfortable';
  return (
    <button
      type="button"
      className="button button--small"
      data-testid="density-toggle"
      aria-pressed={isComfortable}
      title={isComfortable ? 'Show more rows at once' : 'Give rows more room'}
      onClick={() => setDensity(isComfortable ? 'compact' : 'comfortable')}
    >
      Roomy rows
    </button>
  );
}

export function TableToolbar({ table, firstRow, lastRow, totalRows, isScaled }: TableToolbarProps) {
  const last = Math.min(totalRows, lastRow + 1);
  return (
    <div className="et-toolbar">
      <span className="et-range" aria-live="off">
        {totalRows === 0
          ? 'No rows'
          : `Rows ${formatInt(Math.min(firstRow + 1, last))}–${formatInt(last)} of ${formatInt(totalRows)}`}
      </span>
      <DataSetFacts />
      {isScaled && (
        <span
          className="et-note"
          title="More rows than a page can scroll through pixel by pixel: the scrollbar covers all rows and the wheel moves several rows at a time. Use j/k, PageUp/PageDown, Home/End for exact steps."
        >
          scaled scrolling
        </span>
      )}
      <span className="et-hint">j/k move · f filter · m cell menu · ? keys</span>
      <CompareButton />
      <BaselineFromOpen />
      <DensityToggle />
      <ColumnChooser table={table} />
      <LanesViewToggle />
    </div>
  );
}
