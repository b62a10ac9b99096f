/**
 * The menu of one column header (its ⋮ button): sort either way, move one place left or
 * right (the keyboard's way to reorder; the mouse can also drag the header), pin to the left
 * edge or unpin, hide, and remove an added field column.
 */
import type { SortSpec } from '../../protocol/messages';
import { setSort } from '../../state/search-store';
import { canMoveColumn, isBuiltInColumn } from '../../state/table-layout';
import {
  hideColumn,
  moveColumn,
  pin,
  removeColumnField,
  unpin,
  useTableLayoutStore,
} from '../../state/table-layout-store';
import { visibleTitle } from '../../lib/visible-text';
import { columnLabel } from './column-labels';
import { PopupMenu } from './popup-menu';
import type { MenuAnchor, MenuItem } from './popup-menu';

interface ColumnHeaderMenuProps {
  readonly column: string;
  readonly canHide: boolean;
  readonly sort: SortSpec;
  readonly anchor: MenuAnchor;
  readonly onClose: () => void;
}

export function ColumnHeaderMenu({
  column,
  canHide,
  sort,
  anchor,
  onClose,
}: ColumnHeaderMenuProps) {
  const layout = useTableLayoutStore();
  const isPinned = layout.pinned.includes(column);
  const isSorted = sort.column === column;
  const items: (MenuItem | 'separator')[] = [
    {
      action: 'sort-ascending',
      label: 'Sort ascending',
      isDisabled: isSorted && !sort.descending,
      run: () => setSort({ column, descending: false }),
    },
    {
      action: 'sort-descending',
      label: 'Sort descending',
      isDisabled: isSorted && sort.descending,
      run: () => setSort({ column, descending: true }),
    },
    'separator',
    {
      action: 'move-left',
      label: 'Move left',
      isDisabled: !canMoveColumn(layout, column, -1),
      run: () => moveColumn(column, -1),
    },
    {
      action: 'move-right',
      label: 'Move right',
      isDisabled: !canMoveColumn(layout, column, 1),
      run: () => moveColumn(column, 1),
    },
    isPinned
      ? { action: 'unpin', label: 'Unpin', run: () => unpin(column) }
      : { action: 'pin', label: 'Pin to the left', run: () => pin(column) },
    'separator',
    {
      action: 'hide',
      label: 'Hide column',
      isDisabled: !canHide,
      run: () => hideColumn(column),
    },
  ];
  if (!isBuiltInColumn(column)) {
    items.push({
      action: 'remove',
      label: 'Remove column',
      run: () => removeColumnField(column),
    });
  }
  return (
    <PopupMenu
      anchor={anchor}
      label={`Column ${visibleTitle(columnLabel(column), 120)}`}
      testId="column-menu"
      items={items}
      onClose={onClose}
    />
  );
}
