/**
 * "Add facet": a field picker over every field a query can name (the same list and ranking as
 * the query box's autocomplete). Picking a field shows it as an expanded facet; the view's
 * fields follow the facets, so the engine indexes it if it has to.
 */
import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { FIELD_CATALOG } from '../search/field-catalog';
import { matchFields } from '../search/match-fields';
import { optionId, SuggestionList } from '../search/suggestion-list';
import type { Suggestion } from '../search/suggestion-list';
import { useListCursor } from '../search/use-list-cursor';
import { addFacet } from '../../state/facet-store';

const LIMIT = 30;

function pick(field: string): void {
  addFacet(field);
}

export function AddFacet() {
  const [text, setText] = useState('');
  const [isOpen, setOpen] = useState(false);
  const listId = useId();
  const found = useMemo(() => matchFields(FIELD_CATALOG, text.trim(), LIMIT), [text]);
  const items: Suggestion[] = found.matches.map(({ info }) => ({
    insert: info.field,
    kind: 'field',
    type: info.type,
    description: info.description,
    isIndexed: info.isIndexed,
  }));
  const cursor = useListCursor(items.length, text);
  const showList = isOpen && text.trim() !== '' && items.length > 0;

  const accept = (item: Suggestion | undefined) => {
    if (item === undefined) return;
    pick(item.insert);
    setText('');
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        cursor.move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter':
        event.preventDefault();
        accept(items[cursor.active] ?? items[0]);
        return;
      case 'Escape':
        event.preventDefault();
        if (showList) setOpen(false);
        else setText('');
        return;
    }
  };

  return (
    <div className="add-facet">
      <input
        type="text"
        className="add-facet-input"
        data-testid="add-facet"
        role="combobox"
        aria-label="Add a facet: type a field name"
        aria-expanded={showList}
        aria-controls={showList ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={
          showList && cursor.active >= 0 ? optionId(listId, cursor.active) : undefined
        }
        placeholder="+ Add facet (field name)"
        spellCheck={false}
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <SuggestionList
          id={listId}
          label="Fields"
          items={items}
          active={cursor.active}
          onPick={accept}
          onHover={cursor.set}
          footer={found.more > 0 ? `${found.more} more: keep typing` : undefined}
        />
      )}
    </div>
  );
}
