/**
 * Actions on one value of one field, offered from a table cell and from the detail pane's
 * field tree: filter the view to events with that value (or without it), add the field as a
 * table column, copy the value. Filters edit the query text (`filterBy`), so asking again
 * takes the term out; the labels say which way a click goes. Field paths from the detail
 * tree are keys of the log itself: shown as visible text like any value.
 */
import { useState } from 'react';
import { termState } from '../../query/compose';
import { visibleText, visibleTitle } from '../../lib/visible-text';
import { filterBy, useSearchStore } from '../../state/search-store';
import { addColumnField, useTableLayoutStore } from '../../state/table-layout-store';
import { PopupMenu } from './popup-menu';
import type { MenuAnchor, MenuItem } from './popup-menu';

export interface FieldTarget {
  /** Field in query syntax (`@file.path`), when the value has one. */
  readonly field: string | undefined;
  /** The value as the event holds it (untrusted text). */
  readonly value: string;
  /** Whether `field:value` finds this value (false for lists and empty values). */
  readonly canFilter: boolean;
  /** The table column a new column goes after. */
  readonly afterColumn?: string;
}

interface FieldMenuProps {
  readonly target: FieldTarget;
  readonly anchor: MenuAnchor;
  readonly onClose: () => void;
}

type CopyState = 'idle' | 'failed';

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard === undefined) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function FieldMenu({ target, anchor, onClose }: FieldMenuProps) {
  const { field, value, canFilter } = target;
  const query = useSearchStore((s) => s.spec.query);
  const isShownAsColumn = useTableLayoutStore(
    (s) => field !== undefined && s.fields.includes(field) && !s.hidden.includes(field),
  );
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const state = canFilter && field !== undefined ? termState(query, field, value) : undefined;

  const items: MenuItem[] = [
    {
      action: 'filter-in',
      label: state === 'in' ? 'Remove this filter' : 'Filter in: only this value',
      isDisabled: !canFilter,
      run: () => {
        if (field !== undefined) filterBy(field, value, false);
      },
    },
    {
      action: 'filter-out',
      label: state === 'out' ? 'Remove this exclusion' : 'Filter out: hide this value',
      isDisabled: !canFilter,
      run: () => {
        if (field !== undefined) filterBy(field, value, true);
      },
    },
    {
      action: 'add-column',
      label: isShownAsColumn ? 'Already a column' : 'Add the field as a column',
      isDisabled: field === undefined || isShownAsColumn,
      run: () => {
        if (field !== undefined) addColumnField(field, target.afterColumn);
      },
    },
    {
      action: 'copy',
      label: 'Copy the value',
      run: () => {
        // Not awaited: the menu closes when the copy worked and says so when it did not.
        void copyText(value).then((isCopied) => (isCopied ? onClose() : setCopyState('failed')));
        return 'keep-open';
      },
    },
  ];

  const shown = visibleText(value, 80);
  const heading = (
    <>
      <span
        className="popup-menu-field"
        title={field === undefined ? undefined : visibleTitle(field)}
      >
        {field === undefined ? 'No field to filter on' : visibleText(field, 120).text}
      </span>
      <span className="popup-menu-value" title={visibleTitle(value)}>
        {value === '' ? '(empty)' : `${shown.text}${shown.truncated ? '…' : ''}`}
      </span>
    </>
  );
  return (
    <PopupMenu
      anchor={anchor}
      label="Value actions"
      testId="cell-menu"
      heading={heading}
      items={items}
      status={
        copyState === 'failed'
          ? 'Copy was refused by the browser: select the text and press Ctrl+C (⌘C).'
          : undefined
      }
      onClose={onClose}
    />
  );
}
