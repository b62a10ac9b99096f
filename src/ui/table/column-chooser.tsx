/**
 * Column chooser: every column the table can show — the built-in ones and every field of the
 * event schema with its type and description — with a search box over paths and
 * descriptions. Ticking a field adds it as a column (the engine indexes it, reading the
 * events again unless the field is one of the indexed, fast ones); unticking removes it.
 * Built-in columns are shown or hidden. A native <details> disclosure: it needs no focus
 * management of its own, and closes on Esc or a click outside like a menu.
 */
import { useId, useRef, useState } from 'react';
import type { ReactTable } from '@tanstack/react-table';
import type { EventRow } from '../../protocol/messages';
import { formatInt } from '../../lib/format';
import { visibleText, visibleTitle } from '../../lib/visible-text';
import {
  addColumnField,
  hideColumn,
  removeColumnField,
  resetLayout,
  showColumn,
  useTableLayoutStore,
} from '../../state/table-layout-store';
import type { TableFeatureSet } from './columns';
import { schemaFieldInfo } from '../common/field-catalog';
import { useDetailsMenu, useMenuPanelPlacement } from '../common/use-details-menu';
import {
  BUILT_IN_ENTRIES,
  SCHEMA_ENTRIES,
  customField,
  filterCatalog,
  unlistedEntry,
} from './column-catalog';
import type { CatalogEntry } from './column-catalog';

interface ColumnChooserProps {
  readonly table: ReactTable<TableFeatureSet, EventRow>;
}

/** Fields listed at once; a narrower search shows the rest. */
const FIELDS_SHOWN = 150;

function OptionText({ entry }: { readonly entry: CatalogEntry }) {
  return (
    <span className="chooser-text">
      <span className={entry.isBuiltIn ? 'chooser-label' : 'chooser-label mono'}>
        {visibleText(entry.label, 160).text}
      </span>
      <span className="chooser-type">{entry.type}</span>
      {entry.isIndexed && !entry.isBuiltIn && (
        <span className="chooser-indexed" title="Indexed: sorts and filters on it are instant">
          indexed
        </span>
      )}
      {entry.description !== '' && <span className="chooser-description">{entry.description}</span>}
    </span>
  );
}

function ChooserPanel({ table }: ColumnChooserProps) {
  const [query, setQuery] = useState('');
  const hidden = useTableLayoutStore((s) => s.hidden);
  const fields = useTableLayoutStore((s) => s.fields);
  const searchId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useMenuPanelPlacement(panel);

  const builtIns = filterCatalog(BUILT_IN_ENTRIES, query);
  // Added fields the schema does not describe (a newer agent's) are listed too.
  const extra = fields.filter((f) => schemaFieldInfo(f) === undefined).map(unlistedEntry);
  const schema = filterCatalog([...extra, ...SCHEMA_ENTRIES], query);
  const custom = customField(query);
  const isShown = (id: string) => !hidden.includes(id);

  return (
    <div ref={panel} className="menu-panel chooser-panel" data-testid="column-chooser-panel">
      <label className="visually-hidden" htmlFor={searchId}>
        Search columns and fields
      </label>
      <input
        id={searchId}
        className="chooser-search"
        type="search"
        data-testid="column-chooser-search"
        placeholder="Search fields by path or description"
        autoComplete="off"
        spellCheck={false}
        autoFocus
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="chooser-list">
        {builtIns.length > 0 && <h3 className="chooser-heading">Table columns</h3>}
        {builtIns.map((entry) => (
          <label
            key={entry.id}
            className="chooser-option"
            data-testid="column-option"
            data-column={entry.id}
          >
            <input
              type="checkbox"
              checked={isShown(entry.id)}
              disabled={table.getColumn(entry.id)?.getCanHide() === false}
              onChange={(e) => (e.target.checked ? showColumn(entry.id) : hideColumn(entry.id))}
            />
            <OptionText entry={entry} />
          </label>
        ))}
        <h3 className="chooser-heading">
          Event fields{' '}
          <span className="dim">
            {formatInt(schema.length)} of {formatInt(SCHEMA_ENTRIES.length + extra.length)}
          </span>
        </h3>
        {custom !== undefined && !fields.includes(custom) && (
          <button
            type="button"
            className="link-button chooser-custom"
            data-testid="column-add-custom"
            onClick={() => addColumnField(custom)}
          >
            Add {visibleText(custom, 120).text} as a column (not in the schema)
          </button>
        )}
        {schema.slice(0, FIELDS_SHOWN).map((entry) => {
          const isAdded = fields.includes(entry.id) && isShown(entry.id);
          return (
            <label
              key={entry.id}
              className="chooser-option"
              data-testid="column-option"
              data-column={entry.id}
              data-indexed={entry.isIndexed}
              title={visibleTitle(entry.id)}
            >
              <input
                type="checkbox"
                checked={isAdded}
                onChange={(e) =>
                  e.target.checked ? addColumnField(entry.id) : removeColumnField(entry.id)
                }
              />
              <OptionText entry={entry} />
            </label>
          );
        })}
        {schema.length > FIELDS_SHOWN && (
          <p className="dim chooser-more">
            {formatInt(schema.length - FIELDS_SHOWN)} more fields: narrow the search to see them.
          </p>
        )}
        {schema.length === 0 && builtIns.length === 0 && (
          <p className="dim chooser-more">No column or field matches.</p>
        )}
      </div>
      <div className="menu-actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => table.resetColumnSizing(true)}
        >
          Reset widths
        </button>
        <button type="button" className="button button--small" onClick={resetLayout}>
          Reset table
        </button>
      </div>
    </div>
  );
}

export function ColumnChooser({ table }: ColumnChooserProps) {
  const details = useRef<HTMLDetailsElement>(null);
  const [isOpen, setOpen] = useState(false);
  // A <details> stays open until its summary is clicked: close it as a menu would.
  useDetailsMenu(details);
  return (
    <details
      className="menu column-chooser"
      ref={details}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="button button--small" data-testid="column-chooser">
        Columns
      </summary>
      {/* Built only while open: the schema lists hundreds of fields. */}
      {isOpen && <ChooserPanel table={table} />}
    </details>
  );
}
