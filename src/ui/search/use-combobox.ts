/**
 * The wiring an ARIA combobox input shares with its suggestion list (query box, facet
 * picker): the list's id, the highlighted option (`useListCursor`), the input's combobox
 * attributes and the list's id / highlight / hover props. Keys stay with each box: what
 * Enter, Tab and Esc do differs between them.
 */
import { useId } from 'react';
import { optionId } from './suggestion-list';
import type { ListCursor } from './use-list-cursor';
import { useListCursor } from './use-list-cursor';

export interface Combobox {
  readonly cursor: ListCursor;
  /** Spread on the `<input>`. */
  readonly inputProps: {
    readonly role: 'combobox';
    readonly 'aria-expanded': boolean;
    readonly 'aria-controls': string | undefined;
    readonly 'aria-autocomplete': 'list';
    readonly 'aria-activedescendant': string | undefined;
    readonly spellCheck: false;
    readonly autoComplete: 'off';
  };
  /** Spread on the `<SuggestionList>`. */
  readonly listProps: {
    readonly id: string;
    readonly active: number;
    readonly onHover: (index: number) => void;
  };
}

/**
 * `count` options, shown while `isShown`; the highlight goes back to `initial` (-1: none)
 * whenever `resetKey` (what the list was made for) changes.
 */
export function useCombobox(
  count: number,
  resetKey: string,
  isShown: boolean,
  initial = -1,
): Combobox {
  const listId = useId();
  const cursor = useListCursor(count, resetKey, initial);
  return {
    cursor,
    inputProps: {
      role: 'combobox',
      'aria-expanded': isShown,
      'aria-controls': isShown ? listId : undefined,
      'aria-autocomplete': 'list',
      'aria-activedescendant':
        isShown && cursor.active >= 0 ? optionId(listId, cursor.active) : undefined,
      spellCheck: false,
      autoComplete: 'off',
    },
    listProps: { id: listId, active: cursor.active, onHover: cursor.set },
  };
}
