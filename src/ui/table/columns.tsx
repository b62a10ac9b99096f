/**
 * Column definitions of the event table: one per `TABLE_COLUMNS` id, in that order, plus a
 * column per field the analyst added (`fieldColumn`), whose text the engine sends in
 * `EventRow.fields`.
 *
 * Cell renderers are pure functions of the row (no closures over app state), so the same
 * definitions work whatever the row window is. Every value is untrusted log text: it goes
 * through `visibleText` for display and `visibleTitle` for the tooltip that shows it whole.
 */
import type { ReactNode } from 'react';
import {
  columnOrderingFeature,
  columnPinningFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  tableFeatures,
} from '@tanstack/react-table';
import type { EventRow } from '../../protocol/messages';
import { formatUtcTime, shortContainerId } from '../../lib/format';
import { visibleText, visibleTitle } from '../../lib/visible-text';
import { OutcomeLabel, ValidityBadge } from '../common/badges';
import { RuleResultTag } from '../rules/rule-result-tag';
import { COLUMN_LABELS } from './column-labels';

export const tableFeatureSet = tableFeatures({
  columnSizingFeature,
  columnResizingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  columnPinningFeature,
});

export type TableFeatureSet = typeof tableFeatureSet;

const helper = createColumnHelper<TableFeatureSet, EventRow>();

/** Characters of a value drawn in a cell; the tooltip and the detail pane have the rest. */
const CELL_CHARS = 300;

function TextCell({ value, title }: { readonly value: string; readonly title?: string }) {
  if (value === '') return <span className="dim">—</span>;
  return (
    <span className="cell-text" title={title ?? visibleTitle(value)}>
      {visibleText(value, CELL_CHARS).text}
    </span>
  );
}

function processLabel(row: EventRow): string {
  if (row.pid < 0) return row.processName;
  return row.processName === '' ? `(${row.pid})` : `${row.processName} (${row.pid})`;
}

function typeCell(row: EventRow): ReactNode {
  if (row.type === '') return <span className="dim">—</span>;
  const title =
    row.category === ''
      ? visibleTitle(row.type)
      : `${visibleTitle(row.type)} · ${visibleTitle(row.category)}`;
  return (
    <span className="cell-text" title={title}>
      <RuleResultTag result={row.ruleResult} />
      {visibleText(row.type, 80).text}
      {row.category !== '' && <span className="tag">{visibleText(row.category, 40).text}</span>}
    </span>
  );
}

export const eventColumns = helper.columns([
  helper.accessor('timeMs', {
    id: 'time',
    header: COLUMN_LABELS.time,
    size: 178,
    minSize: 120,
    enableHiding: false,
    cell: (info) => <span className="cell-time">{formatUtcTime(info.row.original.timeMs)}</span>,
  }),
  helper.accessor('type', {
    id: 'type',
    header: COLUMN_LABELS.type,
    size: 150,
    cell: (info) => typeCell(info.row.original),
  }),
  helper.accessor('outcome', {
    id: 'outcome',
    header: COLUMN_LABELS.outcome,
    size: 100,
    cell: (info) => <OutcomeLabel outcome={info.row.original.outcome} />,
  }),
  helper.accessor((row) => processLabel(row), {
    id: 'process',
    header: COLUMN_LABELS.process,
    size: 150,
    cell: (info) => <TextCell value={processLabel(info.row.original)} />,
  }),
  helper.accessor('executable', {
    id: 'executable',
    header: COLUMN_LABELS.executable,
    size: 200,
    cell: (info) => <TextCell value={info.row.original.executable} />,
  }),
  helper.accessor('target', {
    id: 'target',
    header: COLUMN_LABELS.target,
    size: 260,
    cell: (info) => <TextCell value={info.row.original.target} />,
  }),
  helper.accessor('user', {
    id: 'user',
    header: COLUMN_LABELS.user,
    size: 90,
    cell: (info) => <TextCell value={info.row.original.user} />,
  }),
  helper.accessor('container', {
    id: 'container',
    header: COLUMN_LABELS.container,
    size: 110,
    cell: (info) => (
      <TextCell
        value={shortContainerId(info.row.original.container)}
        title={visibleTitle(info.row.original.container)}
      />
    ),
  }),
  helper.accessor('host', {
    id: 'host',
    header: COLUMN_LABELS.host,
    size: 130,
    cell: (info) => <TextCell value={info.row.original.host} />,
  }),
  helper.accessor('validity', {
    id: 'validity',
    header: COLUMN_LABELS.validity,
    size: 100,
    cell: (info) => <ValidityBadge validity={info.row.original.validity} />,
  }),
  helper.accessor('source', {
    id: 'source',
    header: COLUMN_LABELS.source,
    size: 160,
    cell: (info) => <TextCell value={info.row.original.source} />,
  }),
]);

/** Width of a field column before the analyst resizes it. */
const FIELD_COLUMN_SIZE = 160;

function FieldCell({ value }: { readonly value: string | undefined }) {
  // Undefined: the engine has not sent the field yet (it may still be indexing it).
  if (value === undefined) return <span className="dim">…</span>;
  return <TextCell value={value} />;
}

/** The column of an added field (`@file.mode`); its id is the field itself. */
export function fieldColumn(field: string) {
  return helper.accessor((row) => row.fields[field] ?? '', {
    id: field,
    header: field,
    size: FIELD_COLUMN_SIZE,
    minSize: 60,
    cell: (info) => <FieldCell value={info.row.original.fields[field]} />,
  });
}

/** The built-in columns followed by a column for each added field. */
export function tableColumns(fields: readonly string[]) {
  return helper.columns([...eventColumns, ...fields.map(fieldColumn)]);
}
