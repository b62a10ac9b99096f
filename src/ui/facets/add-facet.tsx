/**
 * "Add facet": a field picker over every field a query can name (the same list and ranking as
 * the query box's autocomplete). Picking a field shows it as an expanded facet; the view's
 * fields follow the facets, so the engine indexes it if it has to.
 */
import { useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { fieldSuggestions } from '../search/field-suggestions';
import { SuggestionList } from '../search/suggestion-list';
import type { Suggestion } from '../search/suggestion-list';
import { useCombobox } from '../search/use-combobox';
import { addFacet } from '../../state/facet-store';

const LIMIT = 30;

function pick(field: string): void {
  addFacet(field);
}

export function AddFacet() {
  const [text, setText] = useState('');
  const [isOpen, setOpen] = useState(false);
  const found = useMemo(() => fieldSuggestions(text.trim(), LIMIT), [text]);
  const { items } = found;
  const showList = isOpen && text.trim() !== '' && items.length > 0;
  const { cursor, inputProps, listProps } = useCombobox(items.length, text, showList);

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
        {...inputProps}
        aria-label="Add a facet: type a field name"
        placeholder="+ Add facet (field name)"
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
          {...listProps}
          label="Fields"
          items={items}
          onPick={accept}
          footer={found.more > 0 ? `${found.more} more: keep typing` : undefined}
        />
      )}
    </div>
  );
}
